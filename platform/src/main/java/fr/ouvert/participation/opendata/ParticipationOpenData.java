package fr.ouvert.participation.opendata;

import java.util.List;

import fr.ouvert.kernel.opendata.OpenDataset;
import fr.ouvert.kernel.opendata.OpenDataset.ColumnType;
import fr.ouvert.kernel.web.OuvertModule;

import org.springframework.stereotype.Component;

/**
 * The open datasets of what participants contributed to published consultations: contributions, statements,
 * aggregated votes per item, syntheses and follow-ups. Hidden items are left out; accounts are never
 * named, and an author's name appears only when they chose to show it. E-mails are never selected.
 */
@Component
class ParticipationOpenData implements OuvertModule {

	/** Published consultations only: drafts are not public. */
	private static final String PUBLISHED = "c.published_at is not null";

	@Override
	public List<OpenDataset> datasets() {
		return List.of(contributions(), statements(), votes(), individualVotes(), surveyResults(), syntheses(), followUps());
	}

	private static OpenDataset contributions() {
		return OpenDataset.builder("participation-contributions")
			.title("Consultations publiques : propositions, contributions et amendements")
			.description("Ce que les participants ont écrit sur les consultations publiées : propositions, contributions "
					+ "sur un article du texte soumis et amendements, avec leurs soutiens. Les contributions masquées par la "
					+ "modération sont exclues ; le nom de l'auteur n'apparaît que s'il a choisi de l'afficher.")
			.requiredColumn("id", ColumnType.INTEGER, "Numéro de la contribution")
			.requiredColumn("consultation", ColumnType.STRING, "Identifiant (slug) de la consultation")
			.requiredColumn("consultation_title", ColumnType.STRING, "Titre de la consultation")
			.requiredColumn("kind", ColumnType.STRING, "proposal (proposition), contribution (sur un article) ou amendment")
			.column("article_position", ColumnType.INTEGER, "Numéro de l'article commenté ou amendé")
			.column("article_title", ColumnType.STRING, "Titre de l'article commenté ou amendé")
			.requiredColumn("title", ColumnType.STRING, "Titre")
			.requiredColumn("body", ColumnType.STRING, "Texte (Markdown)")
			.column("author_name", ColumnType.STRING, "Nom de l'auteur, s'il a choisi de l'afficher ; vide sinon")
			.requiredColumn("support_count", ColumnType.INTEGER, "Nombre de soutiens")
			.requiredColumn("comment_count", ColumnType.INTEGER, "Nombre de commentaires")
			.requiredColumn("created_at", ColumnType.DATETIME, "Date de dépôt")
			.requiredColumn("url", ColumnType.STRING, "Chemin de la page de la contribution")
			.rows("""
					select p.id, c.slug as consultation, c.title as consultation_title, p.kind, a.position as article_position,
					       a.title as article_title, p.title, p.body, p.author_name, p.support_count, p.comment_count,
					       p.created_at, '/consultations/' || c.slug || '/propositions/' || p.id as url
					from participation_proposal p join participation_consultation c on c.id = p.consultation_id
					left join participation_article a on a.id = p.article_id
					where %s and p.hidden_at is null order by p.id""".formatted(PUBLISHED))
			.lastModified("select max(created_at) from participation_proposal")
			.withoutPersonalData()
			.build();
	}

	private static OpenDataset statements() {
		return OpenDataset.builder("participation-affirmations")
			.title("Consultations publiques : affirmations soumises au vote")
			.description("Les affirmations courtes sur lesquelles les participants votent « d'accord », « pas d'accord » "
					+ "ou « je passe » (comme dans Pol.is), avec le décompte des votes. Les affirmations masquées sont exclues ; "
					+ "les auteurs ne sont pas nommés.")
			.requiredColumn("id", ColumnType.INTEGER, "Numéro de l'affirmation (colonne de la matrice participants × votes)")
			.requiredColumn("consultation", ColumnType.STRING, "Identifiant (slug) de la consultation")
			.requiredColumn("body", ColumnType.STRING, "Texte de l'affirmation")
			.requiredColumn("seed", ColumnType.BOOLEAN, "Écrite par les organisateurs")
			.requiredColumn("agrees", ColumnType.INTEGER, "Votes « d'accord »")
			.requiredColumn("disagrees", ColumnType.INTEGER, "Votes « pas d'accord »")
			.requiredColumn("passes", ColumnType.INTEGER, "Votes « je passe »")
			.requiredColumn("created_at", ColumnType.DATETIME, "Date de l'affirmation")
			.rows("""
					select s.id, c.slug as consultation, s.body, s.seed, s.agree_count as agrees, s.disagree_count as disagrees,
					       s.pass_count as passes, s.created_at
					from participation_statement s join participation_consultation c on c.id = s.consultation_id
					where %s and s.hidden_at is null order by s.id""".formatted(PUBLISHED))
			.lastModified("select max(voted_at) from participation_statement_vote")
			.withoutPersonalData()
			.build();
	}

