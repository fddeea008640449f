package fr.ouvert.participation.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import fr.ouvert.testing.Accounts;
import fr.ouvert.testing.PlatformTest;
import fr.ouvert.testing.Sessions;
import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/**
 * Reports hide an item after three people reported it, moderators still see it with the reason and restore
 * it, all audited; the random order of proposals is stable for one visitor across pages.
 */
class ReportsSortsAndPagesTest extends PlatformTest {

	private long proposal(ConsultationFixtures.Fixture consultation, String title) {
		return jdbc.sql("""
				insert into participation_proposal (consultation_id, kind, author_id, author_name, title, body)
				values (?, 'proposal', 0, 'Auteur', ?, 'Le texte de la proposition.') returning id""")
			.params(consultation.id(), title)
			.query(Long.class)
			.single();
	}

	private Document page(String path, MockHttpSession session) throws Exception {
		var request = get(path);
		if (session != null) {
			request.session(session);
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		Document document = Jsoup.parse(response.getContentAsString());
		assertThat(document.select("main#contenu h1")).as("one title on %s", path).hasSize(1);
		assertThat(document.select("script:not([src])")).as("no inline script on %s", path).isEmpty();
		assertThat(document.select("[style]")).as("no inline style on %s", path).isEmpty();
		return document;
	}

	private void report(long proposal) throws Exception {
		MockHttpServletResponse response = mvc.perform(post("/participation/signalements").with(csrf())
			.session(Sessions.signIn(mvc, Accounts.citizen(jdbc)))
			.param("type", "proposal").param("id", Long.toString(proposal)).param("reason", "spam"))
			.andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(302);
	}

	@Test
	void threeReportsHideAProposalWhichModeratorsStillSeeAndRestore() throws Exception {
		ConsultationFixtures.Fixture consultation = ConsultationFixtures.open(jdbc);
		long reported = proposal(consultation, "Une publicité déguisée");
		String list = "/consultations/" + consultation.slug() + "/propositions";
		MockHttpSession moderator = Sessions.signIn(mvc, Accounts.moderator(jdbc));

		report(reported);
		report(reported);
		assertThat(page(list, null).select("#liste-propositions h3").eachText()).contains("Une publicité déguisée");
		report(reported);

		assertThat(page(list, null).select("#liste-propositions h3").eachText()).doesNotContain("Une publicité déguisée");
		assertThat(mvc.perform(get(list + "/" + reported)).andReturn().getResponse().getStatus()).isEqualTo(404);
		Document seenByModerator = page(list, moderator);
		assertThat(seenByModerator.select("#liste-propositions li").text()).contains("Une publicité déguisée", "Masqué — motif : reports");
		Document queue = page("/moderation/participation?motif=spam&type=proposal", moderator);
		assertThat(queue.select(".fr-card").text()).contains("Une publicité déguisée", "3 signalements", "Spam ou publicité");
		assertThat(page("/moderation/participation?motif=offensive", moderator).select(".fr-card").text())
			.doesNotContain("Une publicité déguisée");
		assertThat(jdbc.sql("""
				select count(*) from kernel_audit_entry where action = 'participation.hide' and subject_id = ?""")
			.param(Long.toString(reported)).query(Integer.class).single()).isEqualTo(1);

		mvc.perform(post("/moderation/participation/proposal/" + reported + "/retablir").with(csrf()).session(moderator));
		assertThat(page(list, null).select("#liste-propositions h3").eachText()).contains("Une publicité déguisée");
		assertThat(page("/moderation/participation?type=proposal", moderator).select(".fr-card").text())
			.doesNotContain("Une publicité déguisée");
		assertThat(jdbc.sql("select count(*) from kernel_audit_entry where action = 'participation.restore' and subject_id = ?")
			.param(Long.toString(reported)).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void theRandomOrderIsStableForOneVisitorAcrossPages() throws Exception {
		ConsultationFixtures.Fixture consultation = ConsultationFixtures.open(jdbc);
		for (int i = 0; i < 30; i++) {
			proposal(consultation, "Proposition numéro " + i);
		}
		String list = "/consultations/" + consultation.slug() + "/propositions?tri=hasard";
		MockHttpServletResponse first = mvc.perform(get(list)).andReturn().getResponse();
		Cookie seed = first.getCookie("ouvert_ordre");
		assertThat(seed).isNotNull();
		assertThat(seed.isHttpOnly()).isTrue();

		List<String> order = titles(list, seed);
		assertThat(order).hasSize(30);
		assertThat(new HashSet<>(order)).hasSize(30);
		assertThat(titles(list, seed)).isEqualTo(order);
		assertThat(titles(list, new Cookie("ouvert_ordre", "autrevisiteur"))).isNotEqualTo(order)
			.containsExactlyInAnyOrderElementsOf(order);
	}

	private List<String> titles(String list, Cookie seed) throws Exception {
		List<String> titles = new ArrayList<>();
		for (int page = 1; page <= 2; page++) {
			Document fragment = Jsoup.parse(mvc.perform(get(list + "&page=" + page).cookie(seed).header("HX-Request", "true"))
				.andReturn().getResponse().getContentAsString());
			titles.addAll(fragment.select("#liste-propositions h3").eachText());
		}
		return titles;
	}

	@Test
	void thePagesOfAConsultationAnswerWithTheirForms() throws Exception {
		ConsultationFixtures.Fixture consultation = ConsultationFixtures.open(jdbc);
		ConsultationFixtures.article(jdbc, consultation, 1);
		ConsultationFixtures.statement(jdbc, consultation, "Les avis doivent être publiés.");
		ConsultationFixtures.question(jdbc, consultation, 1, "single", "Êtes-vous d'accord ?", "Oui", "Non");
		MockHttpSession citizen = Sessions.signIn(mvc, Accounts.citizen(jdbc));
		String base = "/consultations/" + consultation.slug();

		assertThat(page(base + "/texte", citizen).select("form[action='" + base + "/propositions']")).hasSize(1);
		assertThat(page(base + "/debat", citizen).select("button[name=vote]")).hasSize(3);
		assertThat(page(base + "/questionnaire", citizen).select("input[type=radio]")).hasSize(2);
		assertThat(page(base + "/propositions", null).select(".fr-callout").text()).contains("Connectez-vous pour participer");

		String location = mvc.perform(post(base + "/propositions").with(csrf()).session(citizen)
			.param("title", "Publier les avis").param("body", "Tous les avis, en **CSV**.").param("nom", "true"))
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).matches(base + "/propositions/\\d+");
		Document proposal = page(location, citizen);
		assertThat(proposal.select("h1").text()).isEqualTo("Publier les avis");
		assertThat(proposal.select("#soutiens button").text()).isEqualTo("Soutenir");
		assertThat(proposal.select("#commentaires")).hasSize(1);
	}
}
