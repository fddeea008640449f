package fr.ouvert.catalog.request;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.ouvert.testing.Accounts;
import fr.ouvert.testing.PlatformTest;
import fr.ouvert.testing.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;

/** The data requests in udata's envelope; requests to the CNDP, which no other test asks. */
class DataRequestApiTest extends PlatformTest {

	private long cndp;
	private long refused;

	@BeforeEach
	void twoRequestsToTheCndpOneRefused() throws Exception {
		cndp = jdbc.sql("select id from account_organisation where slug = 'cndp'").query(Long.class).single();
		MockHttpSession citizen = Sessions.signIn(mvc, Accounts.citizen(jdbc));
		for (String title : new String[] { "Participation aux débats publics", "Cahiers d'acteurs" }) {
			mvc.perform(post("/catalogue/demandes").session(citizen).with(csrf()).param("title", title)
				.param("description", "Pour étudier la participation.").param("organisation", Long.toString(cndp))
				.param("requesterKind", "company"));
		}
		refused = jdbc.sql("select max(id) from catalog_data_request where organisation_id = ?").param(cndp)
			.query(Long.class).single();
		mvc.perform(post("/catalogue/demandes/" + refused + "/reponse").session(Sessions.signIn(mvc, Accounts.agentOf(jdbc, "cndp")))
			.with(csrf()).param("status", "refused").param("legalGround", "vie-privee")
			.param("answer", "Les cahiers nomment des particuliers."));
	}

	@Test
	void requestsComeInTheUdataEnvelopeAndFilter() throws Exception {
		mvc.perform(get("/api/1/data-requests/").param("organization", Long.toString(cndp)).param("page_size", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.page_size").value(1))
			.andExpect(jsonPath("$.data.length()").value(1))
			.andExpect(jsonPath("$.data[0].organization.id").value(cndp))
			.andExpect(jsonPath("$.data[0].organization.name").value("Commission nationale du débat public"))
			.andExpect(jsonPath("$.next_page").value(endsWith("page=2")))
			.andExpect(jsonPath("$.previous_page").doesNotExist());
		mvc.perform(get("/api/1/data-requests").param("organization", Long.toString(cndp)).param("status", "refused")
			.param("page_size", "100"))
			.andExpect(jsonPath("$.data[*].id").value(hasItem((int) refused)))
			.andExpect(jsonPath("$.data[*].status").value(not(hasItem("submitted"))));
	}

	@Test
	void aRequestCarriesItsAnswerAndNoRequester() throws Exception {
		mvc.perform(get("/api/1/data-requests/" + refused + "/"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Cahiers d'acteurs"))
			.andExpect(jsonPath("$.requester_kind").value("company"))
			.andExpect(jsonPath("$.status").value("refused"))
			.andExpect(jsonPath("$.legal_ground.code").value("vie-privee"))
			.andExpect(jsonPath("$.legal_ground.article").value("L311-6, 1°"))
			.andExpect(jsonPath("$.legal_ground.label").value("Protection de la vie privée"))
			.andExpect(jsonPath("$.answer").value("Les cahiers nomment des particuliers."))
			.andExpect(jsonPath("$.answering_organization").value("Commission nationale du débat public"))
			.andExpect(jsonPath("$.support_count").value(0))
			.andExpect(jsonPath("$.uri").value(endsWith("/api/1/data-requests/" + refused)))
			.andExpect(jsonPath("$.page").value(endsWith("/catalogue/demandes/" + refused)))
			.andExpect(jsonPath("$.requester_id").doesNotExist())
			.andExpect(jsonPath("$.requester").doesNotExist());
	}

	@Test
	void badParametersAndUnknownRequestsAreExplained() throws Exception {
		mvc.perform(get("/api/1/data-requests").param("status", "pending"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.status").value("must be submitted, accepted, refused or already-exists"));
		mvc.perform(get("/api/1/data-requests").param("page", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.page").value("must be 1 or more"));
		mvc.perform(get("/api/1/data-requests/999999999")).andExpect(status().isNotFound());
	}

	@Test
	void theOpenApiDocumentListsTheEndpoints() throws Exception {
		mvc.perform(get("/api/docs"))
			.andExpect(jsonPath("$.paths['/api/1/data-requests']").exists())
			.andExpect(jsonPath("$.paths['/api/1/data-requests/{id}']").exists())
			.andExpect(jsonPath("$.paths['/api/1/spd/calendar']").exists());
	}
}
