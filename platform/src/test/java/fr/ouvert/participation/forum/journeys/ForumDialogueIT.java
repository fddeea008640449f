package fr.ouvert.participation.forum.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import fr.ouvert.testing.Accounts;
import fr.ouvert.testing.Browser;
import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dialogue forum in a real browser: an agent creates a forum and a work axis linked to a plan
 * commitment; a citizen opens a thread; another replies and the first answers the reply, in place
 * (htmx). axe-core checks each page, reply forms open. Screenshots: target/screenshots.
 */
class ForumDialogueIT extends PlatformTest {

	@LocalServerPort
	int port;

	@Test
	void anAgentOpensAForumAndCitizensDiscussInAThread() {
		Accounts.Account agent = Accounts.agentOf(jdbc, "cour-des-comptes");
		Accounts.Account author = Accounts.citizen(jdbc);
		Accounts.Account replier = Accounts.citizen(jdbc);
		try (Browser browser = new Browser(port)) {
			browser.signIn(agent.email(), Accounts.PASSWORD);
			browser.open("/forums");
			browser.clickAndWaitForPage("main a[href='/forums/nouveau']");
			browser.type("#forum-titre", "Forum des données locales");
			browser.type("#forum-theme", "Données et territoires");
			browser.typeDate("#forum-date", LocalDate.now().plusMonths(1));
			browser.type("#forum-lieu", "Hôtel de ville, Rennes");
			browser.type("#forum-organisateurs", "Etalab, Ville de Rennes");
			assertThat(browser.accessibilityViolations()).as("axe on the forum form").isEmpty();
			browser.clickAndWaitForPage("main form[action='/forums'] button[type=submit]");
			assertThat(browser.text(".fr-alert--success p")).isEqualTo("Le forum est créé. Ajoutez maintenant ses axes de travail.");
			browser.type("#axe-titre", "Open data des collectivités");
			browser.type("#axe-engagements", "4");
			browser.clickAndWaitForPage("main form[action$='/axes'] button[type=submit]");
			assertThat(browser.text("main h1")).isEqualTo("Open data des collectivités");
			assertThat(browser.text("main a[href='/plan/engagements/4']")).startsWith("Engagement 4 — ");
			String axisPath = browser.path();
			assertThat(browser.accessibilityViolations()).as("axe on the axis page").isEmpty();
			browser.screenshot("40-forum-axe");
			browser.signOut();

			browser.signIn(author.email(), Accounts.PASSWORD);
			browser.open(axisPath);
			browser.type("#fil-titre", "Quels jeux de données d'abord ?");
			browser.type("#fil-texte", "Les budgets, les subventions, les marchés ?");
			browser.clickAndWaitForPage("main form[action$='/fils'] button[type=submit]");
			assertThat(browser.text("main h1")).isEqualTo("Quels jeux de données d'abord ?");
			String threadPath = browser.path();
			browser.signOut();

			browser.signIn(replier.email(), Accounts.PASSWORD);
			browser.open(threadPath);
			browser.type("#nouveau-commentaire", "Les subventions : le socle commun existe.");
			browser.find("#commentaires form[action='/commentaires']:last-of-type button[type=submit]").click();
			browser.waitFor("#commentaires .ouvert-comment");
			browser.signOut();

			browser.signIn(author.email(), Accounts.PASSWORD);
			browser.open(threadPath);
			browser.find("#commentaires .ouvert-reply summary").click();
			browser.type("#commentaires .ouvert-reply textarea", "Merci, et les marchés ?");
			browser.find("#commentaires .ouvert-reply button[type=submit]").click();
			browser.waitFor("#commentaires .ouvert-comments--replies .ouvert-comment");
			assertThat(browser.text("#commentaires .ouvert-comments--replies .ouvert-comment__body")).isEqualTo("Merci, et les marchés ?");
			assertThat(browser.text("#titre-commentaires")).isEqualTo("2 commentaires");
			browser.findAll("#commentaires .ouvert-reply summary").forEach(summary -> summary.click());
			assertThat(browser.accessibilityViolations()).as("axe on the thread, reply forms open").isEmpty();
			browser.screenshot("41-forum-fil-et-reponses");
		}
	}
}
