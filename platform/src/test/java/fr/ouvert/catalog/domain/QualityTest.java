package fr.ouvert.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** udata's nine criteria, one by one, including the cases where a criterion does not apply. */
class QualityTest {

	private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

	private static Dataset.Builder dataset() {
		Dataset.Builder b = new Dataset.Builder();
		b.id = UUID.randomUUID();
		b.slug = "jeu";
		b.title = "Jeu";
		b.description = "";
		b.tags = List.of();
		b.spatialZones = List.of();
		b.badges = List.of();
		b.formats = List.of();
		b.schemas = List.of();
		b.licence = "notspecified";
		b.visibility = "public";
		b.origin = "manual";
		b.lastUpdate = NOW;
		return b;
	}

	private static Resource resource(String filetype, String type, String format, String description, Boolean available) {
		return new Resource(UUID.randomUUID(), UUID.randomUUID(), 0, "r", description, filetype, type, "https://example.org/r",
				null, format, null, null, null, null, null, null, null, available, null, null, NOW, NOW);
	}

	@Test
	void anEmptyDatasetOnlyHasItsLicenceKeyAndNoResourceCriteria() {
		Quality quality = Quality.of(dataset().build(), List.of(), NOW);
		// "notspecified" is a licence reference: udata does not check openness.
		assertThat(quality.criteria()).containsOnlyKeys("dataset_description_quality", "license", "update_frequency",
				"temporal_coverage", "spatial");
		assertThat(quality.points()).isEqualTo(1);
		assertThat(quality.hasResources()).isFalse();
		assertThat(quality.score()).isEqualTo(1.0 / 9);
	}

	@Test
	void aCompleteDatasetScoresNineOutOfNine() {
		Dataset.Builder b = dataset();
		b.description = "x".repeat(101);
		b.licence = "lov2";
		b.frequency = "annual";
		b.lastUpdate = NOW.minusSeconds(86_400 * 100);
		b.temporalStart = LocalDate.of(2020, 1, 1);
		b.spatialZones = List.of("country:fr");
		Quality quality = Quality.of(b.build(),
				List.of(resource("file", "main", "csv", null, null), resource("remote", "documentation", "pdf", null, true)), NOW);
		assertThat(quality.points()).isEqualTo(9);
		assertThat(quality.score()).isEqualTo(1.0);
		assertThat(quality.toFix()).isEmpty();
	}

	@Test
	void theDescriptionMustBeLongerThanOneHundredCharacters() {
		Dataset.Builder b = dataset();
		b.description = "x".repeat(100);
		assertThat(Quality.of(b.build(), List.of(), NOW).criteria()).containsEntry("dataset_description_quality", false);
		b.description = "x".repeat(101);
		assertThat(Quality.of(b.build(), List.of(), NOW).criteria()).containsEntry("dataset_description_quality", true);
	}

	@Test
	void closedFormatsOnlyMissTheOpenFormatPoint() {
		Quality closed = Quality.of(dataset().build(),
				List.of(resource("file", "main", "xlsx", null, null), resource("file", "main", "PDF", null, null),
						resource("file", "main", null, null, null)),
				NOW);
		assertThat(closed.criteria()).containsEntry("has_open_format", false);
		Quality mixed = Quality.of(dataset().build(),
				List.of(resource("file", "main", "xlsx", null, null), resource("file", "main", "csv", null, null)), NOW);
		assertThat(mixed.criteria()).containsEntry("has_open_format", true);
	}

	@Test
	void unavailableRemoteResourcesMissAvailabilityButUncheckedOnesCountAsAvailable() {
		assertThat(Quality.of(dataset().build(), List.of(resource("remote", "main", "csv", null, null)), NOW).criteria())
			.containsEntry("all_resources_available", true);
		assertThat(Quality.of(dataset().build(),
				List.of(resource("remote", "main", "csv", null, true), resource("remote", "main", "csv", null, false)), NOW)
			.criteria()).containsEntry("all_resources_available", false);
		// Uploaded files are not link-checked.
		assertThat(Quality.of(dataset().build(), List.of(resource("file", "main", "csv", null, false)), NOW).criteria())
			.containsEntry("all_resources_available", true);
	}

	@Test
	void aDocumentationResourceOrADescribedResourceDocumentsTheDataset() {
		assertThat(Quality.of(dataset().build(), List.of(resource("file", "main", "csv", null, null)), NOW).criteria())
			.containsEntry("resources_documentation", false);
		assertThat(Quality.of(dataset().build(), List.of(resource("file", "main", "csv", "Colonnes : ...", null)), NOW)
			.criteria()).containsEntry("resources_documentation", true);
		assertThat(Quality.of(dataset().build(), List.of(resource("remote", "documentation", "html", null, null)), NOW)
			.criteria()).containsEntry("resources_documentation", true);
	}

	@Test
	void anUpdateIsInTimeUntilOneDayAfterItIsDue() {
		Frequency weekly = Frequency.WEEKLY;
		Instant last = NOW.minusSeconds(86_400L * 8);
		// Due one day ago: (next - now).days = -1 → still in time.
		assertThat(Quality.fulfilledInTime(weekly, last, NOW)).isTrue();
		// Due one day and one second ago: floor gives -2 → late.
		assertThat(Quality.fulfilledInTime(weekly, last.minusSeconds(86_400 + 1), NOW)).isFalse();
		assertThat(Quality.fulfilledInTime(Frequency.IRREGULAR, Instant.parse("2001-01-01T00:00:00Z"), NOW)).isTrue();
	}

	@Test
	void withoutFrequencyTheInTimeCriterionIsAbsent() {
		assertThat(Quality.of(dataset().build(), List.of(), NOW).criteria()).doesNotContainKey("update_fulfilled_in_time");
	}
}
