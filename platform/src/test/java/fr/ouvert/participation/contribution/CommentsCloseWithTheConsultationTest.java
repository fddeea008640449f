package fr.ouvert.participation.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.ouvert.testing.Accounts;
import fr.ouvert.testing.PlatformTest;
import fr.ouvert.testing.Sessions;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;

/** A closed consultation keeps its comment threads readable but takes no more comments, on itself or its proposals. */
class CommentsCloseWithTheConsultationTest extends PlatformTest {

	@Test
	void commentsStopWhenTheConsultationCloses() throws Exception {
		ConsultationFixtures.Fixture consultation = ConsultationFixtures.open(jdbc);
		long proposal = jdbc.sql("""
				insert into participation_proposal (consultation_id, kind, author_id, title, body)
				values (?, 'proposal', 0, 'Publier les avis', 'Tous les avis, en ligne.') returning id""")
			.param(consultation.id()).query(Long.class).single();
		MockHttpSession citizen = Sessions.signIn(mvc, Accounts.citizen(jdbc));

		for (String[] subject : new String[][] { { "participation-consultation", Long.toString(consultation.id()) },
				{ "participation-proposal", Long.toString(proposal) } }) {
			mvc.perform(post("/commentaires").session(citizen).with(csrf()).param("type", subject[0]).param("id", subject[1])
				.param("body", "Avant la clôture.")).andExpect(status().isFound()).andExpect(flash().attribute("flash", "comment.flash.posted"));
		}

		ConsultationFixtures.close(jdbc, consultation);
		for (String[] subject : new String[][] { { "participation-consultation", Long.toString(consultation.id()) },
				{ "participation-proposal", Long.toString(proposal) } }) {
			mvc.perform(post("/commentaires").session(citizen).with(csrf()).param("type", subject[0]).param("id", subject[1])
				.param("body", "Après la clôture.")).andExpect(status().isFound())
				.andExpect(flash().attribute("flashError", "comment.error.closed"));
		}
		assertThat(jdbc.sql("select count(*) from comment_comment where subject_type like 'participation-%' and subject_id in (?, ?) and body = 'Après la clôture.'")
			.params(Long.toString(consultation.id()), Long.toString(proposal)).query(Long.class).single()).isZero();

		String page = mvc.perform(get("/consultations/" + consultation.slug() + "/propositions/" + proposal).session(citizen))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		var document = Jsoup.parse(page);
		assertThat(document.text()).contains("Avant la clôture.").contains("La participation est close");
		assertThat(document.select("form[action=/commentaires]")).isEmpty();
	}
}
