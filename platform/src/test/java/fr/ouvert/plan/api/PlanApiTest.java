package fr.ouvert.plan.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.Test;

/** The plan's API in udata's envelope. */
class PlanApiTest extends PlatformTest {

	@Test
	void commitmentsComeInTheUdataEnvelope() throws Exception {
		mvc.perform(get("/api/1/plan/commitments/").param("page_size", "5").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(21))
			.andExpect(jsonPath("$.page").value(2))
			.andExpect(jsonPath("$.page_size").value(5))
			.andExpect(jsonPath("$.data.length()").value(5))
			.andExpect(jsonPath("$.data[0].number").value(6))
			.andExpect(jsonPath("$.next_page").value(endsWith("page=3")))
			.andExpect(jsonPath("$.previous_page").value(endsWith("page=1")));
	}

	@Test
	void theLastPageHasNoNextPage() throws Exception {
		mvc.perform(get("/api/1/plan/commitments").param("page_size", "20").param("page", "2"))
			.andExpect(jsonPath("$.data.length()").value(1))
			.andExpect(jsonPath("$.next_page").value(nullValue()));
	}

	@Test
	void aCommitmentCarriesItsActions() throws Exception {
		mvc.perform(get("/api/1/plan/commitments/18/"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Construire un écosystème de la « science ouverte »"))
			.andExpect(jsonPath("$.carrying_institutions[0].slug").value("ministere-enseignement-superieur-recherche"))
			.andExpect(jsonPath("$.actions[5].id").value("18.6"))
			.andExpect(jsonPath("$.actions[5].calendar").value("2018 ou 2019"))
			.andExpect(jsonPath("$.actions[5].deadline").value("2019-12-31"))
			.andExpect(jsonPath("$.actions[5].overdue").isBoolean())
			.andExpect(jsonPath("$.progress.actions").value(11))
			.andExpect(jsonPath("$.uri").value(endsWith("/api/1/plan/commitments/18")))
			.andExpect(jsonPath("$.page").value(endsWith("/plan/engagements/18")));
	}

	@Test
	void actionsFilterByCommitmentAndInstitution() throws Exception {
		mvc.perform(get("/api/1/plan/actions").param("commitment", "14"))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.data[0].calendar").value("S2 2018"))
			.andExpect(jsonPath("$.data[0].text").value(startsWith("Organiser dès 2018 un sommet international")));
		mvc.perform(get("/api/1/plan/actions").param("institution", "cour-des-comptes"))
			.andExpect(jsonPath("$.total").value(2));
		mvc.perform(get("/api/1/plan/actions").param("institution", "ministere-interieur").param("page_size", "100"))
			.andExpect(jsonPath("$.data[*].id").value(hasItem("5.M1")));
	}

	@Test
	void badParametersGetUdataErrorShape() throws Exception {
		mvc.perform(get("/api/1/plan/actions").param("status", "fini"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.status").exists());
		mvc.perform(get("/api/1/plan/commitments").param("page_size", "5000"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.page_size").value("must be between 1 and 1000"));
	}

	@Test
	void unknownRecordsAnswer404InJson() throws Exception {
		mvc.perform(get("/api/1/plan/commitments/42"))
			.andExpect(status().isNotFound());
	}

	@Test
	void theOpenApiDocumentListsThePlanAndOpenDataEndpoints() throws Exception {
		mvc.perform(get("/api/docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi").value(startsWith("3.")))
			.andExpect(jsonPath("$.paths['/api/1/plan/commitments']").exists())
			.andExpect(jsonPath("$.paths['/api/1/plan/commitments/{number}']").exists())
			.andExpect(jsonPath("$.paths['/api/1/plan/actions']").exists())
			.andExpect(jsonPath("$.paths['/api/1/plan/actions/{id}']").exists())
			.andExpect(jsonPath("$.paths['/api/1/opendata/{slug}/export.csv']").exists())
			.andExpect(jsonPath("$.paths['/api/1/opendata/{slug}/rows']").exists())
			.andExpect(jsonPath("$.paths['/plan']").doesNotExist());
	}
}
