package fr.ouvert.participation.forum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.ouvert.testing.Accounts;
import fr.ouvert.testing.PlatformTest;
import fr.ouvert.testing.Sessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Forum notifications through a real SMTP server (GreenMail, on a free port): the one test context
 * with {@code spring.mail.host} set, closed after this class.
 */
@TestPropertySource(properties = "spring.mail.host=localhost")
@DirtiesContext
class ForumMailOverSmtpTest extends PlatformTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void smtpServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	private static String to(MimeMessage message) {
		try {
			return message.getRecipients(Message.RecipientType.TO)[0].toString();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void aReplyReachesTheThreadsFollowersByMailButNotItsAuthor() throws Exception {
		ForumSteps steps = new ForumSteps(mvc);
		MockHttpSession agent = Sessions.signIn(mvc, Accounts.agentOf(jdbc, "cour-des-comptes"));
		String forum = steps.forum(agent, "Forum par courriel");
		long axis = steps.axis(agent, forum, "Services publics en ligne", "1");
		Accounts.Account author = Accounts.citizen(jdbc);
		MockHttpSession authorSession = Sessions.signIn(mvc, author);
		long thread = steps.thread(authorSession, forum, axis, "Démarches simplifiées", "Lesquelles vous manquent ?");
		Accounts.Account follower = Accounts.citizen(jdbc);
		MockHttpSession followerSession = Sessions.signIn(mvc, follower);
		steps.followThread(followerSession, forum, thread);

		long answer = steps.reply(authorSession, thread, null, "Je commence : la demande de carte grise.");
		// The follower answers in turn; mails leave in order, so once its mail to the author is in,
		// whatever the first reply sent is in too.
		steps.reply(followerSession, thread, answer, "Le changement d'adresse.");
		assertThat(smtp.waitForIncomingEmail(20_000, 2)).as("two mails within 20 s").isTrue();

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(Arrays.stream(received).map(ForumMailOverSmtpTest::to).toList())
			.as("the follower for the author's reply, the author for the follower's; nobody for their own")
			.containsExactly(follower.email(), author.email());
		MimeMessage toFollower = received[0];
		assertThat(toFollower.getSubject()).isEqualTo("Nouvelle réponse dans le fil « Démarches simplifiées »");
		assertThat(toFollower.getFrom()[0].toString()).isEqualTo("Ouvert <ne-pas-repondre@ouvert.localhost>");
		assertThat(toFollower.getContent().toString())
			.contains("Citoyen de test a répondu dans le fil « Démarches simplifiées »",
					"Je commence : la demande de carte grise.",
					"http://localhost:8080/forums/" + forum + "/fils/" + thread + "#commentaire-" + answer,
					"Pour ne plus le suivre : http://localhost:8080/forums/abonnements")
			.doesNotContain(author.email(), follower.email());
		assertThat(received[1].getContent().toString()).contains("Le changement d'adresse.");
	}
}
