package fr.ouvert.catalog;

import java.util.List;

import fr.ouvert.catalog.domain.Dataset;
import fr.ouvert.catalog.domain.DatasetRepository;
import fr.ouvert.catalog.request.DataRequestDatasets;
import fr.ouvert.kernel.opendata.OpenDataset;
import fr.ouvert.kernel.opendata.OpenDataset.ColumnType;
import fr.ouvert.kernel.web.LinkableType;
import fr.ouvert.kernel.web.NavEntry;
import fr.ouvert.kernel.web.OuvertModule;

import org.springframework.stereotype.Component;

/**
 * What the catalog plugs into the platform: its menu entry, its datasets as discussable records,
 * the catalog itself as open data (like data.gouv.fr's {@code /site/datasets.csv} and
 * {@code /site/resources.csv}) and the data requests and SPD calendar.
 */
@Component
class CatalogModule implements OuvertModule {

	private final DatasetRepository datasets;

	CatalogModule(DatasetRepository datasets) {
		this.datasets = datasets;
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public List<NavEntry> navigation() {
		return List.of(new NavEntry("catalog.nav", "catalog.nav.description", "/catalogue"));
	}

	@Override
	public List<LinkableType> linkableTypes() {
		return List.of(new LinkableType(Dataset.LINKABLE_TYPE, id -> datasets.find(id)
			.filter(d -> d.isPublic() && !d.archived())
			.map(d -> new LinkableType.Link(Dataset.LINKABLE_TYPE, d.id().toString(), d.title(), d.path()))));
	}

	@Override
	public List<OpenDataset> datasets() {
		List<OpenDataset> all = new java.util.ArrayList<>(List.of(catalogDatasets(), catalogResources()));
		all.addAll(DataRequestDatasets.all());
		return all;
	}

	private static OpenDataset catalogDatasets() {
		return OpenDataset.builder("catalogue-jeux-de-donnees")
			.title("Catalogue : jeux de données")
			.description("Les jeux de données publics du catalogue, avec leurs métadonnées et leur score de qualité "
					+ "(critères de data.gouv.fr). Les jeux archivés y figurent avec leur date d'archivage.")
			.requiredColumn("id", ColumnType.STRING, "Identifiant (UUID)")
			.requiredColumn("slug", ColumnType.STRING, "Identifiant lisible, dans l'adresse de la page")
			.requiredColumn("title", ColumnType.STRING, "Titre")
			.column("acronym", ColumnType.STRING, "Sigle")
			.requiredColumn("organization", ColumnType.STRING, "Organisation productrice")
			.requiredColumn("organization_id", ColumnType.INTEGER, "Identifiant de l'organisation")
			.column("tags", ColumnType.STRING, "Mots-clés, séparés par « ; »")
			.requiredColumn("license", ColumnType.STRING, "Licence (identifiant udata : lov2, odc-odbl, cc-by...)")
			.column("frequency", ColumnType.STRING, "Fréquence de mise à jour (code udata)")
			.column("temporal_coverage_start", ColumnType.DATE, "Début de la couverture temporelle")
			.column("temporal_coverage_end", ColumnType.DATE, "Fin de la couverture temporelle")
			.column("spatial_zones", ColumnType.STRING, "Zones couvertes (identifiants GeoZone), séparées par « ; »")
			.column("spatial_granularity", ColumnType.STRING, "Granularité spatiale")
			.column("badges", ColumnType.STRING, "Badges (spd, hvd), séparés par « ; »")
			.column("formats", ColumnType.STRING, "Formats des ressources, séparés par « ; »")
			.column("schemas", ColumnType.STRING, "Schémas déclarés par les ressources, séparés par « ; »")
			.requiredColumn("resources_count", ColumnType.INTEGER, "Nombre de ressources")
			.requiredColumn("quality_score", ColumnType.NUMBER, "Score de qualité des métadonnées (0 à 1)")
			.requiredColumn("origin", ColumnType.STRING, "manual (saisi), harvest (moissonné) ou platform (donnée de la plateforme)")
			.requiredColumn("created_at", ColumnType.DATETIME, "Création")
			.requiredColumn("last_update", ColumnType.DATETIME, "Dernière mise à jour des données")
			.column("archived", ColumnType.DATETIME, "Date d'archivage")
			.requiredColumn("url", ColumnType.STRING, "Chemin de la page du jeu de données")
			.rows("""
					select d.id::text, d.slug, d.title, d.acronym, d.organisation_name as organization,
					       d.organisation_id as organization_id, array_to_string(d.tags, ' ; ') as tags,
					       d.licence as license, d.frequency, d.temporal_start as temporal_coverage_start,
					       d.temporal_end as temporal_coverage_end, array_to_string(d.spatial_zones, ' ; ') as spatial_zones,
					       d.spatial_granularity, array_to_string(d.badges, ' ; ') as badges,
					       array_to_string(d.formats, ' ; ') as formats, array_to_string(d.schemas, ' ; ') as schemas,
					       (select count(*) from catalog_resource r where r.dataset_id = d.id) as resources_count,
					       round(d.quality_score::numeric, 4) as quality_score, d.origin, d.created_at, d.last_update,
					       d.archived_at as archived, '/catalogue/jeux/' || d.slug as url
					from catalog_dataset d where d.visibility = 'public' order by d.created_at, d.id""")
			.lastModified("select max(last_modified) from catalog_dataset")
			.withoutPersonalData()
			.build();
	}

	private static OpenDataset catalogResources() {
		return OpenDataset.builder("catalogue-ressources")
			.title("Catalogue : ressources")
			.description("Les fichiers et liens des jeux de données publics du catalogue, avec leur format, leur taille, "
					+ "leur empreinte, leur schéma et le résultat de la dernière vérification de disponibilité.")
			.requiredColumn("id", ColumnType.STRING, "Identifiant (UUID)")
			.requiredColumn("dataset_id", ColumnType.STRING, "Identifiant du jeu de données")
			.requiredColumn("dataset_slug", ColumnType.STRING, "Identifiant lisible du jeu de données")
			.requiredColumn("title", ColumnType.STRING, "Titre")
			.requiredColumn("filetype", ColumnType.STRING, "file (déposé sur la plateforme) ou remote (lien)")
			.requiredColumn("type", ColumnType.STRING, "main, documentation, update, api, code ou other")
			.requiredColumn("url", ColumnType.STRING, "Adresse")
			.column("format", ColumnType.STRING, "Format")
			.column("mime", ColumnType.STRING, "Type MIME")
			.column("filesize", ColumnType.INTEGER, "Taille en octets")
			.column("checksum_type", ColumnType.STRING, "Algorithme de l'empreinte")
			.column("checksum_value", ColumnType.STRING, "Empreinte")
			.column("schema", ColumnType.STRING, "Schéma déclaré")
			.column("available", ColumnType.BOOLEAN, "Disponible à la dernière vérification (vide : jamais vérifiée)")
			.column("checked_at", ColumnType.DATETIME, "Date de la dernière vérification")
			.requiredColumn("last_modified", ColumnType.DATETIME, "Dernière modification")
			.rows("""
					select r.id::text, d.id::text as dataset_id, d.slug as dataset_slug, r.title, r.filetype, r.type,
					       r.url, r.format, r.mime, r.filesize, r.checksum_type, r.checksum_value,
					       r.schema_name as schema, r.check_available as available, r.check_date as checked_at,
					       r.last_modified
					from catalog_resource r join catalog_dataset d on d.id = r.dataset_id
					where d.visibility = 'public' order by d.created_at, d.id, r.position""")
			.lastModified("select max(last_modified) from catalog_resource")
			.withoutPersonalData()
			.build();
	}
}
