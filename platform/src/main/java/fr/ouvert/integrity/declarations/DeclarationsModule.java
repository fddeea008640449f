package fr.ouvert.integrity.declarations;

import java.util.List;

import fr.ouvert.kernel.opendata.OpenDataset;
import fr.ouvert.kernel.opendata.OpenDataset.ColumnType;
import fr.ouvert.kernel.web.NavEntry;
import fr.ouvert.kernel.web.OuvertModule;

import org.springframework.stereotype.Component;

/**
 * What the declarations plug into the platform: a navigation entry and two open datasets of aggregates.
 *
 * <p>Personal data: the declarations themselves name public officials, with their incomes and holdings. The law
 * makes HATVP publish them, but the kernel's open datasets must hold no personal data. So the declarations are
 * served as this module's own downloads, like HATVP's files and with the same content (original XML and CSV,
 * {@code /api/1/integrity/declarations/…}). The kernel datasets below hold only counts and sums by declaration
 * type, section and year, with no name, uuid or per-person row.
 */
@Component
class DeclarationsModule implements OuvertModule {

	private static final String LAST_IMPORT = "select max(imported_at) from integrity_declaration_import";
	private static final String DOWNLOADS = " Les déclarations elles-mêmes (XML d'origine et CSV par rubrique) se "
			+ "téléchargent sur /api/1/integrity/declarations/declarations.xml et /api/1/integrity/declarations/csv/{table}.csv.";

	@Override
	public int order() {
		return 45;
	}

	@Override
	public List<NavEntry> navigation() {
		return List.of(new NavEntry("declarations.nav", "declarations.nav.description", "/declarations"));
	}

	@Override
	public List<OpenDataset> datasets() {
		return List.of(sections(), yearlyRemunerations());
	}

	private static OpenDataset sections() {
		return OpenDataset.builder("declarations-interets-rubriques")
			.title("Déclarations d'intérêts : rubriques remplies et « néant »")
			.description("Pour chaque type de déclaration (DI, DIA…) et chaque rubrique, le nombre de déclarations, "
					+ "celles qui cochent « néant » et les éléments déclarés. Agrégats sans donnée personnelle." + DOWNLOADS)
			.requiredColumn("type_declaration", ColumnType.STRING, "Type de déclaration (DI, DIA, DIM, DSP…)")
			.requiredColumn("rubrique", ColumnType.STRING, "Élément XML de la rubrique (mandatElectifDto…)")
			.requiredColumn("declarations", ColumnType.INTEGER, "Déclarations ayant cette rubrique")
			.requiredColumn("neant", ColumnType.INTEGER, "Déclarations qui cochent « néant »")
			.requiredColumn("avec_elements", ColumnType.INTEGER, "Déclarations qui déclarent au moins un élément")
			.requiredColumn("elements", ColumnType.INTEGER, "Éléments déclarés")
			.rows("""
					select d.type_code as type_declaration, s.section as rubrique, count(*) as declarations,
					    count(*) filter (where s.neant) as neant, count(*) filter (where s.items > 0) as avec_elements,
					    sum(s.items) as elements
					from integrity_declaration d join integrity_declaration_section s on s.declaration_id = d.id
					group by 1, 2 order by 1, 2""")
			.lastModified(LAST_IMPORT)
			.withoutPersonalData()
			.build();
	}

	private static OpenDataset yearlyRemunerations() {
		return OpenDataset.builder("declarations-interets-remunerations-annuelles")
			.title("Déclarations d'intérêts : rémunérations déclarées par année et rubrique")
			.description("Pour chaque année et rubrique, le nombre de montants annuels déclarés, ceux qui se lisent "
					+ "comme un nombre sans ambiguïté, et leur somme. Agrégats sans donnée personnelle." + DOWNLOADS)
			.requiredColumn("annee", ColumnType.INTEGER, "Année de la rémunération")
			.requiredColumn("rubrique", ColumnType.STRING, "Élément XML de la rubrique")
			.requiredColumn("montants_declares", ColumnType.INTEGER, "Montants déclarés pour l'année")
			.requiredColumn("montants_lisibles", ColumnType.INTEGER, "Montants lus comme un nombre")
			.column("somme", ColumnType.NUMBER, "Somme des montants lisibles, en euros (net ou brut selon la déclaration)")
			.rows("""
					select a.year as annee, a.section as rubrique, count(*) as montants_declares,
					    count(a.amount) as montants_lisibles, sum(a.amount) as somme
					from integrity_declaration_amount a where a.year is not null
					group by 1, 2 order by 1, 2""")
			.lastModified(LAST_IMPORT)
			.withoutPersonalData()
			.build();
	}
}
