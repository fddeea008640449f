package fr.ouvert.participation.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.ouvert.testing.PlatformTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * A proposal with a long thread shows its comments 50 at a time, each with all its replies, while the heading
 * and the sides count the whole thread: the page's size no longer grows with the thread.
 */
class LongCommentThreadsArePagedTest extends PlatformTest {

	@Test
	void aLongThreadIsShownPageByPageWithItsWholeCounts() throws Exception {
		ConsultationFixtures.Fixture consultation = ConsultationFixtures.open(jdbc);
		long proposal = jdbc.sql("""
				insert into participation_proposal (consultation_id, kind, author_id, title, body)
				values (?, 'proposal', 0, 'Ouvrir les registres', 'En ligne.') returning id""")
			.param(consultation.id()).query(Long.class).single();
		String subject = Long.toString(proposal);
		// 55 comments on the proposal, a minute apart; each has one reply, which has one reply of its own.
		jdbc.sql("""
				insert into comment_comment (subject_type, subject_id, author_id, author_name, body, created_at, alignment)
				select 'participation-proposal', ?, 0, 'Camille', 'Commentaire ' || n, now() - interval '1 day' + n * interval '1 minute',
				       case when n % 2 = 0 then 'for' else 'against' end
				from generate_series(1, 55) n""").param(subject).update();
		jdbc.sql("""
				insert into comment_comment (subject_type, subject_id, author_id, author_name, body, parent_id, depth, created_at)
				select subject_type, subject_id, 0, 'Dominique', 'Réponse à ' || body, id, 2, created_at + interval '10 seconds'
				from comment_comment where subject_type = 'participation-proposal' and subject_id = ? and depth = 1""").param(subject).update();
		jdbc.sql("""
				insert into comment_comment (subject_type, subject_id, author_id, author_name, body, parent_id, depth, created_at)
				select subject_type, subject_id, 0, 'Alix', 'Suite de ' || body, id, 3, created_at + interval '10 seconds'
				from comment_comment where subject_type = 'participation-proposal' and subject_id = ? and depth = 2""").param(subject).update();

		String path = "/consultations/" + consultation.slug() + "/propositions/" + proposal;
		Document first = page(path);
		assertThat(first.selectFirst("#titre-commentaires").text()).isEqualTo("165 commentaires");
		assertThat(first.selectFirst("#positions-commentaires").text()).contains("27").contains("28");
		assertThat(first.select("#commentaires > ul.ouvert-comments > li")).hasSize(50);
		assertThat(first.text()).contains("Commentaire 1 ").contains("Suite de Réponse à Commentaire 50").doesNotContain("Commentaire 51");
		assertThat(first.select("nav.fr-pagination a[aria-current=page]").text()).isEqualTo("1");

		Document second = page(first.select("nav.fr-pagination a.fr-pagination__link--next").attr("href"));
		assertThat(second.select("#commentaires > ul.ouvert-comments > li")).hasSize(5);
		assertThat(second.text()).contains("Commentaire 51").contains("Suite de Réponse à Commentaire 55").doesNotContain("Commentaire 50 ");
		assertThat(second.selectFirst("#titre-commentaires").text()).isEqualTo("165 commentaires");

		// A page past the end shows the last one.
		assertThat(page(path + "?commentaires=9").select("#commentaires > ul.ouvert-comments > li")).hasSize(5);
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}
}
