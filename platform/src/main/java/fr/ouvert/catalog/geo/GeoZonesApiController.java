package fr.ouvert.catalog.geo;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.ouvert.kernel.web.BadRequestException;
import fr.ouvert.kernel.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * udata's spatial API, read only, for the zones of the French official geography: the same paths
 * and fields as data.gouv.fr, so its clients read them as they are. Zones are served without their
 * geometry (the platform does not hold contours): every feature's {@code geometry} is {@code null},
 * as GeoJSON allows.
 */
@RestController
@RequestMapping("/api/1/spatial")
@Tag(name = "Zones géographiques", description = "Communes, EPCI, départements, régions : identifiants et noms")
class GeoZonesApiController {

	static final int MAX_SUGGESTIONS = 100;

	record ZoneProperties(String id, String name, String code, String level, List<String> parents, Long population) {
	}

	record Feature(String type, String id,
			@Schema(description = "Toujours null : les zones sont servies sans leur contour", nullable = true) Object geometry,
			ZoneProperties properties) {
	}

	record FeatureCollection(String type, List<Feature> features) {
	}

	record Suggestion(String id, String name, String code, String level,
			@Schema(description = "Le nom à afficher : une commune avec le code de son département, « Rennes (35) »") String label) {
	}

	record Level(String id, String name) {
	}

	private final GeoZones zones;
	private final MessageSource messages;

	GeoZonesApiController(GeoZones zones, MessageSource messages) {
		this.zones = zones;
		this.messages = messages;
	}

	@GetMapping("/zones/{ids}")
	@Operation(summary = "Des zones par leurs identifiants, en GeoJSON (sans géométrie)")
	FeatureCollection zones(
			@Parameter(description = "Identifiants séparés par des virgules, fr:commune:35238,fr:region:53") @PathVariable List<String> ids) {
		List<String> wanted = ids.stream().map(String::strip).filter(id -> !id.isEmpty()).distinct().toList();
		if (wanted.isEmpty()) {
			throw new BadRequestException("ids", "must name at least one zone");
		}
		Map<String, GeoZone> found = zones.findAll(wanted);
		List<String> unknown = wanted.stream().filter(id -> !found.containsKey(id)).toList();
		if (!unknown.isEmpty()) {
			throw new NotFoundException("Unknown zone(s): " + String.join(", ", unknown));
		}
		return new FeatureCollection("FeatureCollection", found.values().stream()
			.map(z -> new Feature("Feature", z.id(), null,
					new ZoneProperties(z.id(), z.name(), z.code(), z.level().id(), z.parents(), z.population())))
			.toList());
	}

	@GetMapping("/zones/suggest")
	@Operation(summary = "Les zones dont le nom commence par le texte (sans accents ni majuscules) ou dont le code est le texte")
	List<Suggestion> suggest(@Parameter(description = "Début du nom, ou code") @RequestParam(defaultValue = "") String q,
			@Parameter(description = "Nombre de suggestions, de 1 à " + MAX_SUGGESTIONS) @RequestParam(defaultValue = "10") int size) {
		if (q.isBlank()) {
			throw new BadRequestException("q", "must not be blank");
		}
		if (size < 1 || size > MAX_SUGGESTIONS) {
			throw new BadRequestException("size", "must be between 1 and " + MAX_SUGGESTIONS);
		}
		return zones.suggest(q, size).stream()
			.map(z -> new Suggestion(z.id(), z.name(), z.code(), z.level().id(), z.label()))
			.toList();
	}

	@GetMapping("/levels")
	@Operation(summary = "Les niveaux de zones, du pays à la commune")
	List<Level> levels(Locale locale) {
		return zones.levels().stream()
			.map(l -> new Level(l.id(), messages.getMessage(l.messageKey(), null, locale)))
			.toList();
	}
}
