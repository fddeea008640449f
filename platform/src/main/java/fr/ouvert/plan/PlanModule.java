package fr.ouvert.plan;

import java.util.List;
import java.util.Optional;

import fr.ouvert.kernel.opendata.OpenDataset;
import fr.ouvert.kernel.opendata.OpenDataset.ColumnType;
import fr.ouvert.kernel.web.LinkableType;
import fr.ouvert.kernel.web.NavEntry;
import fr.ouvert.kernel.web.OuvertModule;
import fr.ouvert.plan.domain.Commitment;
import fr.ouvert.plan.domain.PlanRepository;

import org.springframework.stereotype.Component;

/** What the plan tracker plugs into the platform: its navigation entry, its datasets, its commentable commitments. */
@Component
class PlanModule implements OuvertModule {

	private final PlanRepository repository;

	PlanModule(PlanRepository repository) {
		this.repository = repository;
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public List<NavEntry> navigation() {
		return List.of(new NavEntry("plan.nav", "plan.nav.description", "/plan"));
	}

	@Override
	public List<LinkableType> linkableTypes() {
		return List.of(new LinkableType(Commitment.LINKABLE_TYPE, id -> {
			if (!id.matches("\\d{1,3}")) {
				return Optional.empty();
			}
			return repository.commitment(Integer.parseInt(id))
				.map(c -> new LinkableType.Link(Commitment.LINKABLE_TYPE, id, "Engagement " + c.number() + " : " + c.title(), c.path()));
		}));
	}

	@Override
	public List<OpenDataset> datasets() {
		return List.of(commitments(), actions(), statusHistory());
	}

	private static OpenDataset commitments() {
		return OpenDataset.builder("plan-engagements")
			.title("Plan d'action national 2018-2020 : engagements")
			.description("Les 21 engagements du Plan d'action national pour un gouvernement ouvert 2018-2020, avec leurs "
					+ "institutions porteuses et l'avancement de leurs actions.")
			.requiredColumn("number", ColumnType.INTEGER, "Numéro de l'engagement (1 à 21)")
			.requiredColumn("section", ColumnType.INTEGER, "Numéro de la partie du plan (1 à 5)")
			.column("section_title", ColumnType.STRING, "Titre de la partie")
			.column("subsection", ColumnType.STRING, "Sous-partie (partie 2 seulement)")
			.requiredColumn("title", ColumnType.STRING, "Intitulé de l'engagement")
			.column("carrying_institutions", ColumnType.STRING, "Institutions porteuses, séparées par « ; »")
			.column("other_actors", ColumnType.STRING, "Autres acteurs impliqués, séparés par « ; »")
			.column("continuity", ColumnType.STRING, "new (nouvel engagement) ou extends (prolonge un engagement 2015-2017)")
			.column("ogp_principles", ColumnType.STRING, "Codes des principes du PGO, séparés par « ; »")
			.column("actions", ColumnType.INTEGER, "Nombre d'actions")
			.column("actions_completed", ColumnType.INTEGER, "Actions terminées")
			.column("actions_overdue", ColumnType.INTEGER, "Actions dont l'échéance est passée sans être terminées")
			.column("progress_percent", ColumnType.INTEGER, "Avancement : moyenne des taux de réalisation des actions non abandonnées")
			.column("url", ColumnType.STRING, "Chemin de la page de l'engagement")
			.rows("""
					select c.number, c.section, s.title as section_title, c.subsection, c.title,
					       (select string_agg(i.name, ' ; ' order by cc.position) from plan_commitment_carrier cc
					        join plan_institution i on i.slug = cc.institution where cc.commitment = c.number) as carrying_institutions,
					       array_to_string(c.other_actors, ' ; ') as other_actors, c.continuity,
					       array_to_string(c.ogp_principles, ' ; ') as ogp_principles,
					       count(a.id) as actions,
					       count(a.id) filter (where a.status = 'completed') as actions_completed,
					       count(a.id) filter (where a.deadline < %s and a.status <> 'completed') as actions_overdue,
					       coalesce(round(avg(a.completion) filter (where a.status <> 'abandoned')), 0)::int as progress_percent,
					       '/plan/engagements/' || c.number as url
					from plan_commitment c join plan_section s on s.number = c.section
					left join plan_action a on a.commitment = c.number
					group by c.number, s.title order by c.number""".formatted(OpenDataset.TODAY))
			.lastModified("""
					select greatest((select max(updated_at) from plan_commitment), (select max(updated_at) from plan_action))""")
			.withoutPersonalData()
			.build();
	}

	private static OpenDataset actions() {
		return OpenDataset.builder("plan-actions")
			.title("Plan d'action national 2018-2020 : actions et échéances")
			.description("Chaque ligne des feuilles de route des engagements, et chaque engagement particulier d'un "
					+ "ministère, avec son calendrier tel qu'écrit dans le plan, l'échéance qui en découle et le statut "
					+ "déclaré par l'institution porteuse.")
			.requiredColumn("id", ColumnType.STRING, "Identifiant : « 18.6 » (6e ligne de la feuille de route de l'engagement 18) ou « 5.M1 » (engagement particulier d'un ministère)")
			.requiredColumn("commitment", ColumnType.INTEGER, "Numéro de l'engagement")
			.requiredColumn("kind", ColumnType.STRING, "roadmap (feuille de route) ou ministry (engagement d'un ministère)")
			.requiredColumn("text", ColumnType.STRING, "Intitulé de l'action, tel qu'écrit dans le plan")
			.column("details", ColumnType.STRING, "Sous-actions, séparées par « | »")
			.column("calendar", ColumnType.STRING, "Calendrier, tel qu'écrit dans le plan")
			.column("deadline", ColumnType.DATE, "Échéance : fin de la période du calendrier ; vide pour « Continu »")
			.column("engaged_by", ColumnType.STRING, "Pour un engagement de ministère : le ou les ministères, séparés par « ; »")
			.requiredColumn("status", ColumnType.STRING, "not-started, in-progress, completed ou abandoned")
			.requiredColumn("completion_percent", ColumnType.INTEGER, "Taux de réalisation déclaré (0 à 100)")
			.requiredColumn("overdue", ColumnType.BOOLEAN, "Échéance passée sans que l'action soit terminée")
			.column("status_comment", ColumnType.STRING, "Dernier commentaire de l'institution")
			.column("status_changed_at", ColumnType.DATETIME, "Date de la dernière mise à jour du statut")
			.rows("""
					select a.id, a.commitment, a.kind, a.text, array_to_string(a.details, ' | ') as details, a.calendar,
					       a.deadline,
					       (select string_agg(i.name, ' ; ' order by i.name) from plan_action_institution ai
					        join plan_institution i on i.slug = ai.institution where ai.action_id = a.id) as engaged_by,
					       a.status, a.completion as completion_percent,
					       (a.deadline is not null and a.deadline < %s and a.status <> 'completed') as overdue,
					       a.status_comment, a.status_changed_at
					from plan_action a order by a.commitment, a.position""".formatted(OpenDataset.TODAY))
			.lastModified("select max(updated_at) from plan_action")
			.withoutPersonalData()
			.build();
	}

	private static OpenDataset statusHistory() {
		return OpenDataset.builder("plan-historique-statuts")
			.title("Plan d'action national 2018-2020 : historique des mises à jour")
			.description("Chaque mise à jour du statut d'une action par son institution porteuse, avec le justificatif "
					+ "publié. Les agents ne sont pas nommés : seule leur organisation l'est.")
			.requiredColumn("id", ColumnType.INTEGER, "Numéro de la mise à jour")
			.requiredColumn("action_id", ColumnType.STRING, "Identifiant de l'action")
			.requiredColumn("commitment", ColumnType.INTEGER, "Numéro de l'engagement")
			.requiredColumn("status", ColumnType.STRING, "Statut déclaré")
			.requiredColumn("completion_percent", ColumnType.INTEGER, "Taux de réalisation déclaré")
			.column("comment", ColumnType.STRING, "Commentaire de l'institution")
			.column("evidence_url", ColumnType.STRING, "Adresse du justificatif")
			.column("evidence_description", ColumnType.STRING, "Ce que montre le justificatif")
			.requiredColumn("organisation", ColumnType.STRING, "Organisation de l'agent qui a fait la mise à jour")
			.requiredColumn("changed_at", ColumnType.DATETIME, "Date de la mise à jour")
			.rows("""
					select h.id, h.action_id, a.commitment, h.status, h.completion as completion_percent, h.comment,
					       h.evidence_url, h.evidence_description, h.organisation_name as organisation, h.changed_at
					from plan_status_change h join plan_action a on a.id = h.action_id order by h.id""")
			.lastModified("select max(changed_at) from plan_status_change")
			.withoutPersonalData()
			.build();
	}
}
