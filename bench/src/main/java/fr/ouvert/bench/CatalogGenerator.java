package fr.ouvert.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import fr.ouvert.bench.CatalogVocabulary.Theme;
import fr.ouvert.catalog.domain.Slugs;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * A deterministic catalogue of data.gouv.fr's size, written with PostgreSQL COPY: organisations
 * in {@code account_organisation}, datasets in {@code catalog_dataset}, resources in
 * {@code catalog_resource} (the platform's search index is rebuilt from them afterwards). Every dataset
 * draws from its own {@link Random} seeded by (seed, index), so the resources can be written in a
 * second pass, after the datasets they reference, without keeping 700,000 rows in memory, and
 * the dataset's {@code formats} and {@code schemas} are exactly those of its resources.
 */
final class CatalogGenerator {

	/** The sizes of the issue; the largest organisation is udata's fixture's (2,780 datasets). */
	record Sizes(int organisations, int datasets, int resources, int largestOrganisation, int tags) {
		static final Sizes DATA_GOUV = new Sizes(6_000, 75_000, 700_000, 2_800, 3_000);
	}

	/** A producer: its scope (national, région, département, commune) sets its datasets' spatial zone. */
	record Organisation(long id, String slug, String name, String kind, String place, String zone, String granularity,
			int datasets) {
	}

	/** What {@link #load} did, each step timed. */
	record LoadReport(double organisationsSeconds, double datasetsSeconds, double resourcesSeconds, double analyzeSeconds,
			long resources) {
	}

	private static final Instant NOW = Instant.parse("2026-11-27T00:00:00Z");
	private static final Instant FIRST = Instant.parse("2013-12-05T00:00:00Z");
	private static final int CHUNK = 1 << 18;

	private static final String[] LICENCES = { "lov2", "odc-odbl", "cc-by", "notspecified", "other-open", "cc-by-sa", "cc-zero" };
	private static final double[] LICENCE_WEIGHTS = { 55, 15, 8, 12, 5, 3, 2 };
	private static final String[] FREQUENCIES = { null, "annual", "monthly", "irregular", "punctual", "daily", "weekly",
			"quarterly", "semiannual", "continuous", "hourly", "unknown" };
	private static final double[] FREQUENCY_WEIGHTS = { 20, 25, 10, 10, 8, 5, 4, 6, 3, 3, 2, 4 };
	private static final Map<String, String> MIME = Map.ofEntries(Map.entry("csv", "text/csv"),
			Map.entry("json", "application/json"), Map.entry("geojson", "application/geo+json"),
			Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
			Map.entry("pdf", "application/pdf"), Map.entry("zip", "application/zip"), Map.entry("shp", "application/zip"),
			Map.entry("xml", "application/xml"), Map.entry("gtfs", "application/zip"), Map.entry("txt", "text/plain"),
			Map.entry("gpx", "application/gpx+xml"), Map.entry("wms", "text/xml"), Map.entry("wfs", "text/xml"));

	private final Sizes sizes;
	private final long seed;
	private final List<Organisation> organisations;
	private final long[] firstDataset;
	private final List<String> tags;
	private final ZipfSampler tagRanks;
	private final ZipfSampler themes;
	private final int[] resourceCounts;

	/**
	 * @param firstOrganisationId the first free id of {@code account_organisation}
	 * @param takenSlugs the organisations' slugs already in use, which the generated ones avoid
	 */
	CatalogGenerator(Sizes sizes, long seed, long firstOrganisationId, Predicate<String> takenSlugs) {
		this.sizes = sizes;
		this.seed = seed;
		Random random = new Random(seed);
		this.organisations = organisations(random, firstOrganisationId, takenSlugs);
		this.firstDataset = new long[organisations.size() + 1];
		for (int i = 0; i < organisations.size(); i++) {
			firstDataset[i + 1] = firstDataset[i] + organisations.get(i).datasets();
		}
		this.tags = tagVocabulary(random);
		this.tagRanks = ZipfSampler.of(tags.size(), 1.0);
		this.themes = new ZipfSampler(CatalogVocabulary.THEMES.stream().mapToDouble(Theme::weight).toArray());
		this.resourceCounts = resourceCounts(random);
	}

	List<Organisation> organisations() {
		return organisations;
	}

	/** The ~3,000 tags, most used first. */
	List<String> tags() {
		return tags;
	}

	ZipfSampler tagRanks() {
		return tagRanks;
	}

	// ---------------------------------------------------------------- organisations

	/**
	 * Dataset counts follow a Zipf law whose exponent is found so that the largest organisation has
	 * {@code largestOrganisation} datasets and all together {@code datasets}; rounding is settled on
	 * the smallest ones. The largest are national bodies, then régions, départements and local producers.
	 */
	private List<Organisation> organisations(Random random, long firstId, Predicate<String> taken) {
		int n = sizes.organisations();
		double low = 0.1;
		double high = 2;
		for (int i = 0; i < 60; i++) {
			double s = (low + high) / 2;
			double sum = 0;
			for (int r = 1; r <= n; r++) {
				sum += sizes.largestOrganisation() / Math.pow(r, s);
			}
			if (sum > sizes.datasets()) {
				low = s;
			}
			else {
				high = s;
			}
		}
		int[] counts = new int[n];
		long total = 0;
		for (int r = 1; r <= n; r++) {
			counts[r - 1] = Math.max(1, (int) Math.floor(sizes.largestOrganisation() / Math.pow(r, low)));
			total += counts[r - 1];
		}
		for (int i = n - 1; total != sizes.datasets(); i = i == 1 ? n - 1 : i - 1) {
			if (total < sizes.datasets()) {
				counts[i]++;
				total++;
			}
			else if (counts[i] > 1) {
				counts[i]--;
				total--;
			}
		}
		List<Organisation> candidates = new ArrayList<>();
		for (String name : CatalogVocabulary.NATIONAL_BODIES) {
			String kind = name.startsWith("Ministère") ? "ministry"
					: name.startsWith("Secrétariat") ? "secretariat"
					: name.startsWith("Cour") || name.startsWith("Conseil") ? "jurisdiction"
					: name.startsWith("Commission") || name.startsWith("Autorité") ? "independent-authority" : "agency";
			candidates.add(new Organisation(0, Slugs.of(name), name, kind, "France", "country:fr", "country", 0));
		}
		for (String[] region : CatalogVocabulary.REGIONS) {
			candidates.add(new Organisation(0, Slugs.of("Région " + region[1]), "Région " + region[1], "local-authority",
					region[1], "fr:region:" + region[0], "fr:region", 0));
		}
		for (String[] departement : CatalogVocabulary.DEPARTEMENTS) {
			String name = "Département " + departement[1];
			candidates.add(new Organisation(0, Slugs.of(name), name, "local-authority", departement[1],
					"fr:departement:" + departement[0], "fr:departement", 0));
		}
		List<Organisation> locals = new ArrayList<>();
		for (String[] commune : CatalogVocabulary.COMMUNES) {
			List<String[]> names = new ArrayList<>();
			CatalogVocabulary.LOCAL_PRODUCERS.forEach(p -> names.add(new String[] { p.pattern().formatted(commune[0]), p.kind() }));
			for (String school : CatalogVocabulary.SCHOOL_KINDS) {
				CatalogVocabulary.SCHOOL_NAMES.forEach(person -> names.add(new String[] { school + " " + person + " de " + commune[0], "other" }));
			}
			names.forEach(name -> locals.add(new Organisation(0, Slugs.of(name[0]), name[0], name[1], commune[0],
					"fr:departement:" + commune[1], "fr:commune", 0)));
		}
		Collections.shuffle(locals, random);
		candidates.addAll(locals);
		// The platform's own organisations (created by its migrations) keep their slugs.
		List<Organisation> free = candidates.stream().filter(c -> !taken.test(c.slug())).toList();
		if (n > free.size()) {
			throw new IllegalArgumentException("At most " + free.size() + " organisations can be named from the vocabulary, "
					+ n + " asked");
		}
		List<Organisation> result = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			Organisation c = free.get(i);
			result.add(new Organisation(firstId + i, c.slug(), c.name(), c.kind(), c.place(), c.zone(), c.granularity(),
					counts[i]));
		}
		return result;
	}

	// ---------------------------------------------------------------- tags and resource counts

	/** The themes' own tags first (the most used), then place tags, then composite ones up to {@code tags}. */
	private List<String> tagVocabulary(Random random) {
		Set<String> result = new LinkedHashSet<>();
		int longest = CatalogVocabulary.THEMES.stream().mapToInt(t -> t.tags().size()).max().orElse(0);
		for (int i = 0; i < longest; i++) {
			for (Theme theme : CatalogVocabulary.THEMES) {
				if (i < theme.tags().size()) {
					result.add(theme.tags().get(i));
				}
			}
		}
		CatalogVocabulary.REGIONS.forEach(r -> result.add(Slugs.of(r[1])));
		CatalogVocabulary.DEPARTEMENTS.forEach(d -> result.add(Slugs.of(d[1])));
		CatalogVocabulary.COMMUNES.forEach(c -> result.add(Slugs.of(c[0])));
		List<String> composite = new ArrayList<>();
		for (Theme theme : CatalogVocabulary.THEMES) {
			for (String tag : theme.tags()) {
				for (int year = 2014; year <= 2026; year++) {
					composite.add(tag + "-" + year);
				}
				CatalogVocabulary.REGIONS.forEach(r -> composite.add(tag + "-" + Slugs.of(r[1])));
			}
		}
		Collections.shuffle(composite, random);
		for (String tag : composite) {
			if (result.size() >= sizes.tags()) {
				break;
			}
			result.add(tag);
		}
		return List.copyOf(result);
	}

	/** Most datasets have 1–4 resources, some a yearly series, a few hundreds of files; the total is exact. */
	private int[] resourceCounts(Random random) {
		int[] counts = new int[sizes.datasets()];
		long total = 0;
		for (int i = 0; i < counts.length; i++) {
			double p = random.nextDouble();
			counts[i] = p < 0.6 ? 1 + random.nextInt(4)
					: p < 0.9 ? 5 + random.nextInt(16) : (int) Math.round(20 * Math.pow(300 / 20.0, random.nextDouble()));
			total += counts[i];
		}
		double scale = (double) sizes.resources() / total;
		total = 0;
		for (int i = 0; i < counts.length; i++) {
			counts[i] = Math.max(1, (int) Math.round(counts[i] * scale));
			total += counts[i];
		}
		while (total != sizes.resources()) {
			int i = random.nextInt(counts.length);
			if (total < sizes.resources()) {
				counts[i]++;
				total++;
			}
			else if (counts[i] > 1) {
				counts[i]--;
				total--;
			}
		}
		return counts;
	}

	// ---------------------------------------------------------------- datasets

	/** One dataset and what its resources need; rebuilt identically from (seed, index) in both passes. */
	private final class DatasetDraft {
		final int index;
		final Random random;
		final Organisation organisation;
		final Theme theme;
		final UUID id;
		final String subject;
		final String place;
		final String slug;
		final Instant created;
		final List<String> formats = new ArrayList<>();
		final String schema;

		DatasetDraft(int index, Organisation organisation) {
			this.index = index;
			this.random = new Random(seed * 1_000_003L + index);
			this.organisation = organisation;
			this.theme = CatalogVocabulary.THEMES.get(themes.next(random));
			this.id = uuid(random);
			this.subject = pick(theme.subjects());
			this.place = organisation.zone().equals("country:fr") && random.nextBoolean()
					? CatalogVocabulary.REGIONS.get(random.nextInt(CatalogVocabulary.REGIONS.size()))[1]
					: organisation.place();
			this.slug = Slugs.of(subject + " " + place) + "-" + Integer.toString(index, 36);
			this.created = FIRST.plus((long) (random.nextDouble() * ChronoUnit.SECONDS.between(FIRST, NOW)),
					ChronoUnit.SECONDS);
			this.schema = theme.schema() != null && random.nextInt(3) == 0 ? theme.schema() : null;
		}

		<T> T pick(List<T> values) {
			return values.get(random.nextInt(values.size()));
		}

		/** Biased towards the first values: a theme's main format or tag is the most common. */
		<T> T pickFirst(List<T> values) {
			double u = random.nextDouble();
			return values.get((int) (u * u * values.size()));
		}
	}

	private DatasetDraft draft(int index) {
		int o = Arrays.binarySearch(firstDataset, index);
		int organisation = o >= 0 ? o : -o - 2;
		return new DatasetDraft(index, organisations.get(organisation));
	}

	private void writeDataset(DatasetDraft d, CopyText out) {
		Random random = d.random;
		String year = random.nextInt(10) < 4 ? " " + (2014 + random.nextInt(13)) : "";
		String title = d.subject + " – " + d.place + year;
		int target = 100 + (int) (1900 * Math.pow(random.nextDouble(), 2.2));
		StringBuilder description = new StringBuilder(d.theme.sentences().get(0).formatted(d.place));
		while (description.length() < target) {
			double p = random.nextDouble();
			String sentence = p < 0.005
					? "Il comprend aussi des observations sur les "
							+ CatalogVocabulary.RARE_WORDS.get(random.nextInt(CatalogVocabulary.RARE_WORDS.size())) + "."
					: p < 0.62 ? d.pick(d.theme.sentences()).formatted(d.place) : d.pick(CatalogVocabulary.COMMON_SENTENCES);
			if (description.length() + 1 + sentence.length() > 2000) {
				break;
			}
			description.append(random.nextInt(5) == 0 ? "\n\n" : " ").append(sentence);
		}
		Set<String> datasetTags = new LinkedHashSet<>();
		int themeTags = 1 + random.nextInt(3);
		for (int i = 0; i < themeTags; i++) {
			datasetTags.add(d.pickFirst(d.theme.tags()));
		}
		if (random.nextBoolean()) {
			datasetTags.add(Slugs.of(d.place));
		}
		int zipfTags = random.nextInt(5);
		for (int i = 0; i < zipfTags; i++) {
			datasetTags.add(tags.get(tagRanks.next(random)));
		}
		String licence = LICENCES[ZipfSampler.weighted(LICENCE_WEIGHTS, random)];
		String frequency = FREQUENCIES[ZipfSampler.weighted(FREQUENCY_WEIGHTS, random)];
		LocalDate temporalStart = random.nextInt(3) == 0 ? null : LocalDate.of(2010 + random.nextInt(15), 1, 1);
		LocalDate temporalEnd = temporalStart == null || random.nextBoolean() ? null
				: temporalStart.plusYears(1 + random.nextInt(3)).minusDays(1);
		List<String> badges = random.nextInt(100) == 0 ? List.of("hvd") : random.nextInt(300) == 0 ? List.of("spd") : List.of();
		int v = random.nextInt(100);
		String visibility = v < 97 ? "public" : v < 99 ? "private" : "draft";
		Instant archived = random.nextInt(50) == 0 ? d.created.plus(200 + random.nextInt(600), ChronoUnit.DAYS) : null;
		Instant lastModified = between(random, d.created, NOW);
		Instant lastUpdate = between(random, d.created, lastModified);
		long views = (long) Math.exp(4 + 2 * random.nextGaussian());
		long downloads = (long) (views * 0.3 * random.nextDouble());
		Set<String> formats = new LinkedHashSet<>();
		Set<String> schemas = new LinkedHashSet<>();
		resources(d, (position, resourceType, format, schema) -> {
			formats.add(format);
			if (schema != null) {
				schemas.add(schema);
			}
		});
		float quality = random.nextInt(10) / 9f;
		out.uuid(d.id).text(d.slug).text(title).text(null).text(description.toString()).number(d.organisation.id())
			.text(d.organisation.name()).array(datasetTags).text(licence).text(frequency).value(temporalStart)
			.value(temporalEnd).array(List.of(d.organisation.zone())).text(d.organisation.granularity()).array(badges)
			.text(visibility).value(archived).text("manual").value(d.created).value(lastModified).value(lastUpdate)
			.number(views).number(downloads).array(formats).array(schemas).value(quality).endRow();
	}

	interface ResourceShape {
		void accept(int position, String type, String format, String schema);
	}

	/** The resources' types, formats and schemas, drawn from the dataset's own generator in both passes. */
	private void resources(DatasetDraft d, ResourceShape shape) {
		Random random = new Random(seed * 7_000_003L + d.index);
		int count = resourceCounts[d.index];
		for (int position = 0; position < count; position++) {
			int t = position == 0 ? 0 : random.nextInt(100);
			String type = t < 80 ? "main" : t < 90 ? "documentation" : t < 95 ? "update" : t < 98 ? "api" : "other";
			String format = switch (type) {
				case "documentation" -> "pdf";
				case "api" -> "json";
				default -> {
					double u = random.nextDouble();
					yield d.theme.formats().get((int) (u * u * d.theme.formats().size()));
				}
			};
			String schema = d.schema != null && type.equals("main") && (format.equals("csv") || format.equals("json"))
					? d.schema : null;
			shape.accept(position, type, format, schema);
		}
	}

	private void writeResources(DatasetDraft d, CopyText out) {
		Random random = new Random(seed * 11_000_003L + d.index);
		HexFormat hex = HexFormat.of();
		resources(d, (position, type, format, schema) -> {
			UUID id = uuid(random);
			boolean file = random.nextInt(10) < 3;
			String year = Integer.toString(2026 - position % 13);
			String title = switch (type) {
				case "documentation" -> "Documentation et dictionnaire des variables";
				case "api" -> "API " + d.subject;
				default -> d.subject + " " + year + " (" + format.toUpperCase() + ")";
			};
			String url = file ? "https://static.data.gouv.fr/resources/" + d.slug + "/" + year + "-" + position + "." + format
					: "https://data." + d.organisation.slug() + ".fr/explore/" + d.slug + "/" + position + "." + format;
			byte[] checksum = new byte[20];
			random.nextBytes(checksum);
			Instant created = between(random, d.created, NOW);
			out.uuid(id).uuid(d.id).number(position).text(title)
				.text(random.nextInt(4) == 0 ? "Fichier " + format.toUpperCase() + " publié par " + d.organisation.name() + "." : null)
				.text(file ? "file" : "remote").text(type).text(url).text(file ? "bench/" + id : null).text(format)
				.text(MIME.getOrDefault(format, "application/octet-stream"))
				.text(file ? Long.toString((long) Math.exp(10 + 2.5 * random.nextGaussian())) : null).text(file ? "sha1" : null)
				.text(file ? hex.formatHex(checksum) : null).text(schema).text(schema == null ? null : "2.1.1")
				.value(created).value(between(random, created, NOW)).endRow();
		});
	}

	// ---------------------------------------------------------------- COPY

	LoadReport load(Connection connection) throws SQLException {
		var copy = connection.unwrap(PGConnection.class).getCopyAPI();
		long t = System.nanoTime();
		try (CopyText out = new CopyText(copy.copyIn(
				"copy account_organisation (id, slug, name, kind, created_at, updated_at) from stdin"))) {
			for (Organisation o : organisations) {
				out.number(o.id()).text(o.slug()).text(o.name()).text(o.kind()).value(FIRST).value(FIRST).endRow();
			}
		}
		try (var statement = connection.createStatement()) {
			statement.execute("select setval(pg_get_serial_sequence('account_organisation', 'id'), "
					+ "(select max(id) from account_organisation))");
		}
		double organisationsSeconds = BenchSupport.seconds(t);

		t = System.nanoTime();
		try (CopyText out = new CopyText(copy.copyIn("""
				copy catalog_dataset (id, slug, title, acronym, description, organisation_id, organisation_name, tags,
				  licence, frequency, temporal_start, temporal_end, spatial_zones, spatial_granularity, badges, visibility,
				  archived_at, origin, created_at, last_modified, last_update, views, downloads, formats, schemas,
				  quality_score) from stdin"""))) {
			for (int i = 0; i < sizes.datasets(); i++) {
				writeDataset(draft(i), out);
			}
		}
		double datasetsSeconds = BenchSupport.seconds(t);

		t = System.nanoTime();
		long resources;
		try (CopyText out = new CopyText(copy.copyIn("""
				copy catalog_resource (id, dataset_id, position, title, description, filetype, type, url, storage_key,
				  format, mime, filesize, checksum_type, checksum_value, schema_name, schema_version, created_at,
				  last_modified) from stdin"""))) {
			for (int i = 0; i < sizes.datasets(); i++) {
				writeResources(draft(i), out);
			}
			resources = out.rows;
		}
		double resourcesSeconds = BenchSupport.seconds(t);

		t = System.nanoTime();
		try (var statement = connection.createStatement()) {
			statement.execute("analyze account_organisation, catalog_dataset, catalog_resource");
		}
		return new LoadReport(organisationsSeconds, datasetsSeconds, resourcesSeconds, BenchSupport.seconds(t), resources);
	}

	private static UUID uuid(Random random) {
		long high = (random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low);
	}

	private static Instant between(Random random, Instant from, Instant to) {
		long seconds = Math.max(0, ChronoUnit.SECONDS.between(from, to));
		return from.plusSeconds((long) (random.nextDouble() * seconds));
	}

	/**
	 * Rows in COPY's text format, sent in chunks of 256 KiB: tab between columns, {@code \N} for
	 * null, backslash escapes, arrays as {@code {"a","b"}} with their own quoting.
	 */
	static final class CopyText implements AutoCloseable {
		private final CopyIn copy;
		private final StringBuilder row = new StringBuilder(CHUNK + 8192);
		private boolean first = true;
		long rows;

		CopyText(CopyIn copy) {
			this.copy = copy;
		}

		CopyText text(String value) {
			separator();
			if (value == null) {
				row.append("\\N");
			}
			else {
				escape(value);
			}
			return this;
		}

		CopyText value(Object value) {
			return text(value == null ? null : value.toString());
		}

		CopyText number(long value) {
			separator();
			row.append(value);
			return this;
		}

		CopyText uuid(UUID value) {
			return text(value.toString());
		}

		CopyText array(java.util.Collection<String> values) {
			separator();
			row.append('{');
			boolean firstElement = true;
			for (String v : values) {
				if (!firstElement) {
					row.append(',');
				}
				firstElement = false;
				escape('"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"');
			}
			row.append('}');
			return this;
		}

		void endRow() {
			row.append('\n');
			first = true;
			rows++;
			if (row.length() >= CHUNK) {
				flush();
			}
		}

		private void separator() {
			if (!first) {
				row.append('\t');
			}
			first = false;
		}

		private void escape(String value) {
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				switch (c) {
					case '\\' -> row.append("\\\\");
					case '\t' -> row.append("\\t");
					case '\n' -> row.append("\\n");
					case '\r' -> row.append("\\r");
					default -> row.append(c);
				}
			}
		}

		private void flush() {
			byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
			try {
				copy.writeToCopy(bytes, 0, bytes.length);
			}
			catch (SQLException e) {
				throw new IllegalStateException("COPY refused a chunk ending at row " + rows + ": " + e.getMessage(), e);
			}
			row.setLength(0);
		}

		@Override
		public void close() throws SQLException {
			flush();
			copy.endCopy();
		}
	}
}
