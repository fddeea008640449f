package fr.ouvert.participation.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import fr.ouvert.kernel.web.Ui;
import fr.ouvert.testing.Accounts;
import fr.ouvert.testing.Browser;
import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Acceptance 1 of the participation issue, in a real browser: an agent creates a consultation and cannot open it
 * with 10 days nor without a procedure, then opens it with 15 days; a citizen proposes, supports and comments;
 * another reports the comment; a moderator hides it; the agent closes the consultation, publishes the synthesis
 * with its opinion groups and topic clusters, and the follow-ups; the access point shows it closed with its
 * synthesis. Screenshots: target/screenshots/participation-*.png; axe on every page.
 */
class ConsultationJourneyIT extends PlatformTest {

	@LocalServerPort
	int port;

	@Test
	void anAgentRunsAConsultationFromDraftToFollowUps() {
		Accounts.Account agent = Accounts.agentOf(jdbc, "cour-des-comptes");
		Accounts.Account citizen = Accounts.citizen(jdbc);
		Accounts.Account reporter = Accounts.citizen(jdbc);
		Accounts.Account moderator = Accounts.moderator(jdbc);
		String slug = "suites-des-rapports-" + UUID.randomUUID().toString().substring(0, 6);
		String theme = "Contrôle " + slug;
		LocalDate today = LocalDate.now(Ui.ZONE);
		try (Browser browser = new Browser(port)) {
			// The agent writes a draft of 10 days without procedure: publishing is refused with both reasons.
			browser.signIn(agent.email(), Accounts.PASSWORD);
			browser.open("/consultations");
			browser.clickAndWaitForPage("#nouvelle-consultation");
			browser.type("#champ-title", "Comment mieux suivre les recommandations de la Cour ?");
			browser.type("#champ-slug", slug);
			browser.type("#champ-theme", theme);
			browser.typeDate("#champ-opensOn", today);
			browser.typeDate("#champ-lastDay", today.plusDays(9));
			browser.type("#champ-context", "La Cour publie chaque année le suivi de ses recommandations ; elle veut le rendre plus utile.");
			browser.type("#champ-documents", "Rapport public annuel 2019 | https://www.ccomptes.fr/fr/publications/le-rapport-public-annuel-2019");
			browser.type("#champ-announcedFollowUps", "Une réponse publique à chaque proposition soutenue, trois mois après la clôture.");
			browser.find("label[for=type-statements]").click();
			browser.type("#champ-statements", "Le suivi des recommandations est assez lisible aujourd’hui.\n"
					+ "Chaque administration devrait répondre publiquement aux recommandations.\n"
					+ "Un tableau de bord en ligne serait utile.\n"
					+ "Les recommandations de la Cour sont trop nombreuses.");
			assertThat(browser.accessibilityViolations()).as("axe on the new consultation form").isEmpty();
			browser.clickAndWaitForPage("#enregistrer");
			assertThat(browser.path()).startsWith("/consultations/" + slug);
			assertThat(browser.text("#regles-crpa [data-check=duration]")).contains("à compléter");
			browser.screenshot("participation-01-brouillon");
			browser.clickAndWaitForPage("#actions-agent #publier");
			assertThat(browser.text("#erreurs")).contains("Publication refusée")
				.contains("La consultation doit durer au moins 15 jours.")
				.contains("Les modalités de la consultation doivent être publiées");
			assertThat(browser.text("#erreur-lastDay")).isEqualTo("La consultation doit durer au moins 15 jours.");
			assertThat(browser.accessibilityViolations()).as("axe on the refused publication").isEmpty();
			browser.screenshot("participation-02-publication-refusee");

			// With a procedure but still 10 days: refused for the duration alone.
			browser.type("#champ-procedure", "Toute personne ayant un compte peut proposer, soutenir et commenter. "
					+ "La Cour lit toutes les contributions et publie une synthèse.");
			browser.clickAndWaitForPage("#enregistrer");
			browser.clickAndWaitForPage("#actions-agent #publier");
			assertThat(browser.findAll("#erreurs li")).hasSize(1);
			assertThat(browser.text("#erreurs li")).isEqualTo("La consultation doit durer au moins 15 jours.");

			// 15 days: published and open.
			browser.typeDate("#champ-lastDay", today.plusDays(14));
			browser.clickAndWaitForPage("#enregistrer");
			browser.clickAndWaitForPage("#actions-agent #publier");
			assertThat(browser.path()).isEqualTo("/consultations/" + slug);
			assertThat(browser.find("#phase [data-phase]").getAttribute("data-phase")).isEqualTo("open");
			assertThat(browser.accessibilityViolations()).as("axe on the open consultation").isEmpty();
			browser.screenshot("participation-03-ouverte");
			browser.signOut();

			// A citizen proposes, supports and comments.
			browser.signIn(citizen.email(), Accounts.PASSWORD);
			browser.open("/consultations/" + slug);
			browser.clickAndWaitForPage("main nav a[href$='/propositions']");
			browser.type("#champ-title", "Un tableau de bord public des recommandations");
			browser.type("#champ-body", "Publier en ligne, pour chaque recommandation, la réponse de l’administration et où elle en est.");
			browser.clickAndWaitForPage("form[action$='/propositions'] button[type=submit]");
			assertThat(browser.path()).matches("/consultations/" + slug + "/propositions/\\d+");
			String proposalPath = browser.path();
			browser.clickAndWaitForPage("#soutiens form button[type=submit]");
			assertThat(browser.text("#soutiens p")).contains("1");
			browser.type("#nouveau-commentaire", "Oui, et avec les dates de mise en œuvre. Les agents qui traînent sont des incapables.");
			browser.find("label[for=nouveau-commentaire-position-for]").click();
			browser.find("#commentaires > form button[type=submit]").click();
			browser.waitFor("#commentaires .ouvert-comment");
			String commentId = browser.find("#commentaires .ouvert-comment").getAttribute("id");
			assertThat(browser.accessibilityViolations()).as("axe on the proposal with its comment").isEmpty();
			browser.screenshot("participation-04-proposition-soutenue-commentee");
			browser.signOut();

			// Another citizen reports the comment.
			browser.signIn(reporter.email(), Accounts.PASSWORD);
			browser.open(proposalPath);
			browser.find("#" + commentId + " details.ouvert-report summary").click();
			new Select(browser.find("#" + commentId + " select[name=reason]")).selectByValue("offensive");
			browser.clickAndWaitForPage("#" + commentId + " form[action$='/signalement'] button[type=submit]");
			browser.signOut();

			// A moderator hides it, with the reason.
			browser.signIn(moderator.email(), Accounts.PASSWORD);
			String number = commentId.substring("commentaire-".length());
			browser.open("/moderation");
			browser.type("#raison-" + number, "Propos injurieux envers des agents");
			browser.clickAndWaitForPage("form[action='/moderation/commentaires/" + number + "/masquer'] button[type=submit]");
			browser.open(proposalPath);
			assertThat(browser.text("#" + commentId)).contains("Propos injurieux envers des agents");
			browser.signOut();
			browser.open(proposalPath);
			assertThat(browser.text("#" + commentId)).doesNotContain("incapables");
			browser.screenshot("participation-05-commentaire-masque");

			// Time passes. The test moves the consultation's 15 days into the past with SQL, and adds the votes and
			// proposals of a crowd of participants (SQL too: a browser per voter would add nothing to the journey):
			// 24 voters in two camps on the four statements, and a copy-paste campaign of five identical proposals.
			long consultation = jdbc.sql("select id from participation_consultation where slug = ?").param(slug)
				.query(Long.class).single();
			jdbc.sql("update participation_consultation set opens_at = now() - interval '16 days', closes_at = now() - interval '1 hour' where id = ?")
				.param(consultation).update();
			crowd(consultation);

			// The agent sees the synthesis is overdue, closes, writes and publishes the synthesis and follow-ups.
			browser.signIn(agent.email(), Accounts.PASSWORD);
			browser.open("/consultations/" + slug);
			assertThat(browser.text("#synthese-en-retard")).contains("sa synthèse n’est pas encore publiée");
			browser.clickAndWaitForPage("#clore");
			assertThat(browser.text("#dates")).contains("inclus");
			browser.clickAndWaitForPage("#rediger-synthese");
			assertThat(browser.findAll("#groupes-opinion [data-group]")).hasSize(2);
			assertThat(browser.findAll("[data-topics=proposals] .themes li")).isNotEmpty();
			assertThat(browser.text("[data-topics=proposals] .doublons")).contains("5 textes quasi identiques");
			browser.type("#champ-body", "Deux groupes d’opinion se dessinent : l’un juge le suivi lisible, l’autre demande "
					+ "une réponse publique de chaque administration. Tous veulent un **tableau de bord en ligne**.");
			browser.type("#champ-method", "Lecture de toutes les propositions ; groupes d’opinion calculés sur les votes comme Pol.is ; "
					+ "thèmes des propositions par TF-IDF.");
			assertThat(browser.find("#champ-opinionGroups").isSelected()).isTrue();
			assertThat(browser.find("#champ-topicClusters").isSelected()).isTrue();
			assertThat(browser.accessibilityViolations()).as("axe on the synthesis editor").isEmpty();
			browser.screenshot("participation-06-synthese-brouillon");
			browser.clickAndWaitForPage("#enregistrer-synthese");
			browser.clickAndWaitForPage("#publier-synthese");
			assertThat(browser.path()).isEqualTo("/consultations/" + slug + "/synthese");
			assertThat(browser.text("#synthese strong")).isEqualTo("tableau de bord en ligne");
			assertThat(browser.findAll("#groupes-opinion [data-group]")).hasSize(2);
			assertThat(browser.findAll("[data-topics=proposals] .themes li")).isNotEmpty();
			assertThat(browser.accessibilityViolations()).as("axe on the published synthesis").isEmpty();
			browser.screenshot("participation-07-synthese-publiee");

			browser.open("/consultations/" + slug + "/suites/rediger");
			new Select(browser.find("#champ-proposal")).selectByVisibleText("Un tableau de bord public des recommandations (1 soutien(s))");
			browser.find("label[for=decision-accepted]").click();
			browser.type("#champ-explanation", "Le tableau de bord sera en ligne à la fin de l’année, mis à jour chaque trimestre.");
			browser.clickAndWaitForPage("#enregistrer-decision");
			browser.type("#champ-theme", "Nombre de recommandations");
			browser.find("label[for=decision-rejected]").click();
			browser.type("#champ-explanation", "Leur nombre découle des contrôles menés ; la Cour les hiérarchise désormais.");
			browser.clickAndWaitForPage("#enregistrer-decision");
			assertThat(browser.findAll("#decisions li")).hasSize(2);
			assertThat(browser.accessibilityViolations()).as("axe on the follow-ups editor").isEmpty();
			browser.clickAndWaitForPage("#publier-suites");
			assertThat(browser.text("#decisions")).contains("Retenue").contains("Rejetée");
			browser.screenshot("participation-08-suites");
			browser.open(proposalPath);
			assertThat(browser.text("#suite")).contains("Le tableau de bord sera en ligne");
			browser.signOut();

			// The access point shows it closed, with its synthesis.
			browser.open("/consultations");
			new Select(browser.find("#filtre-statut")).selectByValue("closed");
			new Select(browser.find("#filtre-theme")).selectByVisibleText(theme);
			browser.clickAndWaitForPage("form[action='/consultations'] button[type=submit]");
			assertThat(browser.findAll("#consultations li")).hasSize(1);
			assertThat(browser.text("#consultations li")).contains("Suites publiées").contains("Synthèse publiée le");
			assertThat(browser.accessibilityViolations()).as("axe on the access point").isEmpty();
			browser.screenshot("participation-09-point-d-acces");
		}
	}

