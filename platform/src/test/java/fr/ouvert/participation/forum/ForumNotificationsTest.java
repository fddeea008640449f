package fr.ouvert.participation.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;

import fr.ouvert.testing.Accounts;
import fr.ouvert.testing.Outbox;
import fr.ouvert.testing.PlatformTest;
import fr.ouvert.testing.Sessions;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;

/**
 * Subscriptions and their mails, read from the outbox the platform writes to without an SMTP
 * server. Mails leave one at a time in order after the commit, so once a later mail has arrived,
 * every earlier one has been sent: that is how the tests know a mail did not go.
 */
class ForumNotificationsTest extends PlatformTest {

	private static List<Outbox.Mail> mails(Accounts.Account account) {
		return Outbox.to(HOME, account.email());
	}

	private static List<Outbox.Mail> awaitMails(Accounts.Account account, int count) {
		await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> mails(account).size() >= count);
		return mails(account);
	}

	@Test
	void followersOfAnAxisHearOfNewThreadsAndFollowersOfAThreadOfReplies() throws Exception {
		ForumSteps steps = new ForumSteps(mvc);
		MockHttpSession agent = Sessions.signIn(mvc, Accounts.agentOf(jdbc, "cour-des-comptes"));
		String forum = steps.forum(agent, "Forum des abonnés");
		long axis = steps.axis(agent, forum, "Démocratie numérique", "");
		Accounts.Account axisFollower = Accounts.citizen(jdbc);
		MockHttpSession axisFollowerSession = Sessions.signIn(mvc, axisFollower);
		steps.followAxis(axisFollowerSession, forum, axis);
		Accounts.Account author = Accounts.citizen(jdbc);
		MockHttpSession authorSession = Sessions.signIn(mvc, author);
		steps.followAxis(authorSession, forum, axis);

		long thread = steps.thread(authorSession, forum, axis, "Consulter en ligne", "Quels outils pour consulter ?");
		Outbox.Mail announced = awaitMails(axisFollower, 1).get(0);
		assertThat(announced.subject()).isEqualTo("Nouveau fil dans l'axe « Démocratie numérique »");
		assertThat(announced.body()).contains("Citoyen de test a ouvert le fil « Consulter en ligne » dans l'axe « Démocratie numérique »",
				"Quels outils pour consulter ?", "http://localhost:8080/forums/" + forum + "/fils/" + thread,
				"Pour ne plus le suivre : http://localhost:8080/forums/abonnements");
		assertThat(announced.body()).doesNotContain(author.email(), "@");

		Accounts.Account replier = Accounts.citizen(jdbc);
		MockHttpSession replierSession = Sessions.signIn(mvc, replier);
		steps.followThread(replierSession, forum, thread);
		long reply = steps.reply(replierSession, thread, null, "Un logiciel libre, **auditable**.");
		Outbox.Mail replied = awaitMails(author, 1).get(0);
		assertThat(replied.subject()).isEqualTo("Nouvelle réponse dans le fil « Consulter en ligne »");
		assertThat(replied.body()).contains("Citoyen de test a répondu dans le fil « Consulter en ligne »",
				"Un logiciel libre, **auditable**.", "http://localhost:8080/forums/" + forum + "/fils/" + thread + "#commentaire-" + reply)
			.doesNotContain(replier.email(), "@");

		// The author answers: the replier hears of it; once that mail is out, every earlier one is.
		steps.reply(authorSession, thread, reply, "Lequel ?");
		awaitMails(replier, 1);
		assertThat(mails(author)).as("the author of the thread, for their own reply").hasSize(1);
		assertThat(mails(replier)).as("the replier: the author's answer, not their own reply").hasSize(1);
		assertThat(mails(axisFollower)).as("replies go to the thread's followers, not the axis'").hasSize(1);
	}

	@Test
	void whoStopsFollowingOrHasNoConfirmedAddressHearsNoMoreAndMailsComeInTheLanguageOfTheSubscription() throws Exception {
		ForumSteps steps = new ForumSteps(mvc);
		MockHttpSession agent = Sessions.signIn(mvc, Accounts.agentOf(jdbc, "cour-des-comptes"));
		String forum = steps.forum(agent, "Forum des désabonnés");
		long axis = steps.axis(agent, forum, "Accessibilité", "");
		Accounts.Account author = Accounts.citizen(jdbc);
		MockHttpSession authorSession = Sessions.signIn(mvc, author);
		long thread = steps.thread(authorSession, forum, axis, "Sous-titrage", "Les vidéos publiques sont-elles sous-titrées ?");
		// A follower whose address is no longer confirmed (it was changed since) gets nothing; mails leave in the
		// order of the subscriptions, so this one would go before the next follower's.
		Accounts.Account unconfirmed = Accounts.citizen(jdbc);
		mvc.perform(post("/forums/" + forum + "/fils/" + thread + "/abonnement").session(Sessions.signIn(mvc, unconfirmed))
			.with(csrf()));
		jdbc.sql("update account_user set email_confirmed_at = null where email = ?").param(unconfirmed.email()).update();
		Accounts.Account english = Accounts.citizen(jdbc);
		MockHttpSession englishSession = Sessions.signIn(mvc, english);
		mvc.perform(post("/forums/" + forum + "/fils/" + thread + "/abonnement").session(englishSession).with(csrf())
			.header("Accept-Language", "en"));

		mvc.perform(post("/forums/" + forum + "/fils/" + thread + "/desabonnement").session(authorSession).with(csrf())
			.param("retour", "/forums/abonnements"));
		steps.reply(Sessions.signIn(mvc, Accounts.citizen(jdbc)), thread, null, "Rarement.");
		Outbox.Mail inEnglish = awaitMails(english, 1).get(0);
		assertThat(inEnglish.subject()).isEqualTo("New reply in the thread \"Sous-titrage\"");
		assertThat(inEnglish.body()).contains("replied in the thread \"Sous-titrage\"", "Rarement.");
		assertThat(mails(author)).as("unsubscribed before the reply").isEmpty();
		assertThat(mails(unconfirmed)).as("no confirmed address").isEmpty();
	}
}
