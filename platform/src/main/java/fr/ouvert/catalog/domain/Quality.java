package fr.ouvert.catalog.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * udata's metadata quality score, criterion for criterion ({@code Dataset.compute_quality} in
 * udata/core/dataset/models.py): nine booleans worth one point each, score = points / 9. A
 * criterion that does not apply is absent from {@link #criteria()} and worth no point, as in udata.
 *
 * @param criteria criterion key (udata's) → met; ordered as on data.gouv.fr
 */
public record Quality(Map<String, Boolean> criteria, boolean hasResources, double score) {

	public static final int MAX_SCORE = 9;

	/** udata's QUALITY_DESCRIPTION_LENGTH: a description must be longer than this. */
	public static final int DESCRIPTION_LENGTH = 100;

	/** udata's CLOSED_FORMATS. */
	public static final Set<String> CLOSED_FORMATS = Set.of("pdf", "doc", "docx", "word", "xls", "excel", "xlsx");

	/** One day of grace for harvesting delays before an update counts as late. */
	private static final Duration GRACE = Duration.ofDays(1);

	public static Quality of(Dataset dataset, List<Resource> resources, Instant now) {
		Map<String, Boolean> criteria = new LinkedHashMap<>();
		criteria.put("dataset_description_quality",
				dataset.description() != null && dataset.description().length() > DESCRIPTION_LENGTH);
		boolean hasResources = !resources.isEmpty();
		if (hasResources) {
			criteria.put("resources_documentation", resources.stream()
				.anyMatch(r -> "documentation".equals(r.type()) || (r.description() != null && !r.description().isBlank())));
		}
		criteria.put("license", dataset.licence() != null && !dataset.licence().isBlank());
		Frequency frequency = Frequency.of(dataset.frequency()).orElse(null);
		criteria.put("update_frequency", frequency != null);
		if (frequency != null) {
			criteria.put("update_fulfilled_in_time", fulfilledInTime(frequency, dataset.lastUpdate(), now));
		}
		if (hasResources) {
			criteria.put("has_open_format", !resources.stream().allMatch(r -> closedOrEmpty(r.format())));
			criteria.put("all_resources_available", resources.stream()
				.filter(Resource::remote)
				.allMatch(r -> r.checkAvailable() == null || r.checkAvailable()));
		}
		criteria.put("temporal_coverage", dataset.temporalStart() != null);
		criteria.put("spatial", !dataset.spatialZones().isEmpty());
		long points = criteria.values().stream().filter(Boolean::booleanValue).count();
		return new Quality(criteria, hasResources, (double) points / MAX_SCORE);
	}

	/**
	 * udata: {@code next_update = last_update + delta}; in time when {@code (next_update - now).days
	 * >= -1}. Frequencies without a delta (punctual, irregular, unknown...) are always in time.
	 */
	static boolean fulfilledInTime(Frequency frequency, Instant lastUpdate, Instant now) {
		if (frequency.delta().isEmpty() || lastUpdate == null) {
			return true;
		}
		Instant nextUpdate = lastUpdate.plus(frequency.delta().get());
		// Python's timedelta.days floors towards minus infinity.
		long days = Math.floorDiv(Duration.between(now, nextUpdate).toSeconds(), 86_400L);
		return days >= -GRACE.toDays();
	}

	private static boolean closedOrEmpty(String format) {
		return format == null || format.isBlank() || CLOSED_FORMATS.contains(format.trim().toLowerCase(Locale.ROOT));
	}

	public long points() {
		return criteria.values().stream().filter(Boolean::booleanValue).count();
	}

	/** The criteria not met, i.e. what the producer can fix, in display order. */
	public List<String> toFix() {
		return criteria.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
	}
}
