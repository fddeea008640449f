package fr.ouvert.participation.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** What people do in the forum, through its real forms: each step checks it was accepted and returns where it led. */
final class ForumSteps {

	private final MockMvc mvc;

	ForumSteps(MockMvc mvc) {
		this.mvc = mvc;
	}

	/** A forum next month, in a room and online; its slug. */
	String forum(MockHttpSession agent, String title) throws Exception {
		String location = redirect(post("/forums").session(agent).with(csrf()).param("title", title + " " + UUID.randomUUID())
			.param("theme", "Crise et coopération").param("date", "2027-06-17").param("time", "18:30")
			.param("place", "20 avenue de Ségur, Paris").param("online", "true").param("onlineUrl", "https://webinaire.example.fr/forum")
			.param("organisers", "DITP, Etalab").param("description", "Un forum **ouvert** à tous."));
		assertThat(location).startsWith("/forums/");
		return location.substring("/forums/".length());
	}

	/** An axis of the forum; its id. */
	long axis(MockHttpSession agent, String forum, String title, String commitments) throws Exception {
		String location = redirect(post("/forums/" + forum + "/axes").session(agent).with(csrf()).param("title", title)
			.param("description", "Ce que nous cherchons.").param("commitments", commitments));
		assertThat(location).startsWith("/forums/" + forum + "/axes/");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/** A thread opened in the axis; its id. */
	long thread(MockHttpSession author, String forum, long axis, String title, String body) throws Exception {
		String location = redirect(post("/forums/" + forum + "/axes/" + axis + "/fils").session(author).with(csrf())
			.param("title", title).param("body", body));
		assertThat(location).startsWith("/forums/" + forum + "/fils/");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/** A reply in the thread (to another reply when {@code parent} is given); its comment id. */
	long reply(MockHttpSession author, long thread, Long parent, String body) throws Exception {
		var request = post("/commentaires").session(author).with(csrf()).param("type", "forum-thread")
			.param("id", Long.toString(thread)).param("body", body);
		if (parent != null) {
			request.param("parent", parent.toString());
		}
		String location = redirect(request);
		assertThat(location).contains("/fils/" + thread + "#commentaire-");
		return Long.parseLong(location.substring(location.indexOf("#commentaire-") + "#commentaire-".length()));
	}

	void followAxis(MockHttpSession person, String forum, long axis) throws Exception {
		redirect(post("/forums/" + forum + "/axes/" + axis + "/abonnement").session(person).with(csrf()));
	}

	void followThread(MockHttpSession person, String forum, long thread) throws Exception {
		redirect(post("/forums/" + forum + "/fils/" + thread + "/abonnement").session(person).with(csrf()));
	}

	private String redirect(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		var response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as("answer (page: %s)", response.getContentAsString()).isEqualTo(302);
		return response.getRedirectedUrl();
	}
}