	private static OpenDataset votes() {
		return OpenDataset.builder("participation-votes")
			.title("Consultations publiques : votes agrégés par élément")
			.description("Pour chaque proposition, contribution ou amendement, le nombre de soutiens ; pour chaque "
					+ "affirmation, les votes « d'accord », « pas d'accord » et « je passe ». Les votes individuels ne sont "
					+ "publiés que sous forme anonyme, dans la matrice participants × affirmations de chaque consultation.")
			.requiredColumn("item_type", ColumnType.STRING, "proposal (proposition, contribution ou amendement) ou statement (affirmation)")
			.requiredColumn("item_id", ColumnType.INTEGER, "Numéro de l'élément")
			.requiredColumn("consultation", ColumnType.STRING, "Identifiant (slug) de la consultation")
			.requiredColumn("title", ColumnType.STRING, "Titre de la proposition ou texte de l'affirmation")
			.column("supports", ColumnType.INTEGER, "Soutiens (propositions)")
			.column("agrees", ColumnType.INTEGER, "Votes « d'accord » (affirmations)")
			.column("disagrees", ColumnType.INTEGER, "Votes « pas d'accord » (affirmations)")
			.column("passes", ColumnType.INTEGER, "Votes « je passe » (affirmations)")
			.rows("""
					select * from (
					    select 'proposal' as item_type, p.id as item_id, c.slug as consultation, p.title,
					           p.support_count as supports, null::int as agrees, null::int as disagrees, null::int as passes
					    from participation_proposal p join participation_consultation c on c.id = p.consultation_id
					    where %1$s and p.hidden_at is null
					    union all
					    select 'statement', s.id, c.slug, s.body, null, s.agree_count, s.disagree_count, s.pass_count
					    from participation_statement s join participation_consultation c on c.id = s.consultation_id
					    where %1$s and s.hidden_at is null) items
					order by item_type, item_id""".formatted(PUBLISHED))
			.lastModified("""
					select greatest((select max(created_at) from participation_support),
					                (select max(voted_at) from participation_statement_vote),
					                (select max(created_at) from participation_proposal))""")
			.withoutPersonalData()
			.build();
	}

	private static OpenDataset individualVotes() {
		return OpenDataset.builder("participation-votes-anonymes")
			.title("Consultations publiques : votes anonymisés sur les affirmations")
			.description("Chaque vote « d'accord » (1), « pas d'accord » (-1) ou « je passe » (0) sur une affirmation "
					+ "visible, par participant anonyme : les participants sont numérotés à partir de 0 dans chaque "
					+ "consultation, dans l'ordre où ils y ont pris part, comme dans la matrice participants × affirmations "
					+ "de la consultation (au format participants-votes.csv de Pol.is), qui donne les mêmes numéros. "
					+ "Le numéro ne dit rien du compte et change d'une consultation à l'autre.")
			.requiredColumn("consultation", ColumnType.STRING, "Identifiant (slug) de la consultation")
			.requiredColumn("participant", ColumnType.INTEGER, "Numéro anonyme du participant dans cette consultation")
			.requiredColumn("statement_id", ColumnType.INTEGER, "Numéro de l'affirmation")
			.requiredColumn("vote", ColumnType.INTEGER, "1 d'accord, -1 pas d'accord, 0 je passe")
			.rows("with " + VoteMatrix.numberedParticipants(
					"s.consultation_id in (select c.id from participation_consultation c where " + PUBLISHED + ")") + """

					select c.slug as consultation, p.participant, v.statement_id, v.vote
					from v join participants p on p.consultation_id = v.consultation_id and p.account_id = v.account_id
					join participation_consultation c on c.id = v.consultation_id
					order by c.slug, p.participant, v.statement_id""")
			.lastModified("select max(voted_at) from participation_statement_vote")
			.withoutPersonalData()
			.build();
	}

