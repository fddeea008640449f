package fr.ouvert.catalog.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.ouvert.kernel.web.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;

/**
 * udata's validation error: {@code {"message": "Validation error", "errors": {"field": ["..."]}}},
 * each field under its udata name, with the messages in English as udata's API gives them.
 */
record ValidationErrorJson(String message, int status, Map<String, List<String>> errors) {

	/** The service's field names that udata spells otherwise. */
	private static final Map<String, String> UDATA_FIELDS = Map.of("organisation", "organization", "licence",
			"license", "temporalStart", "temporal_coverage", "temporalEnd", "temporal_coverage", "spatialZones",
			"spatial", "visibility", "private");

	static ResponseEntity<ValidationErrorJson> badRequest(FormErrors formErrors, MessageSource messages) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		formErrors.all().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> errors
			.computeIfAbsent(UDATA_FIELDS.getOrDefault(e.getKey(), e.getKey()), f -> new ArrayList<>())
			.add(messages.getMessage(e.getValue(), null, e.getValue(), Locale.ENGLISH)));
		return ResponseEntity.badRequest().body(new ValidationErrorJson("Validation error", 400, errors));
	}
}
