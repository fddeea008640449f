package fr.ouvert.integrity.register.domain;

import java.util.List;

import fr.ouvert.kernel.opendata.OpenDataset;
import fr.ouvert.kernel.opendata.OpenDataset.ColumnType;

/**
 * The register's open datasets, served by the kernel. The representatives' directors and staff are named in HATVP's
 * own formats (the downloads named in the descriptions) but in none of these tables, which hold no personal data.
 */
public final class RegisterDatasets {

	private static final String DOWNLOADS = " Le répertoire complet existe aussi dans les formats de la HATVP : "
			+ "JSON (/api/1/integrity/register/agora_repertoire_opendata.json) et les 15 tables CSV des « vues séparées » "
			+ "(/api/1/integrity/register/csv/Vues_Separees.zip).";

	private RegisterDatasets() {
	}

	public static List<OpenDataset> all() {
		return List.of(officialTypes(), representatives(), reports());
	}

	private static OpenDataset officialTypes() {
		return OpenDataset.builder("representants-interets-types-responsables-publics")
			.title("Répertoire des représentants d'intérêts : types de responsables publics")
			.description("La liste des types de responsables publics dont les représentants d'intérêts déclarent "
					+ "l'avoir sollicité (loi n° 2013-907, art. 18-2), avec le nombre d'actions du répertoire qui les visent.")
			.requiredColumn("code", ColumnType.STRING, "Code stable du type de responsable public")
			.requiredColumn("position", ColumnType.INTEGER, "Ordre d'affichage")
			.requiredColumn("libelle", ColumnType.STRING, "Libellé, tel que la HATVP l'écrit")
			.requiredColumn("fondement", ColumnType.STRING, "Fondement juridique")
			.requiredColumn("actions", ColumnType.INTEGER, "Nombre d'actions déclarées visant ce type de responsable")
			.requiredColumn("representants", ColumnType.INTEGER, "Nombre de représentants ayant visé ce type de responsable")
			.rows("""
					select t.code, t.position, t.label as libelle, t.legal_basis as fondement,
					  (select count(*) from integrity_action a where t.code = any(a.official_types)) as actions,
					  (select count(distinct a.representative_id) from integrity_action a where t.code = any(a.official_types)) as representants
					from integrity_official_type t order by t.position""")
			.lastModified("select coalesce(max(updated_at), now()) from integrity_representative")
			.withoutPersonalData()
			.build();
	}

	private static OpenDataset representatives() {
		return OpenDataset.builder("representants-interets")
			.title("Répertoire des représentants d'intérêts")
			.description("Les représentants d'intérêts inscrits : identifiant national, dénomination, catégorie, "
					+ "secteurs, version de leur inscription et retards de leurs rapports d'activité (dus trois mois après la "
					+ "fin de l'exercice)." + DOWNLOADS)
			.requiredColumn("id", ColumnType.INTEGER, "Identifiant sur la plateforme")
			.requiredColumn("type_identifiant_national", ColumnType.STRING, "SIREN, RNA ou HATVP")
			.requiredColumn("identifiant_national", ColumnType.STRING, "Identifiant national")
			.requiredColumn("denomination", ColumnType.STRING, "Dénomination")
			.requiredColumn("categorie", ColumnType.STRING, "Code de la catégorie d'organisation")
			.column("ville", ColumnType.STRING, "Ville")
			.requiredColumn("secteurs", ColumnType.STRING, "Codes des secteurs d'activité, séparés par des virgules")
			.requiredColumn("version", ColumnType.INTEGER, "Numéro de la version en vigueur de l'inscription")
			.requiredColumn("date_premiere_publication", ColumnType.DATETIME, "Première publication")
			.requiredColumn("rapports_en_retard", ColumnType.INTEGER, "Rapports déposés après l'échéance")
			.requiredColumn("rapports_manquants", ColumnType.INTEGER, "Rapports non déposés, échéance passée")
			.rows("""
					select r.id, r.national_id_type as type_identifiant_national, r.national_id as identifiant_national,
					  r.denomination, r.category_code as categorie, r.city as ville, array_to_string(r.sectors, ',') as secteurs,
					  r.version, r.first_published_at as date_premiere_publication,
					  (select count(*) from integrity_exercise e where e.representative_id = r.id and %1$s = 'late') as rapports_en_retard,
					  (select count(*) from integrity_exercise e where e.representative_id = r.id and %1$s = 'missing') as rapports_manquants
					from integrity_representative r order by r.id""".formatted(ReportStatus.SQL))
			.lastModified("select coalesce(max(updated_at), now()) from integrity_representative")
			.withoutPersonalData()
			.build();
	}

	private static OpenDataset reports() {
		return OpenDataset.builder("representants-interets-rapports")
			.title("Répertoire des représentants d'intérêts : rapports d'activité et échéances")
			.description("Un exercice par ligne : dates, échéance du rapport (trois mois après la fin de l'exercice), "
					+ "date de dépôt, statut (on_time, late, missing, due), tranche de dépenses avec sa borne basse "
					+ "(une estimation basse) et nombre d'activités.")
			.requiredColumn("id", ColumnType.INTEGER, "Identifiant de l'exercice sur la plateforme")
			.requiredColumn("representant_id", ColumnType.INTEGER, "Identifiant du représentant")
			.requiredColumn("date_debut", ColumnType.DATE, "Début de l'exercice")
			.requiredColumn("date_fin", ColumnType.DATE, "Fin de l'exercice")
			.requiredColumn("echeance", ColumnType.DATE, "Date limite du rapport")
			.column("date_depot", ColumnType.DATETIME, "Date de dépôt du rapport")
			.requiredColumn("statut", ColumnType.STRING, "on_time, late, missing ou due")
			.column("montant_depense", ColumnType.STRING, "Tranche de dépenses déclarée")
			.column("montant_depense_inf", ColumnType.INTEGER, "Borne basse de la tranche, en euros (estimation basse)")
			.column("montant_depense_sup", ColumnType.INTEGER, "Borne haute (exclue) de la tranche, en euros")
			.requiredColumn("activites", ColumnType.INTEGER, "Nombre d'activités publiées")
			.rows("""
					select e.id, e.representative_id as representant_id, e.date_start as date_debut, e.date_end as date_fin,
					  e.deadline as echeance, e.filed_at as date_depot, %s as statut, e.expense_bracket as montant_depense,
					  e.expense_lower as montant_depense_inf, e.expense_upper as montant_depense_sup,
					  (select count(*) from integrity_activity v where v.exercise_id = e.id) as activites
					from integrity_exercise e order by e.id""".formatted(ReportStatus.SQL))
			.lastModified("select coalesce(max(updated_at), now()) from integrity_representative")
			.withoutPersonalData()
			.build();
	}
}
