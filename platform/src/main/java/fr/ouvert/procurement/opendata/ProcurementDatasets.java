package fr.ouvert.procurement.opendata;

import java.util.List;

import fr.ouvert.kernel.opendata.OpenDataset;
import fr.ouvert.kernel.opendata.OpenDataset.ColumnType;

/**
 * The procurement module's open datasets, served by the kernel (CSV, JSON, paged API, Table Schema) and listed in
 * the catalogue. The kernel has no field for extra downloads, so the DECP and OCDS files are named in the
 * descriptions.
 * <p>Personal data: holders are given by their identifier only, as the DECP publish them (a SIRET, also for sole
 * traders: the law requires its publication, and DECP 2022 dropped the holders' names for that reason); no holder
 * name is published here. Buyers are public bodies.
 */
public final class ProcurementDatasets {

	private static final String DOWNLOADS = " Les mêmes contrats existent aux formats DECP 2022 (/api/1/procurement/decp.json), "
			+ "CSV à plat (/api/1/procurement/decp.csv) et OCDS 1.1 (/api/1/procurement/ocds/releases.json ; par période : "
			+ "/api/1/procurement/ocds/releases?from=&to= et /api/1/procurement/ocds/records?from=&to=).";

	private static final String FLAGS_COMPUTED = "select max(computed_at) from procurement_flag_computation";

	private ProcurementDatasets() {
	}

	public static List<OpenDataset> all() {
		return List.of(contracts(), contractFlags(), buyerFlags());
	}

	private static OpenDataset contracts() {
		return OpenDataset.builder("marches-publics-contrats")
			.title("Marchés publics : contrats consolidés (DECP)")
			.description("Les données essentielles des marchés publics et des contrats de concession, consolidées depuis "
					+ "toutes les sources importées et dédoublonnées : une ligne par contrat, avec les valeurs initiales "
					+ "et celles en vigueur après la dernière modification. Les titulaires sont donnés par leur "
					+ "identifiant, comme les DECP les publient ; leurs noms ne le sont pas." + DOWNLOADS)
			.requiredColumn("id", ColumnType.INTEGER, "Identifiant du contrat sur la plateforme")
			.requiredColumn("uid", ColumnType.STRING, "Identifiant unique DECP (SIRET de l'acheteur + identifiant)")
			.requiredColumn("kind", ColumnType.STRING, "marche ou concession")
			.requiredColumn("generation", ColumnType.STRING, "Format de publication : 2019 (schémas 1.x) ou 2022 (2.0.x)")
			.requiredColumn("decp_id", ColumnType.STRING, "Identifiant du contrat chez l'acheteur")
			.requiredColumn("acheteur_id", ColumnType.STRING, "SIRET de l'acheteur ou de l'autorité concédante")
			.column("acheteur_nom", ColumnType.STRING, "Nom de l'acheteur, quand la source le donne")
			.column("nature", ColumnType.STRING, "Nature du contrat")
			.column("objet", ColumnType.STRING, "Objet du contrat")
			.column("code_cpv", ColumnType.STRING, "Code CPV")
			.column("procedure", ColumnType.STRING, "Procédure de passation, telle que publiée")
			.column("lieu_code", ColumnType.STRING, "Code du lieu d'exécution")
			.column("lieu_type_code", ColumnType.STRING, "Type de ce code (code postal, commune, département…)")
			.column("departement", ColumnType.STRING, "Département (code INSEE) déduit du lieu d'exécution")
			.column("date_notification", ColumnType.DATE, "Date de notification (de signature pour une concession)")
			.column("date_publication", ColumnType.DATE, "Date de première publication des données")
			.column("montant", ColumnType.NUMBER, "Montant initial en euros HT (valeur globale d'une concession)")
			.column("duree_mois", ColumnType.INTEGER, "Durée initiale en mois")
			.column("montant_actuel", ColumnType.NUMBER, "Montant après la dernière modification")
			.column("duree_mois_actuelle", ColumnType.INTEGER, "Durée après la dernière modification")
			.requiredColumn("modifications", ColumnType.INTEGER, "Nombre de modifications publiées")
			.column("forme_prix", ColumnType.STRING, "Forme du prix")
			.column("offres_recues", ColumnType.INTEGER, "Nombre d'offres reçues (DECP 2022)")
			.column("titulaires", ColumnType.STRING, "Identifiants des titulaires en vigueur, séparés par « ; »")
			.column("signaux", ColumnType.STRING, "Codes des signaux d'alerte levés, séparés par « ; » (voir /marches-publics/signaux)")
			.requiredColumn("sources", ColumnType.STRING, "Sources qui ont publié le contrat, séparées par « ; »")
			.rows("""
					select c.id, c.uid, c.kind, c.generation, c.decp_id, c.acheteur_id, c.acheteur_nom, c.nature, c.objet,
					       c.code_cpv, c.procedure, c.lieu_code, c.lieu_type_code, c.departement, c.date_notification,
					       c.date_publication, c.montant, c.duree_mois,
					       coalesce(c.current_montant, c.montant) as montant_actuel,
					       coalesce(c.current_duree_mois, c.duree_mois) as duree_mois_actuelle,
					       c.modification_count as modifications, c.forme_prix, c.offres_recues,
					       (select string_agg(t.identifier, ' ; ' order by t.position) from procurement_titulaire t
					        where t.contract_id = c.id) as titulaires,
					       (select string_agg(f.code, ' ; ' order by f.code) from procurement_flag f
					        where f.contract_id = c.id) as signaux,
					       array_to_string(c.sources, ' ; ') as sources
					from procurement_contract c order by c.id""")
			.lastModified("select max(updated_at) from procurement_contract")
			.withoutPersonalData()
			.build();
	}