	private static OpenDataset surveyResults() {
		return OpenDataset.builder("participation-questionnaires")
			.title("Consultations publiques : résultats des questionnaires")
			.description("Pour chaque question à choix unique, à choix multiples ou à échelle, le nombre de réponses qui "
					+ "donnent chaque option ou chaque valeur (les options sans réponse comptent 0). Les réponses libres ne "
					+ "sont pas publiées une à une : elles peuvent contenir des données personnelles, et la synthèse de la "
					+ "consultation en rend compte.")
			.requiredColumn("consultation", ColumnType.STRING, "Identifiant (slug) de la consultation")
			.requiredColumn("question_id", ColumnType.INTEGER, "Numéro de la question")
			.requiredColumn("question_position", ColumnType.INTEGER, "Rang de la question dans le questionnaire")
			.requiredColumn("kind", ColumnType.STRING, "single (choix unique), multiple (choix multiples) ou scale (échelle)")
			.requiredColumn("question", ColumnType.STRING, "Libellé de la question")
			.requiredColumn("answer_position", ColumnType.INTEGER, "Rang de l'option, ou valeur de l'échelle")
			.requiredColumn("answer", ColumnType.STRING, "Libellé de l'option, ou valeur de l'échelle")
			.requiredColumn("answers", ColumnType.INTEGER, "Nombre de réponses qui la donnent")
			.rows("""
					select * from (
					    select c.slug as consultation, q.id as question_id, q.position as question_position, q.kind,
					           q.label as question, i as answer_position, q.options[i] as answer,
					           (select count(*) from participation_answer a where a.question_id = q.id and i - 1 = any (a.choices))
					               as answers
					    from participation_question q join participation_consultation c on c.id = q.consultation_id,
					         generate_subscripts(q.options, 1) as i
					    where %1$s and q.kind in ('single', 'multiple')
					    union all
					    select c.slug, q.id, q.position, q.kind, q.label, v, v::text,
					           (select count(*) from participation_answer a where a.question_id = q.id and a.scale_value = v)
					    from participation_question q join participation_consultation c on c.id = q.consultation_id,
					         generate_series(q.scale_min, q.scale_max) as v
					    where %1$s and q.kind = 'scale') results
					order by consultation, question_position, answer_position""".formatted(PUBLISHED))
			.lastModified("select max(answered_at) from participation_answer")
			.withoutPersonalData()
			.build();
	}

	private static OpenDataset syntheses() {
		return OpenDataset.builder("participation-syntheses")
			.title("Consultations publiques : synthèses publiées")
			.description("La synthèse des observations de chaque consultation close (article L. 132-2 du code des relations "
					+ "entre le public et l'administration) et la méthode d'analyse des contributions.")
			.requiredColumn("consultation", ColumnType.STRING, "Identifiant (slug) de la consultation")
			.requiredColumn("consultation_title", ColumnType.STRING, "Titre de la consultation")
			.requiredColumn("organisation", ColumnType.STRING, "Administration qui a mené la consultation")
			.requiredColumn("body", ColumnType.STRING, "Synthèse (Markdown)")
			.requiredColumn("method", ColumnType.STRING, "Méthode d'analyse (Markdown)")
			.requiredColumn("published_at", ColumnType.DATETIME, "Date de publication de la synthèse")
			.rows("""
					select c.slug as consultation, c.title as consultation_title, c.organisation_name as organisation,
					       s.body, s.method, c.synthesis_published_at as published_at
					from participation_synthesis s join participation_consultation c on c.id = s.consultation_id
					where %s and c.synthesis_published_at is not null order by c.synthesis_published_at, c.id""".formatted(PUBLISHED))
			.lastModified("select max(synthesis_published_at) from participation_consultation")
			.withoutPersonalData()
			.build();
	}

	private static OpenDataset followUps() {
		return OpenDataset.builder("participation-suites")
			.title("Consultations publiques : suites données")
			.description("La décision de l'administration sur chaque proposition ou thème d'une consultation (retenue, "
					+ "retenue en partie, écartée avec sa raison, à l'étude), une fois les suites publiées.")
			.requiredColumn("id", ColumnType.INTEGER, "Numéro de la décision")
			.requiredColumn("consultation", ColumnType.STRING, "Identifiant (slug) de la consultation")
			.column("proposal_id", ColumnType.INTEGER, "Numéro de la proposition concernée")
			.column("proposal_title", ColumnType.STRING, "Titre de la proposition concernée")
			.column("theme", ColumnType.STRING, "Thème concerné (décision sur un thème)")
			.requiredColumn("decision", ColumnType.STRING, "accepted, partly, rejected ou under-study")
			.requiredColumn("explanation", ColumnType.STRING, "Explication (Markdown)")
			.requiredColumn("created_at", ColumnType.DATETIME, "Date de la décision")
			.rows("""
					select f.id, c.slug as consultation, f.proposal_id, p.title as proposal_title, f.theme, f.decision,
					       f.explanation, f.created_at
					from participation_follow_up f join participation_consultation c on c.id = f.consultation_id
					left join participation_proposal p on p.id = f.proposal_id and p.hidden_at is null
					where %s and c.follow_ups_published_at is not null order by f.id""".formatted(PUBLISHED))
			.lastModified("select max(follow_ups_published_at) from participation_consultation")
			.withoutPersonalData()
			.build();
	}
}
