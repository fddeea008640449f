package fr.ouvert.participation.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import fr.ouvert.testing.Accounts;
import fr.ouvert.testing.PlatformTest;
import fr.ouvert.testing.Sessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;

/**
 * The synthesis page drafts from the helpers: on a closed consultation whose 30 voters split in two camps over six
 * statements, and whose proposals repeat one text (a copy-paste campaign), the agent sees two opinion groups and
 * the duplicates, keeps them, and the public synthesis shows what was kept.
 */
class AgentPublishesASynthesisWithAnalysesTest extends PlatformTest {

	@Test
	void theKeptGroupsAndTopicsArePublishedWithTheSynthesis() throws Exception {
		Accounts.Account agentAccount = Accounts.agentOf(jdbc, "cour-des-comptes");
		MockHttpSession agent = Sessions.signIn(mvc, agentAccount);
		String slug = "synthese-" + UUID.randomUUID().toString().substring(0, 8);
		long id = jdbc.sql("""
				insert into participation_consultation (slug, title, organisation_id, organisation_name, theme, context, procedure,
				    announced_follow_ups, contribution_types, opens_at, closes_at, published_at, created_by)
				select ?, 'Vélos en ville', id, name, 'Mobilités', 'Contexte', 'Modalités', 'Suites', '{proposals,statements}',
				       now() - interval '20 days', now() - interval '1 day', now() - interval '21 days', ?
				from account_organisation where slug = 'cour-des-comptes' returning id""")
			.params(slug, agentAccount.id()).query(Long.class).single();
		List<String> statements = List.of("Il faut plus de pistes cyclables", "Les voitures doivent rester prioritaires",
				"Le stationnement des vélos manque", "Les rues piétonnes nuisent aux commerces",
				"Les trottinettes doivent être encadrées", "Les transports en commun sont trop chers");
		for (int s = 0; s < statements.size(); s++) {
			long statement = jdbc.sql("""
					insert into participation_statement (consultation_id, author_id, body, seed) values (?, ?, ?, true) returning id""")
				.params(id, agentAccount.id(), statements.get(s)).query(Long.class).single();
			for (int voter = 0; voter < 30; voter++) {
				boolean cyclist = voter < 15;
				// The first camp agrees with the even statements and disagrees with the odd ones; the second the reverse;
				// the last two statements are agreed by all (consensus).
				int vote = s >= 4 ? 1 : ((s % 2 == 0) == cyclist ? 1 : -1);
				jdbc.sql("insert into participation_statement_vote (statement_id, account_id, vote) values (?, ?, ?)")
					.params(statement, 1_000_000 + voter, vote).update();
			}
		}
		for (int p = 0; p < 6; p++) {
			jdbc.sql("""
					insert into participation_proposal (consultation_id, kind, author_id, title, body) values (?, 'proposal', ?, ?, ?)""")
				.params(id, 2_000_000 + p, p < 4 ? "Une piste cyclable rue de la République" : "Des arceaux devant la gare " + p,
						p < 4 ? "Nous demandons une piste cyclable protégée rue de la République, du pont à la gare."
								: "Installer des arceaux à vélos devant la gare et près du marché, numéro " + p + ".")
				.update();
		}

		Document draft = Jsoup.parse(mvc.perform(get("/consultations/" + slug + "/synthese/rediger").session(agent))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(draft.select("#groupes-opinion [data-group]")).hasSize(2);
		assertThat(draft.select("#consensus li").eachText()).contains("Les trottinettes doivent être encadrées");
		assertThat(draft.select("[data-topics=proposals] .doublons li").text()).startsWith("4 textes quasi identiques");

		mvc.perform(post("/consultations/" + slug + "/synthese/rediger").session(agent).with(csrf())
			.param("body", "Deux camps se dessinent.").param("method", "Groupes d’opinion calculés comme Pol.is.")
			.param("opinionGroups", "true"))
			.andExpect(status().isFound());
		assertThat(jdbc.sql("select opinion_groups is not null and topic_clusters is null from participation_synthesis where consultation_id = ?")
			.param(id).query(Boolean.class).single()).isTrue();
		mvc.perform(post("/consultations/" + slug + "/synthese/rediger").session(agent).with(csrf())
			.param("body", "Deux camps se dessinent.").param("method", "Groupes d’opinion calculés comme Pol.is.")
			.param("opinionGroups", "true").param("topicClusters", "true"))
			.andExpect(status().isFound());
		mvc.perform(post("/consultations/" + slug + "/synthese/publier").session(agent).with(csrf())).andExpect(status().isFound());

		Document published = Jsoup.parse(mvc.perform(get("/consultations/" + slug + "/synthese")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(published.select("#synthese").text()).isEqualTo("Deux camps se dessinent.");
		assertThat(published.select("#groupes-opinion [data-group]")).hasSize(2);
		assertThat(published.select("#groupes-opinion [data-group] h3").eachText()).containsExactly("Groupe A (15 votants)", "Groupe B (15 votants)");
		assertThat(published.select("[data-topics=proposals] .doublons li").text()).startsWith("4 textes quasi identiques");
		assertThat(published.select("#donnees-brutes a").eachAttr("href"))
			.contains("/api/1/participation/consultations/" + slug + "/participants-votes.csv");
	}
}
