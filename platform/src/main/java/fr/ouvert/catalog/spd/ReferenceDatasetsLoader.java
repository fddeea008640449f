package fr.ouvert.catalog.spd;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fr.ouvert.kernel.audit.AuditTrail;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the list of reference datasets shipped with the platform. Idempotent: an unchanged entry
 * is left alone; a changed, new or vanished one is written, with an audit entry. The whole file is
 * checked before anything is written, and written in one transaction.
 */
@Service
class ReferenceDatasetsLoader {

	static final String RESOURCE = "catalog/spd-donnees-de-reference.yaml";
	static final String LOADER = "catalog-spd-loader";

	record ReferenceFile(List<Entry> referenceDatasets) {
	}

	record Entry(String slug, String name, String acronym, String producer, String updateFrequency) {
	}

	/** What a load did. */
	record Outcome(int created, int updated, int removed) {
	}

	/** The file cannot be loaded; each problem says where (file, entry, field) and why. */
	static class ReferenceFileException extends RuntimeException {
		ReferenceFileException(String file, List<String> problems) {
			super(file + ": " + problems.size() + " problem(s)\n  - " + String.join("\n  - ", problems));
		}
	}

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final ObjectMapper yaml = YAMLMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	ReferenceDatasetsLoader(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional
	Outcome loadBundled() {
		return load(new ClassPathResource(RESOURCE));
	}

	@Transactional
	Outcome load(Resource resource) {
		String name = resource.getFilename();
		ReferenceFile file;
		try (InputStream in = resource.getInputStream()) {
			file = yaml.readValue(in, ReferenceFile.class);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (RuntimeException e) {
			throw new ReferenceFileException(name, List.of(e.getMessage()));
		}
		check(name, file);
		int created = 0;
		int updated = 0;
		List<Entry> entries = file.referenceDatasets();
		for (int i = 0; i < entries.size(); i++) {
			Entry e = entries.get(i);
			Optional<Map<String, Object>> before = snapshot(e.slug());
			jdbc.sql("""
					insert into catalog_spd_reference_dataset (slug, position, name, acronym, producer, update_frequency)
					values (?, ?, ?, ?, ?, ?)
					on conflict (slug) do update set position = excluded.position, name = excluded.name,
					    acronym = excluded.acronym, producer = excluded.producer, update_frequency = excluded.update_frequency""")
				.params(e.slug(), i + 1, e.name(), e.acronym(), e.producer(), e.updateFrequency())
				.update();
			Map<String, Object> after = snapshot(e.slug()).orElseThrow();
			if (before.isEmpty()) {
				created++;
				audit.recordSystem(LOADER, "catalog.spd-reference.create", "catalog-spd-reference", e.slug(), null, after);
			}
			else if (!before.get().equals(after)) {
				updated++;
				audit.recordSystem(LOADER, "catalog.spd-reference.update", "catalog-spd-reference", e.slug(), before.get(),
						after);
			}
		}
		Set<String> kept = entries.stream().map(Entry::slug).collect(Collectors.toSet());
		List<String> vanished = jdbc.sql("select slug from catalog_spd_reference_dataset order by slug")
			.query(String.class)
			.list()
			.stream()
			.filter(slug -> !kept.contains(slug))
			.toList();
		for (String slug : vanished) {
			Map<String, Object> before = snapshot(slug).orElseThrow();
			jdbc.sql("delete from catalog_spd_reference_dataset where slug = ?").param(slug).update();
			audit.recordSystem(LOADER, "catalog.spd-reference.remove", "catalog-spd-reference", slug, before, null);
		}
		return new Outcome(created, updated, vanished.size());
	}

	private static void check(String name, ReferenceFile file) {
		List<String> problems = new ArrayList<>();
		if (file == null || file.referenceDatasets() == null || file.referenceDatasets().isEmpty()) {
			throw new ReferenceFileException(name, List.of("reference_datasets: missing or empty"));
		}
		Set<String> slugs = new HashSet<>();
		for (int i = 0; i < file.referenceDatasets().size(); i++) {
			Entry e = file.referenceDatasets().get(i);
			String where = "reference_datasets[" + i + "]" + (e.slug() == null ? "" : " (" + e.slug() + ")");
			if (e.slug() == null || !e.slug().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
				problems.add(where + ".slug: missing or not in kebab case");
			}
			else if (!slugs.add(e.slug())) {
				problems.add(where + ".slug: used twice");
			}
			if (e.name() == null || e.name().isBlank()) {
				problems.add(where + ".name: missing");
			}
			if (e.updateFrequency() == null || e.updateFrequency().isBlank()) {
				problems.add(where + ".update_frequency: missing");
			}
		}
		if (!problems.isEmpty()) {
			throw new ReferenceFileException(name, problems);
		}
	}

	private Optional<Map<String, Object>> snapshot(String slug) {
		return jdbc.sql("select slug, position, name, acronym, producer, update_frequency from catalog_spd_reference_dataset where slug = ?")
			.param(slug)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.map(LinkedHashMap::new);
	}
}
