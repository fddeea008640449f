package fr.ouvert.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The distribution tables measured on the real DECP samples by {@link DecpSampleProfile}, read from the committed
 * {@code decp-profile.json}, as samplers.
 */
final class DecpProfile {

	/** Values with their observed counts; draws a value with its observed frequency. */
	record Table(List<String> values, double[] cumulative) {

		static Table of(JsonNode counts) {
			List<String> values = new ArrayList<>();
			double[] cumulative = new double[counts.size()];
			double sum = 0;
			int i = 0;
			for (Map.Entry<String, JsonNode> e : counts.properties()) {
				values.add(e.getKey().equals("<missing>") ? MISSING : e.getKey());
				sum += e.getValue().asDouble();
				cumulative[i++] = sum;
			}
			return new Table(List.copyOf(values), cumulative);
		}

		/** A value, or {@code null} where the samples had the field missing. */
		String draw(SplittableRandom random) {
			double u = random.nextDouble() * cumulative[cumulative.length - 1];
			int low = 0;
			int high = cumulative.length - 1;
			while (low < high) {
				int mid = (low + high) >>> 1;
				if (cumulative[mid] > u) {
					high = mid;
				}
				else {
					low = mid + 1;
				}
			}
			String v = values.get(low);
			return v == MISSING ? null : v;
		}

		boolean isEmpty() {
			return values.isEmpty();
		}
	}

	/** Marks a value the samples did not have (compared by identity: a real value cannot be this instance). */
	@SuppressWarnings("StringOperationCanBeSimplified")
	private static final String MISSING = new String("<missing>");

	/** Empirical quantiles (0, 1 %, …, 100 %): inverse-CDF sampling with linear interpolation between them. */
	record Quantiles(double[] q) {

		static Quantiles of(JsonNode node) {
			double[] q = new double[node.size()];
			for (int i = 0; i < q.length; i++) {
				q[i] = node.get(i).asDouble();
			}
			return new Quantiles(q);
		}

		double draw(SplittableRandom random) {
			double position = random.nextDouble() * (q.length - 1);
			int low = (int) position;
			int high = Math.min(low + 1, q.length - 1);
			return q[low] + (q[high] - q[low]) * (position - low);
		}

		boolean isEmpty() {
			return q.length == 0;
		}
	}

	/** What one real source file showed. */
	record SourceProfile(String name, JsonNode node, Table natureMarche, Table natureConcession, Table procedureMarche,
			Table procedureConcession, Table formePrix, Table typeIdentifiant, Table lieuTypeCode, Table dureeMois,
			Table titulairesPerContract, Table modificationsPerContract, Quantiles log10Montant,
			Quantiles log10ValeurGlobale, Quantiles publicationDelayDays, Quantiles modificationMontantRatio,
			Quantiles modificationDureeDelta, List<String> badCpvValues) {

		double rate(String name) {
			return node.path(name).asDouble();
		}
	}

	private final JsonNode root;
	private final Map<String, SourceProfile> sources = new HashMap<>();
	private final Table cpv;
	private final Map<String, List<String>> objetsByDivision = new HashMap<>();
	private final Map<String, Table> decp2022 = new HashMap<>();

	private DecpProfile(JsonNode root) {
		this.root = root;
		for (Map.Entry<String, JsonNode> e : root.path("sources").properties()) {
			JsonNode s = e.getValue();
			List<String> bad = new ArrayList<>();
			s.path("badCpvValues").forEach(v -> bad.add(v.asString()));
			sources.put(e.getKey(), new SourceProfile(e.getKey(), s, Table.of(s.path("natureMarche")),
					Table.of(s.path("natureConcession")), Table.of(s.path("procedureMarche")),
					Table.of(s.path("procedureConcession")), Table.of(s.path("formePrix")),
					Table.of(s.path("typeIdentifiant")), Table.of(s.path("lieuTypeCode")), Table.of(s.path("dureeMois")),
					Table.of(s.path("titulairesPerContract")), Table.of(s.path("modificationsPerContract")),
					Quantiles.of(s.path("log10MontantQuantiles")), Quantiles.of(s.path("log10ValeurGlobaleQuantiles")),
					Quantiles.of(s.path("publicationDelayDaysQuantiles")),
					Quantiles.of(s.path("modificationMontantRatioQuantiles")),
					Quantiles.of(s.path("modificationDureeDeltaQuantiles")), List.copyOf(bad)));
		}
		this.cpv = Table.of(root.path("cpv"));
		for (Map.Entry<String, JsonNode> e : root.path("objetsByCpvDivision").properties()) {
			List<String> texts = new ArrayList<>();
			e.getValue().forEach(v -> texts.add(v.asString()));
			objetsByDivision.put(e.getKey(), List.copyOf(texts));
		}
	}

	static DecpProfile load() {
		try (InputStream in = DecpProfile.class.getResourceAsStream("decp-profile.json")) {
			if (in == null) {
				throw new IllegalStateException("decp-profile.json is missing from the bench's resources");
			}
			return new DecpProfile(JsonMapper.builder().build().readTree(in));
		}
		catch (IOException e) {
			throw new IllegalStateException("decp-profile.json cannot be read", e);
		}
	}

	SourceProfile source(String name) {
		SourceProfile p = sources.get(name);
		if (p == null) {
			throw new IllegalArgumentException("No measured source named " + name + " in decp-profile.json");
		}
		return p;
	}

	/** An 8-digit CPV code, with the frequencies of all the 2019 samples together. */
	String cpv(SplittableRandom random) {
		return cpv.draw(random);
	}

	/** A real objet of the same CPV division, or of any division when the samples had none for it. */
	String objet(String cpvCode, SplittableRandom random) {
		List<String> texts = objetsByDivision.get(cpvCode.substring(0, 2));
		if (texts == null) {
			texts = objetsByDivision.get("45");
		}
		return texts.get(random.nextInt(texts.size()));
	}

	/** A table of the 2022-format sample (techniques, modalitesExecution, typesPrix, ccag, formePrix, …). */
	Table decp2022(String field) {
		return decp2022.computeIfAbsent(field, f -> Table.of(root.path("decp2022").path(f)));
	}

	double decp2022Rate(String field) {
		return root.path("decp2022").path(field).asDouble();
	}
}