	private static OpenDataset contractFlags() {
		return OpenDataset.builder("marches-publics-signaux-contrats")
			.title("Marchés publics : signaux d'alerte des contrats")
			.description("Chaque signal d'alerte levé sur un contrat (offre unique, hausse du montant par avenant, "
					+ "publication tardive…), avec la valeur mesurée. Un signal n'est pas une irrégularité ; les "
					+ "formules sont expliquées sur /marches-publics/signaux. Recalculé après chaque import.")
			.requiredColumn("contract_id", ColumnType.INTEGER, "Identifiant du contrat (colonne id des contrats)")
			.requiredColumn("uid", ColumnType.STRING, "Identifiant unique DECP du contrat")
			.requiredColumn("acheteur_id", ColumnType.STRING, "SIRET de l'acheteur")
			.requiredColumn("code", ColumnType.STRING, "Code du signal")
			.column("value", ColumnType.NUMBER, "Valeur mesurée (ratio, jours, mois, score…), selon le signal")
			.rows("""
					select f.contract_id, c.uid, c.acheteur_id, f.code, f.value
					from procurement_flag f join procurement_contract c on c.id = f.contract_id
					order by f.contract_id, f.code""")
			.lastModified(FLAGS_COMPUTED)
			.withoutPersonalData()
			.build();
	}

	private static OpenDataset buyerFlags() {
		return OpenDataset.builder("marches-publics-signaux-acheteurs")
			.title("Marchés publics : signaux d'alerte des acheteurs par année")
			.description("Les taux et indices d'un acheteur pour une année de notification qui sortent de l'ordinaire : "
					+ "taux d'offres uniques, part des marchés sans mise en concurrence, concentration des titulaires. "
					+ "Formules sur /marches-publics/signaux. Recalculé après chaque import.")
			.requiredColumn("acheteur_id", ColumnType.STRING, "SIRET de l'acheteur")
			.requiredColumn("year", ColumnType.INTEGER, "Année de notification")
			.requiredColumn("code", ColumnType.STRING, "Code du signal")
			.requiredColumn("value", ColumnType.NUMBER, "Taux, part ou indice mesuré")
			.requiredColumn("contracts", ColumnType.INTEGER, "Nombre de contrats sur lesquels il est calculé")
			.rows("select acheteur_id, year, code, value, contracts from procurement_buyer_flag order by acheteur_id, year, code")
			.lastModified(FLAGS_COMPUTED)
			.withoutPersonalData()
			.build();
	}
}