	/** 24 voters in two camps of 12 on the seed statements, and five copies of one proposal. */
	private void crowd(long consultation) {
		var statements = jdbc.sql("select id from participation_statement where consultation_id = ? order by id")
			.param(consultation).query(Long.class).list();
		for (int s = 0; s < statements.size(); s++) {
			for (int voter = 0; voter < 24; voter++) {
				boolean first = voter < 12;
				int vote = s == 2 ? 1 : ((s % 2 == 0) == first ? 1 : -1);
				jdbc.sql("insert into participation_statement_vote (statement_id, account_id, vote) values (?, ?, ?)")
					.params(statements.get(s), 3_000_000 + voter, vote).update();
			}
			jdbc.sql("""
					update participation_statement set agree_count = (select count(*) from participation_statement_vote where statement_id = ? and vote = 1),
					    disagree_count = (select count(*) from participation_statement_vote where statement_id = ? and vote = -1) where id = ?""")
				.params(statements.get(s), statements.get(s), statements.get(s)).update();
		}
		for (int p = 0; p < 5; p++) {
			jdbc.sql("insert into participation_proposal (consultation_id, kind, author_id, title, body) values (?, 'proposal', ?, ?, ?)")
				.params(consultation, 4_000_000 + p, "Moins de recommandations, mieux suivies",
						"La Cour devrait faire moins de recommandations et vérifier chaque année leur mise en œuvre.")
				.update();
		}
	}
}
