package fr.ouvert.kernel.geo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The régions and départements of France (metropolitan and overseas, not the collectivités d'outre-mer), with
 * their names and the région of each département, read once from {@code @etalab/decoupage-administratif}.
 */
@Component
public class FrenchTerritories {

	/** The code the package gives to the collectivités d'outre-mer, which are neither régions nor départements. */
	private static final String OVERSEAS_COLLECTIVITY = "com";

	public record Region(String code, String name) {
	}

	/** @param chefLieu the INSEE code of the commune where the préfecture is */
	public record Departement(String code, String name, String regionCode, String chefLieu) {
	}

	private record Entry(String code, String nom, String region, String chefLieu, String zone) {
	}

	private static final ObjectMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final Map<String, Region> regions = new LinkedHashMap<>();
	private final Map<String, Departement> departements = new LinkedHashMap<>();

	public FrenchTerritories() {
		for (Entry r : entries("data/regions.json")) {
			if (!OVERSEAS_COLLECTIVITY.equals(r.zone())) {
				regions.put(r.code(), new Region(r.code(), r.nom()));
			}
		}
		List<Entry> departementEntries = entries("data/departements.json");
		for (int i = 0; i < departementEntries.size(); i++) {
			Entry d = departementEntries.get(i);
			if (OVERSEAS_COLLECTIVITY.equals(d.zone())) {
				continue;
			}
			if (!regions.containsKey(d.region())) {
				throw new IllegalStateException(DecoupageAdministratifFiles.LOCATION + "data/departements.json, record "
						+ (i + 1) + " (code " + d.code() + "), field region: unknown région " + d.region());
			}
			departements.put(d.code(), new Departement(d.code(), d.nom(), d.region(), d.chefLieu()));
		}
	}

	public List<Region> regions() {
		return regions.values().stream().sorted(Comparator.comparing(Region::name)).toList();
	}

	/** In the order of their codes (01, 02, 2A, 2B, 03… 971…). */
	public List<Departement> departements() {
		return List.copyOf(departements.values());
	}

	public Optional<Region> region(String code) {
		return Optional.ofNullable(code == null ? null : regions.get(code));
	}

	public Optional<Departement> departement(String code) {
		return Optional.ofNullable(code == null ? null : departements.get(code));
	}

	public List<Departement> departementsOf(String regionCode) {
		return departements.values().stream().filter(d -> d.regionCode().equals(regionCode)).toList();
	}

	private static List<Entry> entries(String file) {
		try {
			return List.of(JSON.readValue(DecoupageAdministratifFiles.read(file), Entry[].class));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (JacksonException e) {
			throw new IllegalStateException(DecoupageAdministratifFiles.LOCATION + file + ": " + e.getOriginalMessage(), e);
		}
	}
}
