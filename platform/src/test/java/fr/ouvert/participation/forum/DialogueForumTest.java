package fr.ouvert.participation.forum;

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
 * The dialogue forum through its pages: agents create forums and axes (linked to plan commitments,
 * taken up by a later forum, with a restitution), participants open threads and reply in them,
 * and reported threads are hidden like the other participation items.
 */
class DialogueForumTest extends PlatformTest {

	private Document page(String path, MockHttpSession session) throws Exception {
		var request = get(path);
		if (session != null) {
			request.session(session);
		}
		var response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as("GET %s", path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	@Test
	void agentsCreateForumsWhereOthersCannotAndBadInputIsShownAtItsField() throws Exception {
		MockHttpSession citizen = Sessions.signIn(mvc, Accounts.citizen(jdbc));
		mvc.perform(get("/forums/nouveau").session(citizen)).andExpect(status().isForbidden());
		mvc.perform(post("/forums").session(citizen).with(csrf()).param("title", "Forum sauvage")).andExpect(status().isForbidden());

		MockHttpSession agent = Sessions.signIn(mvc, Accounts.agentOf(jdbc, "cour-des-comptes"));
		assertThat(page("/forums/nouveau", agent).select("form[action=/forums] input[name=title]")).hasSize(1);
		String refused = mvc.perform(post("/forums").session(agent).with(csrf()).param("title", "Données et territoires")
			.param("theme", "Données").param("date", "17/06/2027").param("time", "18h30").param("organisers", "Etalab")
			.param("onlineUrl", "https://visio.example.fr/salle"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		Document form = Jsoup.parse(refused);
		assertThat(form.select("#forum-date-erreur").text()).isEqualTo("La date doit être au format AAAA-MM-JJ, par exemple 2027-03-12.");
		assertThat(form.select("#forum-heure-erreur").text()).isEqualTo("L'heure doit être au format HH:MM, par exemple 18:30.");
		assertThat(form.select("#forum-lieu-erreur").text()).startsWith("Indiquez un lieu");
		assertThat(form.select("#forum-lien-erreur").text()).startsWith("Un lien de connexion n'a de sens que pour un forum en ligne");
		assertThat(form.select("#forum-lieu").attr("aria-describedby")).isEqualTo("forum-lieu-aide forum-lieu-erreur");
		assertThat(form.select("#forum-titre").val()).isEqualTo("Données et territoires");

		String slug = new ForumSteps(mvc).forum(agent, "Données et territoires");
		assertThat(slug).startsWith("donnees-et-territoires-");
		Document forum = page("/forums/" + slug, null);
		assertThat(forum.select("h1").text()).startsWith("Données et territoires");
		assertThat(forum.select(".ouvert-facts").text()).contains("Crise et coopération", "17 juin 2027",
				"20 avenue de Ségur, Paris et en ligne", "DITP, Etalab", "https://webinaire.example.fr/forum");
		assertThat(forum.select(".ouvert-prose strong").text()).isEqualTo("ouvert");
		assertThat(forum.select("form[action$=/axes]")).as("no axis form for visitors").isEmpty();
		assertThat(page("/forums", null).select("a[href=/forums/" + slug + "]")).hasSize(1);
		assertThat(jdbc.sql("select action from kernel_audit_entry where subject_type = 'participation-forum' and after_state like ?")
			.param("%" + slug + "%").query(String.class).list()).containsExactly("participation.forum.create");

		MockHttpSession otherAgent = Sessions.signIn(mvc, Accounts.agentOf(jdbc, "hatvp"));
		mvc.perform(post("/forums/" + slug + "/axes").session(otherAgent).with(csrf()).param("title", "Axe étranger"))
			.andExpect(status().isForbidden());
	}

	@Test
	void axesNameTheirCommitmentsGoOnAtALaterForumAndCarryARestitution() throws Exception {
		ForumSteps steps = new ForumSteps(mvc);
		MockHttpSession agent = Sessions.signIn(mvc, Accounts.agentOf(jdbc, "cour-des-comptes"));
		String first = steps.forum(agent, "Premier forum");
		String unknown = mvc.perform(post("/forums/" + first + "/axes").session(agent).with(csrf())
			.param("title", "Transparence des algorithmes").param("commitments", "12, 99; douze"))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(unknown).select(".fr-error-text").eachText()).containsExactly(
				"Ces numéros ne sont pas des engagements du plan d'action.", "Numéros inconnus du plan : 99, douze");
		long axis = steps.axis(agent, first, "Transparence des algorithmes", "12, 15");
		Document axisPage = page("/forums/" + first + "/axes/" + axis, null);
		assertThat(axisPage.select("a[href=/plan/engagements/12]").text()).startsWith("Engagement 12 — ");
		assertThat(axisPage.select("a[href=/plan/engagements/15]")).hasSize(1);

		MockHttpSession citizen = Sessions.signIn(mvc, Accounts.citizen(jdbc));
		long thread = steps.thread(citizen, first, axis, "Publier les codes sources", "Les administrations devraient **publier** leurs codes.");

		String second = steps.forum(agent, "Second forum");
		mvc.perform(post("/forums/" + second + "/axes/reprise").session(agent).with(csrf()).param("axis", Long.toString(axis)))
			.andExpect(status().isFound());
		Document continued = page("/forums/" + second + "/axes/" + axis, citizen);
		assertThat(continued.select("a[href=/forums/" + first + "/fils/" + thread + "]").text()).isEqualTo("Publier les codes sources");
		assertThat(continued.select("a[href=/forums/" + first + "/axes/" + axis + "]").text()).startsWith("Premier forum");
		assertThat(page("/forums/" + second, null).select("a[href=/forums/" + second + "/axes/" + axis + "]")).hasSize(1);

		mvc.perform(post("/forums/" + second + "/axes/" + axis + "/restitution").session(citizen).with(csrf())
			.param("restitution", "Pas à moi")).andExpect(status().isForbidden());
		mvc.perform(post("/forums/" + second + "/axes/" + axis + "/restitution").session(agent).with(csrf())
			.param("restitution", "Trois pistes :\n\n- un inventaire\n- des explications\n- un suivi")).andExpect(status().isFound());
		assertThat(page("/forums/" + second + "/axes/" + axis, null).select("#restitution + .ouvert-prose li").eachText())
			.containsExactly("un inventaire", "des explications", "un suivi");
		assertThat(page("/forums/" + first + "/axes/" + axis, null).select("#restitution + p").text())
			.as("each forum has its own restitution of the axis").isEqualTo("La restitution de cet axe n'est pas encore publiée.");
		assertThat(jdbc.sql("select action from kernel_audit_entry where subject_type = 'participation-forum-axis' and subject_id = ? order by id")
			.param(Long.toString(axis)).query(String.class).list())
			.containsExactly("participation.forum.axis.create", "participation.forum.axis.continue", "participation.forum.restitution");
	}

	@Test
	void threadsTakeRepliesThreeLevelsDeepAndTheirAuthorFollowsThem() throws Exception {
		ForumSteps steps = new ForumSteps(mvc);
		MockHttpSession agent = Sessions.signIn(mvc, Accounts.agentOf(jdbc, "cour-des-comptes"));
		String forum = steps.forum(agent, "Forum des réponses");
		long axis = steps.axis(agent, forum, "Participation locale", "");
		MockHttpSession author = Sessions.signIn(mvc, Accounts.citizen(jdbc));
		String refused = mvc.perform(post("/forums/" + forum + "/axes/" + axis + "/fils").session(author).with(csrf())
			.param("title", "Ok").param("body", " ")).andExpect(status().isUnprocessableContent()).andReturn().getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(refused).select(".fr-error-text").eachText()).containsExactly(
				"Le titre du fil doit compter de 3 à 200 caractères.", "Le message est vide.");
		long thread = steps.thread(author, forum, axis, "Budgets participatifs", "Qui en a l'expérience ?");

		MockHttpSession other = Sessions.signIn(mvc, Accounts.citizen(jdbc));
		long reply = steps.reply(other, thread, null, "Ma commune en fait un depuis 2019.");
		long deeper = steps.reply(author, thread, reply, "Avec quels résultats ?");
		steps.reply(other, thread, deeper, "Douze projets réalisés.");

		Document page = page("/forums/" + forum + "/fils/" + thread, author);
		assertThat(page.select("h1").text()).isEqualTo("Budgets participatifs");
		assertThat(page.select("#commentaire-" + reply + " #commentaire-" + deeper).text()).contains("Avec quels résultats ?", "Douze projets réalisés.");
		assertThat(page.select("form[action$=/desabonnement] button").text()).isEqualTo("Ne plus suivre");
		assertThat(page("/forums/" + forum + "/axes/" + axis, null).select("#fils ~ ul li").text()).contains("Budgets participatifs", "3 réponses");
		assertThat(page("/forums/abonnements", author).select("td a[href=/forums/" + forum + "/fils/" + thread + "]").text())
			.isEqualTo("Budgets participatifs");
		assertThat(jdbc.sql("select action from kernel_audit_entry where subject_type = 'participation-forum-thread' and subject_id = ?")
			.param(Long.toString(thread)).query(String.class).list()).containsExactly("participation.forum.thread.create");
	}

	@Test
	void reportedThreadsAreHiddenPendingReviewAndTakeNoMoreReplies() throws Exception {
		ForumSteps steps = new ForumSteps(mvc);
		MockHttpSession agent = Sessions.signIn(mvc, Accounts.agentOf(jdbc, "cour-des-comptes"));
		String forum = steps.forum(agent, "Forum modéré");
		long axis = steps.axis(agent, forum, "Ouverture des données", "");
		MockHttpSession author = Sessions.signIn(mvc, Accounts.citizen(jdbc));
		long thread = steps.thread(author, forum, axis, "Promotions exceptionnelles", "Achetez nos montres !");
		for (int i = 0; i < 3; i++) {
			mvc.perform(post("/participation/signalements").session(Sessions.signIn(mvc, Accounts.citizen(jdbc))).with(csrf())
				.param("type", "forum-thread").param("id", Long.toString(thread)).param("reason", "spam").param("details", "Publicité"))
				.andExpect(status().isFound());
		}
		assertThat(jdbc.sql("select count(*) from participation_report where item_type = 'forum-thread' and item_id = ?")
			.param(thread).query(Long.class).single()).isEqualTo(3);

		Document publicPage = page("/forums/" + forum + "/fils/" + thread, null);
		assertThat(publicPage.select("h1").text()).isEqualTo("Fil masqué");
		assertThat(publicPage.text()).doesNotContain("montres", "Promotions").contains("Ce fil a été masqué par la modération.");
		assertThat(publicPage.select("#commentaires")).isEmpty();
		assertThat(page("/forums/" + forum + "/axes/" + axis, null).select("#fils ~ ul").text())
			.doesNotContain("Promotions").contains("Ce fil a été masqué par la modération.");
		mvc.perform(post("/commentaires").session(author).with(csrf()).param("type", "forum-thread")
			.param("id", Long.toString(thread)).param("body", "Encore !")).andExpect(status().isNotFound());

		MockHttpSession moderator = Sessions.signIn(mvc, Accounts.moderator(jdbc));
		assertThat(page("/forums/" + forum + "/fils/" + thread, moderator).select("#texte-du-fil").text()).isEqualTo("Achetez nos montres !");
		assertThat(page("/moderation/participation?type=forum-thread", moderator)
			.select("a[href=/forums/" + forum + "/fils/" + thread + "]").text()).isEqualTo("Promotions exceptionnelles");
		// Wrongly reported after all: the moderator restores it from its page, and it takes replies again.
		mvc.perform(post("/moderation/participation/forum-thread/" + thread + "/retablir").session(moderator).with(csrf())
			.param("retour", "/forums/" + forum + "/fils/" + thread)).andExpect(status().isFound());
		assertThat(page("/forums/" + forum + "/fils/" + thread, null).select("h1").text()).isEqualTo("Promotions exceptionnelles");
		new ForumSteps(mvc).reply(author, thread, null, "Merci !");
		assertThat(jdbc.sql("select action from kernel_audit_entry where subject_type = 'participation-forum-thread' and subject_id = ? order by id")
			.param(Long.toString(thread)).query(String.class).list()).containsExactly("participation.forum.thread.create",
					"participation.report", "participation.report", "participation.report", "participation.hide",
					"participation.restore");
	}
}
