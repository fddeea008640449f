package fr.ouvert.catalog.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import fr.ouvert.account.Organisation;
import fr.ouvert.account.Organisations;
import fr.ouvert.catalog.CatalogProperties;
import fr.ouvert.catalog.domain.DatasetDescription;
import fr.ouvert.catalog.domain.Datasets;
import fr.ouvert.catalog.domain.DescribedDatasets;
import fr.ouvert.catalog.domain.ResourceCommand;
import fr.ouvert.catalog.harvest.CkanReader;
import fr.ouvert.catalog.harvest.HarvestedPage;
import fr.ouvert.catalog.harvest.UdataReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The catalog's part of the demo data set ({@code demo-data/catalog}, sources in its README):
 * imported once, on a start with no dataset but the platform's own. A real data.gouv.fr record
 * and three CKAN records of Zurich go through the harvest readers; the SCDL subventions examples
 * are uploaded and validated against their schema, one valid and one with errors.
 */
@Service
public class DemoData {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	static final String JOB = "catalog-demo-data";

	private final CatalogProperties.DemoData settings;
	private final Organisations organisations;
	private final DescribedDatasets described;
	private final Datasets datasets;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;

	DemoData(CatalogProperties properties, Organisations organisations, DescribedDatasets described, Datasets datasets,
			JdbcClient jdbc, TransactionTemplate transactions) {
		this.settings = properties.demoData();
		this.organisations = organisations;
		this.described = described;
		this.datasets = datasets;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** @return whether the demo data was imported now: only on a catalog holding no other dataset */
	public boolean importIfEmpty() throws IOException {
		boolean empty = jdbc.sql("select not exists (select 1 from catalog_dataset where origin <> 'platform')")
			.query(Boolean.class)
			.single();
		if (!settings.enabled() || !empty) {
			return false;
		}
		importAll();
		return true;
	}

	/** Imports (again) the whole demo data; records already there are left as they are. */
	public void importAll() throws IOException {
		HarvestedPage datagouv = UdataReader.read(read("datagouv_api1_dataset.json"),
				"https://www.data.gouv.fr/api/1/datasets/catalogue-des-donnees-de-data-gouv-fr/");
		HarvestedPage zurich = CkanReader.read(read("ckan_package_search_result_zurich_q-verkehr_rows3.json"),
				"https://data.stadt-zuerich.ch/api/3/action/package_search?q=verkehr&rows=3");
		transactions.executeWithoutResult(tx -> {
			Organisation etalab = organisations.ensure("data-gouv-fr", "data.gouv.fr", null, "agency", JOB);
			datagouv.datasets().forEach(d -> described.write(etalab, null, d, "harvest", JOB));
			Organisation stadt = organisations.ensure("stadt-zurich", "Stadt Zürich", null, "local-authority", JOB);
			zurich.datasets().forEach(d -> described.write(stadt, null, d, "harvest", JOB));
		});
		importSubventions();
		log.info("Demo data imported into the catalog");
	}

	/** A sample file: from the configured folder, else from the demo data bundled in the application. */
	private byte[] read(String name) throws IOException {
		if (settings.folder() != null) {
			return Files.readAllBytes(Path.of(settings.folder(), "catalog", name));
		}
		try (InputStream in = new ClassPathResource("demo-data/catalog/" + name).getInputStream()) {
			return in.readAllBytes();
		}
	}

	private void importSubventions() throws IOException {
		DatasetDescription description = new DatasetDescription("demo-scdl-subventions", null, "subventions-exemples-scdl",
				"Subventions : exemples du socle commun des données locales",
				"SCDL", """
						Les deux fichiers d'exemple du schéma SCDL « Subventions » (version 2.1.1), publiés avec le schéma : \
						un fichier conforme (subventions de la ville d'Antibes) et un fichier contenant des erreurs de \
						cellules (Poitiers). Chaque fichier est validé contre le schéma à son dépôt ; le rapport de \
						validation s'affiche sous la ressource.""",
				List.of("subventions", "scdl", "associations"), "lov2", "punctual", java.time.LocalDate.of(2013, 1, 1),
				java.time.LocalDate.of(2017, 12, 31), List.of("country:fr"), "fr:commune", null, null, null, null, List.of());
		java.util.UUID id = transactions.execute(tx -> {
			Organisation odf = organisations.ensure("opendatafrance", "OpenDataFrance", "ODF", "other", JOB);
			described.write(odf, null, description, "manual", JOB);
			return jdbc.sql("select id from catalog_dataset where remote_id = 'demo-scdl-subventions' and harvest_source_id is null")
				.query(java.util.UUID.class)
				.single();
		});
		for (String[] file : List.of(new String[] { "subventions-exemple-valide.csv", "Exemple conforme (Antibes)" },
				new String[] { "subventions-exemple-erreurs-cellules.csv", "Exemple avec des erreurs (Poitiers)" })) {
			boolean present = jdbc.sql("select exists (select 1 from catalog_resource where dataset_id = :id and title = :title)")
				.param("id", id)
				.param("title", file[1])
				.query(Boolean.class)
				.single();
			if (present) {
				continue;
			}
			try (InputStream content = new java.io.ByteArrayInputStream(read(file[0]))) {
				datasets.addFileAsSystem(JOB, id, new ResourceCommand(file[1], "Fichier d'exemple du schéma SCDL subventions 2.1.1",
						"main", null, "csv", "scdl/subventions"), file[0], "text/csv", content);
			}
		}
	}
}
