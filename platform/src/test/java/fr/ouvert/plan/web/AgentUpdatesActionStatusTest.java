package fr.ouvert.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.ouvert.testing.Accounts;
import fr.ouvert.testing.PlatformTest;
import fr.ouvert.testing.Sessions;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Agents of a carrying institution update its commitments' actions; nobody else can. Commitment
 * 19 is carried by the Cour des comptes, commitment 20 by the HATVP.
 */
class AgentUpdatesActionStatusTest extends PlatformTest {

	private MockHttpServletRequestBuilder update(String action, MockHttpSession session) {
		return post("/plan/actions/" + action + "/statut").session(session).with(csrf());
	}

	@Test
	void anAgentOfTheCourDesComptesUpdatesCommitment19AndIsRefusedCommitment20() throws Exception {
		MockHttpSession cour = Sessions.signIn(mvc, Accounts.agentOf(jdbc, "cour-des-comptes"));
		mvc.perform(update("19.2", cour).param("status", "in-progress").param("completion", "40")
			.param("comment", "Deux consultations citoyennes menées en 2019."))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/plan/engagements/19#action-19.2"));
		mvc.perform(get("/api/1/plan/actions/19.2"))
			.andExpect(jsonPath("$.status").value("in-progress"))
			.andExpect(jsonPath("$.completion").value(40))
			.andExpect(jsonPath("$.history[0].organisation").value("Cour des comptes"))
			.andExpect(jsonPath("$.history[0].comment").value("Deux consultations citoyennes menées en 2019."));

		mvc.perform(update("20.1", cour).param("status", "completed").param("evidenceUrl", "https://www.hatvp.fr/")
			.param("evidenceDescription", "Répertoire"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/1/plan/actions/20.1")).andExpect(jsonPath("$.status").value("not-started"));
	}

	@Test
	void aCitizenUpdatesNothing() throws Exception {
		MockHttpSession citizen = Sessions.signIn(mvc, Accounts.citizen(jdbc));
		mvc.perform(update("19.1", citizen).param("status", "abandoned")).andExpect(status().isForbidden());
		mvc.perform(update("1.1", citizen).param("status", "abandoned")).andExpect(status().isForbidden());
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		mvc.perform(post("/plan/actions/19.1/statut").with(csrf()).param("status", "abandoned"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/connexion"));
	}

	@Test
	void aMinistrysAgentUpdatesItsOwnSpecificEngagement() throws Exception {
		// 5.M1 was made by the Ministère de l'Intérieur under commitment 5, carried by the Secrétariat au numérique.
		MockHttpSession interieur = Sessions.signIn(mvc, Accounts.agentOf(jdbc, "ministere-interieur"));
		mvc.perform(update("5.M1", interieur).param("status", "completed")
			.param("evidenceUrl", "https://www.data.gouv.fr/fr/datasets/dotation-globale-de-fonctionnement/")
			.param("evidenceDescription", "Jeu de données DGF sur data.gouv.fr"))
			.andExpect(status().isFound());
		mvc.perform(update("5.1", interieur).param("status", "in-progress").param("completion", "10"))
			.andExpect(status().isForbidden());
	}

	@Test
	void completingRequiresEvidenceAndInvalidInputIsExplained() throws Exception {
		MockHttpSession hatvp = Sessions.signIn(mvc, Accounts.agentOf(jdbc, "hatvp"));
		var page = Jsoup.parse(mvc.perform(update("20.2", hatvp).param("status", "completed"))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString());
		assertThat(page.select("#champ-evidenceUrl ~ .fr-error-text").text())
			.isEqualTo("Une action terminée doit être justifiée : indiquez l'adresse d'un justificatif public.");

		page = Jsoup.parse(mvc.perform(update("20.2", hatvp).param("status", "in-progress").param("completion", "120")
			.param("evidenceUrl", "javascript:alert(1)").param("evidenceDescription", "x"))
			.andExpect(status().isUnprocessableContent())
			.andReturn().getResponse().getContentAsString());
		assertThat(page.select(".fr-error-text").eachText()).containsExactlyInAnyOrder(
				"Pour une action en cours, indiquez un taux de réalisation entre 1 et 99 %.",
				"Indiquez une adresse web complète (https://…) pour le justificatif.");
		mvc.perform(get("/api/1/plan/actions/20.2")).andExpect(jsonPath("$.status").value("not-started"));
	}

	@Test
	void anUpdateIsAuditedAndPublishedWithoutNamingTheAgent() throws Exception {
		Accounts.Account agent = Accounts.agentOf(jdbc, "hatvp");
		MockHttpSession hatvp = Sessions.signIn(mvc, agent);
		mvc.perform(update("20.3", hatvp).param("status", "completed")
			.param("evidenceUrl", "https://www.hatvp.fr/le-repertoire/")
			.param("evidenceDescription", "Le répertoire des représentants d'intérêts en ligne"))
			.andExpect(status().isFound());

		record Entry(Long actorId, String action, String beforeState, String afterState) {
		}
		Entry entry = jdbc.sql("""
				select actor_id, action, before_state, after_state from kernel_audit_entry
				where subject_type = 'plan-action' and subject_id = '20.3' order by id desc limit 1""")
			.query(Entry.class).single();
		assertThat(entry.actorId()).isEqualTo(agent.id());
		assertThat(entry.action()).isEqualTo("plan.action.status");
		assertThat(entry.beforeState()).contains("\"status\":\"not-started\"");
		assertThat(entry.afterState()).contains("\"status\":\"completed\"", "\"completion\":100", "https://www.hatvp.fr/le-repertoire/");

		String history = mvc.perform(get("/api/1/opendata/plan-historique-statuts/export.csv")).andReturn().getResponse()
			.getContentAsString();
		assertThat(history).contains("20.3,20,completed,100,,https://www.hatvp.fr/le-repertoire/")
			.contains("Haute Autorité pour la Transparence de la Vie Publique")
			.doesNotContain(agent.email())
			.doesNotContain("de test");
		var commitment = Jsoup.parse(mvc.perform(get("/plan/engagements/20")).andReturn().getResponse().getContentAsString());
		assertThat(commitment.select(".ouvert-history a[href=https://www.hatvp.fr/le-repertoire/]").text())
			.isEqualTo("Le répertoire des représentants d'intérêts en ligne");
	}
}
