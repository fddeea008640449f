package fr.ouvert.comment.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ouvert.testing.Accounts;
import fr.ouvert.testing.Browser;
import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Administration and moderation in a real browser: an administrator makes a citizen moderator;
 * a comment is reported; the new moderator hides it from the queue; the public sees it hidden;
 * the administrator checks the audit trail. Screenshots: target/screenshots.
 */
class AdminMakesAModeratorWhoHidesAReportedCommentIT extends PlatformTest {

	@LocalServerPort
	int port;

	@Test
	void adminGrantsTheRoleAndTheModeratorHidesTheReportedComment() {
		Accounts.Account admin = Accounts.admin(jdbc);
		Accounts.Account future = Accounts.citizen(jdbc);
		Accounts.Account author = Accounts.citizen(jdbc);
		Accounts.Account reporter = Accounts.citizen(jdbc);
		try (Browser browser = new Browser(port)) {
			// The administrator finds the account and makes it a moderator.
			browser.signIn(admin.email(), Accounts.PASSWORD);
			browser.open("/admin/utilisateurs?q=" + future.email());
			browser.clickAndWaitForPage("main tbody a");
			browser.find("label[for=role-MODERATOR]").click();
			assertThat(browser.accessibilityViolations()).as("axe on the account page").isEmpty();
			browser.screenshot("10-admin-donne-le-role-moderateur");
			browser.clickAndWaitForPage("main form button[type=submit]");
			assertThat(browser.text(".fr-alert--success p")).isEqualTo("Modifications enregistrées.");
			assertThat(browser.find("#role-MODERATOR").isSelected()).isTrue();
			browser.signOut();

			// A citizen comments on commitment 3, another reports the comment.
			browser.signIn(author.email(), Accounts.PASSWORD);
			browser.open("/plan/engagements/3");
			browser.type("#nouveau-commentaire", "Venez acheter nos produits sur notre site !");
			browser.find("#commentaires button[type=submit]").click();
			browser.waitFor("#commentaires .ouvert-comment");
			browser.signOut();
			browser.signIn(reporter.email(), Accounts.PASSWORD);
			browser.open("/plan/engagements/3");
			browser.find("#commentaires details summary").click();
			browser.find("#commentaires details select option[value=spam]").click();
			browser.clickAndWaitForPage("#commentaires details button[type=submit]");
			assertThat(browser.text(".fr-alert--success p")).isEqualTo("Merci : le commentaire est signalé à la modération.");
			browser.signOut();

			// The new moderator hides it from the queue.
			browser.signIn(future.email(), Accounts.PASSWORD);
			browser.open("/moderation");
			assertThat(browser.text("main .fr-card__desc")).isEqualTo("Venez acheter nos produits sur notre site !");
			assertThat(browser.accessibilityViolations()).as("axe on the moderation queue").isEmpty();
			browser.screenshot("11-file-de-moderation");
			browser.type("main input[name=reason]", "Publicité");
			browser.clickAndWaitForPage("main form[action$=masquer] button");
			assertThat(browser.text(".fr-alert--success p")).isEqualTo("Commentaire masqué.");
			browser.signOut();

			// The public sees it hidden.
			browser.open("/plan/engagements/3");
			assertThat(browser.text("#commentaires .ouvert-comment--hidden")).contains("masqué par la modération")
				.doesNotContain("acheter");
			browser.screenshot("12-commentaire-masque");

			// The administrator checks the audit trail.
			browser.signIn(admin.email(), Accounts.PASSWORD);
			browser.open("/admin/audit");
			browser.clickAndWaitForPage("main form button[type=submit]");
			assertThat(browser.text("#resultat-audit")).startsWith("Journal intact : ");
			assertThat(browser.accessibilityViolations()).as("axe on the audit page").isEmpty();
			browser.screenshot("13-journal-d-audit");
		}
	}
}
