package fr.ouvert.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.ouvert.testing.Accounts;
import fr.ouvert.testing.PlatformTest;
import fr.ouvert.testing.Sessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Replies down to depth 3, sides taken on threads that ask for them, the {@link CommentPosted}
 * event, hidden comments keeping their replies, and the comments of a type as open data reads them.
 * Comments go on plan commitments, whose pages show plain threads.
 */
@RecordApplicationEvents
class ThreadedCommentsTest extends PlatformTest {

	private static final String COMMITMENT = "plan-commitment";

	@Autowired
	private Comments comments;

	@Autowired
	private ApplicationEvents events;

	private static MockHttpServletRequestBuilder comment(MockHttpSession session, String commitment, Long parent,
			String body) {
		MockHttpServletRequestBuilder request = post("/commentaires").session(session).with(csrf())
			.param("type", COMMITMENT).param("id", commitment).param("body", body);
		return parent == null ? request : request.param("parent", parent.toString());
	}

	private long posted(MockHttpServletRequestBuilder request) throws Exception {
		String location = mvc.perform(request).andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).contains("#commentaire-");
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
	void repliesNestThreeLevelsDeepAndNoFurther() throws Exception {
		MockHttpSession citizen = Sessions.signIn(mvc, Accounts.citizen(jdbc));
		long first = posted(comment(citizen, "13", null, "Premier niveau"));
		long second = posted(comment(citizen, "13", first, "Deuxième niveau"));
		long third = posted(comment(citizen, "13", second, "Troisième niveau"));

		String refused = mvc.perform(comment(citizen, "13", third, "Quatrième niveau")).andExpect(status().isFound())
			.andReturn().getFlashMap().get("flashError").toString();
		assertThat(refused).isEqualTo("comment.error.depth");
		assertThat(jdbc.sql("select count(*) from comment_comment where body = 'Quatrième niveau'").query(Long.class).single())
			.isZero();
		String fragment = mvc.perform(comment(citizen, "13", third, "Quatrième niveau").header("HX-Request", "true"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(fragment).select("[role=alert]").text())
			.isEqualTo("On ne peut pas répondre à une réponse de troisième niveau : répondez plutôt au commentaire qu'elle prolonge.");

		Document page = page("/plan/engagements/13", citizen);
		Element top = page.selectFirst("#commentaire-" + first);
		Element middle = top.selectFirst("ul.ouvert-comments--replies > #commentaire-" + second);
		Element deepest = middle.selectFirst("ul.ouvert-comments--replies > #commentaire-" + third);
		assertThat(deepest.text()).contains("Troisième niveau", "réponse de niveau 3");
		assertThat(top.select("> details.ouvert-reply form input[name=parent]").attr("value")).isEqualTo(Long.toString(first));
		assertThat(middle.select("> details.ouvert-reply textarea").attr("aria-describedby"))
			.isEqualTo("reponse-" + second + "-aide auteur-commentaire-" + second);
		assertThat(deepest.select("details.ouvert-reply")).as("no reply form at depth 3").isEmpty();
		assertThat(page.selectFirst("#titre-commentaires").text()).isEqualTo("3 commentaires");
	}

	@Test
	void aReplyMustAnswerACommentOfTheSameRecord() throws Exception {
		MockHttpSession citizen = Sessions.signIn(mvc, Accounts.citizen(jdbc));
		long elsewhere = posted(comment(citizen, "14", null, "Sur l'engagement 14"));
		mvc.perform(comment(citizen, "15", elsewhere, "Réponse égarée")).andExpect(status().isNotFound());
		mvc.perform(comment(citizen, "15", Long.MAX_VALUE, "Réponse à rien")).andExpect(status().isNotFound());
	}

	@Test
	void sidesAreKeptAndShownOnlyWhereTheThreadAsksForThem() throws Exception {
		MockHttpSession citizen = Sessions.signIn(mvc, Accounts.citizen(jdbc));
		String fragment = mvc.perform(comment(citizen, "16", null, "J'y suis favorable").header("HX-Request", "true")
			.param("aligned", "true").param("alignment", "for")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		Document thread = Jsoup.parse(fragment);
		long favourable = jdbc.sql("select id from comment_comment where body = 'J''y suis favorable' and subject_id = '16'")
			.query(Long.class).single();
		assertThat(thread.selectFirst("#commentaire-" + favourable + " .ouvert-alignment--for").text()).isEqualTo("Position : Pour");
		assertThat(thread.select("fieldset legend").first().text()).startsWith("Votre position");
		assertThat(thread.select("fieldset input[name=alignment]").eachAttr("value"))
			.containsExactly("", "for", "neutral", "against", "", "for", "neutral", "against");
		assertThat(thread.selectFirst("fieldset").attr("aria-labelledby"))
			.isEqualTo(thread.selectFirst("fieldset legend").id());

		posted(comment(citizen, "16", favourable, "Moi pas").param("aligned", "true").param("alignment", "against"));
		posted(comment(citizen, "16", null, "Sans avis tranché").param("aligned", "true").param("alignment", "neutral"));
		posted(comment(citizen, "16", null, "Sans position").param("aligned", "true").param("alignment", ""));
		posted(comment(citizen, "16", null, "Formulaire sans côtés").param("alignment", "for"));
		assertThat(jdbc.sql("select body || '=' || coalesce(alignment, '-') from comment_comment where subject_id = '16' order by id")
			.query(String.class).list()).containsExactly("J'y suis favorable=for", "Moi pas=against",
					"Sans avis tranché=neutral", "Sans position=-", "Formulaire sans côtés=-");
		mvc.perform(comment(citizen, "16", null, "Côté inconnu").param("aligned", "true").param("alignment", "peut-être"))
			.andExpect(status().isBadRequest());

		CommentThread aligned = comments.thread(COMMITMENT, "16", Optional.empty(), ThreadOptions.WITH_ALIGNMENT);
		assertThat(List.of(aligned.count(Alignment.FOR), aligned.count(Alignment.NEUTRAL), aligned.count(Alignment.AGAINST)))
			.containsExactly(1L, 1L, 1L);
		assertThat(aligned.comments().get(0).replies().get(0).alignment()).isEqualTo(Alignment.AGAINST);
		assertThat(comments.thread(COMMITMENT, "16", Optional.empty()).comments().get(0).alignment())
			.as("a plain thread shows no side").isNull();
		Document plainPage = page("/plan/engagements/16", citizen);
		assertThat(plainPage.select(".ouvert-alignment--for, fieldset input[name=alignment], #positions-commentaires")).isEmpty();
	}

	@Test
	void eachStoredCommentIsAnnouncedWithItsParentAndAuthor() throws Exception {
		Accounts.Account account = Accounts.citizen(jdbc);
		MockHttpSession citizen = Sessions.signIn(mvc, account);
		long first = posted(comment(citizen, "17", null, "Annoncé"));
		long reply = posted(comment(citizen, "17", first, "Réponse annoncée"));
		mvc.perform(comment(citizen, "17", null, "   ")).andExpect(status().isFound());
		assertThat(events.stream(CommentPosted.class).toList()).containsExactly(
				new CommentPosted(COMMITMENT, "17", first, null, account.id()),
				new CommentPosted(COMMITMENT, "17", reply, first, account.id()));
	}

	@Test
	void aHiddenCommentKeepsItsRepliesButTakesNoNewOne() throws Exception {
		MockHttpSession author = Sessions.signIn(mvc, Accounts.citizen(jdbc));
		long parent = posted(comment(author, "18", null, "Propos à masquer"));
		long reply = posted(comment(author, "18", parent, "Réponse qui reste"));
		long hiddenReply = posted(comment(author, "18", parent, "Réponse à masquer aussi"));
		MockHttpSession moderator = Sessions.signIn(mvc, Accounts.moderator(jdbc));
		for (long id : new long[] { parent, hiddenReply }) {
			mvc.perform(post("/moderation/commentaires/" + id + "/masquer").session(moderator).with(csrf())
				.param("reason", "Hors charte")).andExpect(status().isFound());
		}

		Document page = page("/plan/engagements/18", author);
		Element hidden = page.selectFirst("#commentaire-" + parent);
		assertThat(hidden.hasClass("ouvert-comment--hidden")).isTrue();
		assertThat(hidden.selectFirst("> p + p").text()).isEqualTo("Ce commentaire a été masqué par la modération.");
		assertThat(hidden.select("> details.ouvert-reply")).isEmpty();
		assertThat(hidden.selectFirst("#commentaire-" + reply).text()).contains("Réponse qui reste");
		assertThat(hidden.selectFirst("#commentaire-" + hiddenReply).text()).doesNotContain("Réponse à masquer aussi")
			.contains("masqué par la modération");
		assertThat(page.selectFirst("#titre-commentaires").text()).isEqualTo("1 commentaire");
		assertThat(page("/plan/engagements/18", moderator).selectFirst("#commentaire-" + hiddenReply).text())
			.contains("Réponse à masquer aussi", "motif : Hors charte");

		assertThat(mvc.perform(comment(author, "18", parent, "Trop tard")).andReturn().getFlashMap().get("flashError"))
			.isEqualTo("comment.error.parent-hidden");
	}

	@Test
	void openDataReadsEveryCommentOfATypeWithoutHiddenTextOrAccounts() throws Exception {
		// Other tests comment on commitment 19 too: the count is checked as a difference.
		long visibleBefore = comments.visibleCounts(COMMITMENT).getOrDefault("19", 0L);
		MockHttpSession citizen = Sessions.signIn(mvc, Accounts.citizen(jdbc));
		long parent = posted(comment(citizen, "19", null, "Visible dans les données"));
		long reply = posted(comment(citizen, "19", parent, "Réponse masquée ensuite").param("aligned", "true")
			.param("alignment", "neutral"));
		MockHttpSession moderator = Sessions.signIn(mvc, Accounts.moderator(jdbc));
		mvc.perform(post("/moderation/commentaires/" + reply + "/masquer").session(moderator).with(csrf()));

		List<CommentRow> rows = new ArrayList<>();
		comments.forSubjects(COMMITMENT, rows::add);
		assertThat(rows).extracting(CommentRow::id).isSorted();
		assertThat(rows).allMatch(r -> r.subjectType().equals(COMMITMENT));
		CommentRow parentRow = rows.stream().filter(r -> r.id() == parent).findFirst().orElseThrow();
		CommentRow replyRow = rows.stream().filter(r -> r.id() == reply).findFirst().orElseThrow();
		assertThat(parentRow).isEqualTo(new CommentRow(parent, COMMITMENT, "19", null, 1, null, "Citoyen de test",
				"Visible dans les données", parentRow.createdAt(), false));
		assertThat(replyRow).isEqualTo(new CommentRow(reply, COMMITMENT, "19", parent, 2, "neutral", "Citoyen de test",
				null, replyRow.createdAt(), true));
		assertThat(comments.visibleCounts(COMMITMENT)).containsEntry("19", visibleBefore + 1);
	}
}
