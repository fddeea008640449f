package fr.ouvert.catalog.request;

import java.util.List;

import fr.ouvert.kernel.opendata.OpenDataset;
import fr.ouvert.kernel.opendata.OpenDataset.ColumnType;

/**
 * The open datasets of commitment 4's citizen side: the data requests with their answers, and the
 * opening calendar of the service public de la donnée, declared by the catalog's module descriptor.
 */
public final class DataRequestDatasets {

	private DataRequestDatasets() {
	}

	public static List<OpenDataset> all() {
		return List.of(dataRequests(), spdCalendar());
	}

	private static OpenDataset dataRequests() {
		return OpenDataset.builder("catalogue-demandes-ouverture")
			.title("Demandes d'ouverture de données")
			.description("Les demandes d'ouverture de jeux de données faites par des citoyens, des entreprises et des "
					+ "associations, le nombre de leurs soutiens et la réponse de l'administration sollicitée. Les "
					+ "demandeurs ne sont pas nommés : seule leur qualité l'est.")
			.requiredColumn("id", ColumnType.INTEGER, "Numéro de la demande")
			.requiredColumn("title", ColumnType.STRING, "Données demandées")
			.requiredColumn("description", ColumnType.STRING, "Pourquoi elles sont demandées (Markdown)")
			.requiredColumn("organisation", ColumnType.STRING, "Administration sollicitée")
			.requiredColumn("requester_kind", ColumnType.STRING, "Qualité du demandeur : citizen, company ou association")
			.requiredColumn("status", ColumnType.STRING, "submitted (en attente), accepted, refused ou already-exists")
			.requiredColumn("support_count", ColumnType.INTEGER, "Nombre de soutiens")
			.requiredColumn("created_at", ColumnType.DATETIME, "Date de la demande")
			.column("planned_date", ColumnType.DATE, "Date d'ouverture prévue (demande acceptée)")
			.column("legal_ground", ColumnType.STRING, "Motif de refus, code (demande refusée)")
			.column("legal_ground_article", ColumnType.STRING, "Article du code des relations entre le public et l'administration fondant le refus")
			.column("existing_url", ColumnType.STRING, "Où les données sont déjà publiées")
			.column("answer", ColumnType.STRING, "Réponse de l'administration")
			.column("answered_at", ColumnType.DATETIME, "Date de la réponse")
			.column("answering_organisation", ColumnType.STRING, "Organisation qui a répondu")
			.column("url", ColumnType.STRING, "Chemin de la page de la demande")
			.rows("""
					select r.id, r.title, r.description, r.organisation_name as organisation, r.requester_kind, r.status,
					       (select count(*) from catalog_data_request_support s where s.request_id = r.id) as support_count,
					       r.created_at, r.planned_date, r.legal_ground, %s as legal_ground_article, r.existing_url, r.answer,
					       r.answered_at, r.answering_organisation_name as answering_organisation,
					       '/catalogue/demandes/' || r.id as url
					from catalog_data_request r order by r.id""".formatted(LegalGround.articleSql("r.legal_ground")))
			.lastModified("select max(updated_at) from catalog_data_request")
			.withoutPersonalData()
			.build();
	}

	private static OpenDataset spdCalendar() {
		return OpenDataset.builder("catalogue-calendrier-spd")
			.title("Service public de la donnée : calendrier d'ouverture des ministères")
			.description("Pour chaque ministère, les jeux de données à fort impact qu'il s'engage à ouvrir, avec la date "
					+ "prévue et l'état d'avancement (engagement 4 du Plan d'action national 2018-2020).")
			.requiredColumn("id", ColumnType.INTEGER, "Numéro de l'entrée")
			.requiredColumn("organisation", ColumnType.STRING, "Ministère")
			.requiredColumn("title", ColumnType.STRING, "Jeu de données")
			.column("description", ColumnType.STRING, "Ce qu'il contient, pourquoi il compte")
			.requiredColumn("planned_date", ColumnType.DATE, "Date d'ouverture prévue")
			.column("started_on", ColumnType.DATE, "Début des travaux")
			.column("opened_on", ColumnType.DATE, "Date d'ouverture")
			.requiredColumn("status", ColumnType.STRING, "planned, in-progress, opened ou late (date prévue dépassée sans ouverture)")
			.column("dataset_url", ColumnType.STRING, "Où le jeu de données est publié, une fois ouvert")
			.requiredColumn("updated_at", ColumnType.DATETIME, "Dernière mise à jour")
			.rows("""
					select e.id, e.organisation_name as organisation, e.title, e.description, e.planned_date, e.started_on,
					       e.opened_on,
					       case when e.opened_on is not null and e.opened_on <= %1$s then 'opened'
					            when e.planned_date < %1$s then 'late'
					            when e.started_on is not null and e.started_on <= %1$s then 'in-progress'
					            else 'planned' end as status,
					       e.dataset_url, e.updated_at
					from catalog_spd_calendar_entry e order by e.organisation_name, e.planned_date, e.id""".formatted(OpenDataset.TODAY))
			.lastModified("select max(updated_at) from catalog_spd_calendar_entry")
			.withoutPersonalData()
			.build();
	}
}
