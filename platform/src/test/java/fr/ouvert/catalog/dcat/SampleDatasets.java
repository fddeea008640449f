package fr.ouvert.catalog.dcat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.ouvert.catalog.domain.DatasetDescription;
import fr.ouvert.catalog.domain.DatasetDescription.ResourceDescription;

/** Datasets for the DCAT tests, and what of them DCAT carries. */
public final class SampleDatasets {

	public static final String SITE = "https://ouvert.example";

	private SampleDatasets() {
	}

	/** Three datasets using every field, each licence kind and frequencies with and without an EU term. */
	public static List<DatasetDescription> datasets() {
		DatasetDescription budget = new DatasetDescription("d1", SITE + "/datasets/d1", "budget-primitif-2024",
				"Budget primitif 2024", "BP", "Le **budget** voté.\n\n- fonctionnement\n- investissement",
				List.of("budget", "finances-locales"), "lov2", "annual", LocalDate.of(2024, 1, 1),
				LocalDate.of(2024, 12, 31), List.of("fr:commune:35238", "fr:departement:35"), "fr:commune",
				Instant.parse("2024-01-15T10:00:00Z"), Instant.parse("2024-03-01T08:30:15.123Z"),
				SITE + "/donnees/budget-primitif-2024", "Rennes Métropole",
				List.of(new ResourceDescription("r1", "budget-2024.csv", "Les lignes du budget", SITE + "/files/budget-2024.csv",
						"main", "csv", "text/csv", 123456L, "sha256",
						"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
						Instant.parse("2024-03-01T08:00:00Z"), "scdl/budget", "0.8.3", true),
						new ResourceDescription("r2", "Notice.pdf", null, SITE + "/files/notice.pdf", "documentation",
								"pdf", "application/pdf", 2048L, "md5", "d41d8cd98f00b204e9800998ecf8427e", null,
								null, null, null)));
		DatasetDescription stops = new DatasetDescription("d2", SITE + "/datasets/d2", null, "Arrêts de bus \"ligne 4\"",
				null, "Ligne 4 & correspondances < 5 min", List.of("transport"), "other-open", "punctual",
				LocalDate.of(2019, 5, 1), null, List.of("country:fr"), null, Instant.parse("2019-05-01T00:00:00Z"), null,
				null, "Keolis", List.of(new ResourceDescription("r3", "API temps réel", "Interroger l'API",
						"https://api.example.org/v1/stops?line=4&format=json", "api", "json", "application/json", null,
						"sha1", "da39a3ee5e6b4b0d3255bfef95601890afd80709", Instant.parse("2020-01-01T12:00:00Z"),
						"https://example.org/schemas/stops.json", null, null)));
		DatasetDescription minutes = new DatasetDescription("d3", null, null, "Délibérations", null, null, List.of(),
				"fr-lo", "threeTimesADay", null, LocalDate.of(2023, 12, 31), List.of(), null, null,
				Instant.parse("2023-12-31T23:59:59Z"), null, null, List.of());
		return List.of(budget, stops, minutes);
	}

	/** What DCAT carries back: not the slug, acronym, granularity nor the link checker's verdict. */
	public static DatasetDescription carried(DatasetDescription d) {
		return new DatasetDescription(d.remoteId(), d.uri(), null, d.title(), null, d.description(), d.tags(),
				d.licence(), d.frequency(), d.temporalStart(), d.temporalEnd(), d.spatialZones(), null, d.createdAt(),
				d.lastModified(), d.landingPage(), d.publisherName(),
				d.resources()
					.stream()
					.map(r -> new ResourceDescription(r.remoteId(), r.title(), r.description(), r.url(), r.type(),
							r.format(), r.mime(), r.filesize(), r.checksumType(), r.checksumValue(), r.lastModified(),
							r.schemaName(), r.schemaVersion(), null))
					.toList());
	}
}
