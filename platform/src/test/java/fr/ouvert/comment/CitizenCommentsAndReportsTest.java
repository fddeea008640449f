package fr.ouvert.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.ouvert.testing.Accounts;
import fr.ouvert.testing.PlatformTest;
import fr.ouvert.testing.Sessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;

/**
 * Citizens comment on a commitment; anyone signed in reports; three reports hide a comment
 * pending review; moderators see it, hide it or keep it; everything is audited.
 */
class CitizenCommentsAndReportsTest extends PlatformTest {

	private long comment(MockHttpSession session, String commitment, String body) throws Exception {
		String location = mvc.perform(post("/commentaires").session(session).with(csrf()).param("type", "plan-commitment")
			.param("id", commitment).param("body", body)).andExpect(status().isFound()).andReturn().getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/plan/engagements/" + commitment + "#commentaire-");
		return Long.parseLong(location.substring(location.indexOf("#commentaire-") + "#commentaire-".length()));
	}

	private Document page(String path, MockHttpSession session) throws Exception {
		var request = get(path);
		if (session != null) {
			request.session(session);
		}
		return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
	}

	@Test
	void aCommentIsPublishedEscapedAndRenderedFromMarkdown() throws Exception {
		MockHttpSession citizen = Sessions.signIn(mvc, Accounts.citizen(jdbc));
		long id = comment(citizen, "7", "Très **utile** <script>alert('x')</script>");
		Document page = page("/plan/engagements/7", null);
		var comment = page.selectFirst("#commentaire-" + id);
		assertThat(comment.select("strong").eachText()).contains("utile");
		assertThat(comment.select("script")).isEmpty();
		assertThat(comment.text()).contains("<script>alert('x')</script>");
		assertThat(jdbc.sql("select action from kernel_audit_entry where subject_type = 'comment' and subject_id = ?")
			.param(Long.toString(id)).query(String.class).list()).containsExactly("comment.create");
	}

	@Test
	void htmxPostsGetTheThreadBack() throws Exception {
		MockHttpSession citizen = Sessions.signIn(mvc, Accounts.citizen(jdbc));
		String fragment = mvc.perform(post("/commentaires").session(citizen).with(csrf()).header("HX-Request", "true")
			.param("type", "plan-commitment").param("id", "8").param("body", "Par htmx"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(fragment).startsWith("<section id=\"commentaires\"").contains("Par htmx").doesNotContain("<html");
		String empty = mvc.perform(post("/commentaires").session(citizen).with(csrf()).header("HX-Request", "true")
			.param("type", "plan-commitment").param("id", "8").param("body", "   "))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(empty).select(".fr-error-text").text()).isEqualTo("Le commentaire est vide.");
	}

	@Test
	void commentsOnUnknownRecordsAreRefused() throws Exception {
		MockHttpSession citizen = Sessions.signIn(mvc, Accounts.citizen(jdbc));
		mvc.perform(post("/commentaires").session(citizen).with(csrf()).param("type", "plan-commitment").param("id", "404")
			.param("body", "Perdu")).andExpect(status().isNotFound());
		mvc.perform(post("/commentaires").session(citizen).with(csrf()).param("type", "inconnu").param("id", "1")
			.param("body", "Perdu")).andExpect(status().isNotFound());
	}

	@Test
	void threeReportsHideACommentUntilAModeratorDecides() throws Exception {
		MockHttpSession author = Sessions.signIn(mvc, Accounts.citizen(jdbc));
		long id = comment(author, "9", "Achetez nos montres pas chères !");
		for (int i = 0; i < 3; i++) {
			MockHttpSession reporter = Sessions.signIn(mvc, Accounts.citizen(jdbc));
			mvc.perform(post("/commentaires/" + id + "/signalement").session(reporter).with(csrf()).param("reason", "spam"))
				.andExpect(status().isFound());
			// Reporting twice counts once.
			mvc.perform(post("/commentaires/" + id + "/signalement").session(reporter).with(csrf()).param("reason", "spam"));
			boolean hidden = page("/plan/engagements/9", null).selectFirst("#commentaire-" + id).hasClass("ouvert-comment--hidden");
			assertThat(hidden).as("hidden after %d report(s)", i + 1).isEqualTo(i == 2);
		}
		assertThat(page("/plan/engagements/9", null).selectFirst("#commentaire-" + id).text())
			.doesNotContain("montres").contains("masqué par la modération");

		MockHttpSession moderator = Sessions.signIn(mvc, Accounts.moderator(jdbc));
		assertThat(page("/plan/engagements/9", moderator).selectFirst("#commentaire-" + id).text())
			.contains("montres", "motif : reports", "3 signalements");
		Document queue = page("/moderation", moderator);
		assertThat(queue.select("form[action=/moderation/commentaires/" + id + "/masquer]")).hasSize(1);

		mvc.perform(post("/moderation/commentaires/" + id + "/masquer").session(moderator).with(csrf())
			.param("reason", "Publicité")).andExpect(status().isFound());
		assertThat(page("/moderation", moderator).select("form[action=/moderation/commentaires/" + id + "/masquer]"))
			.as("handled, out of the queue").isEmpty();
		assertThat(page("/plan/engagements/9", moderator).selectFirst("#commentaire-" + id).text()).contains("motif : Publicité");
		assertThat(jdbc.sql("select action from kernel_audit_entry where subject_type = 'comment' and subject_id = ? order by id")
			.param(Long.toString(id)).query(String.class).list())
			.containsExactly("comment.create", "comment.report", "comment.report", "comment.report", "comment.hide", "comment.hide");
	}

	@Test
	void aModeratorKeepsAWronglyReportedComment() throws Exception {
		MockHttpSession author = Sessions.signIn(mvc, Accounts.citizen(jdbc));
		long id = comment(author, "10", "Un avis argumenté mais qui dérange");
		MockHttpSession reporter = Sessions.signIn(mvc, Accounts.citizen(jdbc));
		mvc.perform(post("/commentaires/" + id + "/signalement").session(reporter).with(csrf()).param("reason", "off-topic"));
		MockHttpSession moderator = Sessions.signIn(mvc, Accounts.moderator(jdbc));
		mvc.perform(post("/moderation/commentaires/" + id + "/conserver").session(moderator).with(csrf()))
			.andExpect(status().isFound());
		var comment = page("/plan/engagements/10", null).selectFirst("#commentaire-" + id);
		assertThat(comment.hasClass("ouvert-comment--hidden")).isFalse();
		assertThat(page("/moderation", moderator).select("form[action=/moderation/commentaires/" + id + "/conserver]")).isEmpty();
	}

	@Test
	void citizensCannotModerate() throws Exception {
		MockHttpSession citizen = Sessions.signIn(mvc, Accounts.citizen(jdbc));
		long id = comment(citizen, "11", "Mon propre commentaire");
		mvc.perform(post("/moderation/commentaires/" + id + "/masquer").session(citizen).with(csrf()))
			.andExpect(status().isForbidden());
	}
}
