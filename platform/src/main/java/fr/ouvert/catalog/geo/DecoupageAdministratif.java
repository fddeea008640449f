package fr.ouvert.catalog.geo;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import fr.ouvert.kernel.geo.DecoupageAdministratifFiles;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data of the npm package {@code @etalab/decoupage-administratif} (INSEE's official geographic
 * code, the DGCL's list of EPCI), as the build copies it into the jar: régions, départements,
 * communes and EPCI, turned into {@link GeoZone}s. Only current communes are kept (not the
 * arrondissements of Paris, Lyon and Marseille, nor the communes déléguées or associées, which
 * datasets describe through their commune). The collectivités d'outre-mer, listed by the package
 * among régions and départements, become zones of their own level.
 */
final class DecoupageAdministratif {

	static final String LOCATION = DecoupageAdministratifFiles.LOCATION;
	static final String REGIONS = "regions.json";
	static final String DEPARTEMENTS = "departements.json";
	static final String COMMUNES = "communes.json";
	static final String EPCI = "epci.json";
	private static final List<String> FILES = List.of(REGIONS, DEPARTEMENTS, COMMUNES, EPCI);

	static final String COUNTRY_ID = GeoLevel.COUNTRY.zoneId("fr");
	private static final String OVERSEAS_COLLECTIVITY = "com";
	private static final String CURRENT_COMMUNE = "commune-actuelle";
	private static final String MEMBERS = "membres";

	private record RegionEntry(String code, String nom, String zone) {
	}

	private record DepartementEntry(String code, String nom, String region, String zone) {
	}

	private record CommuneEntry(String code, String nom, String type, String departement, String region, String zone,
			Long population) {
	}

	private record EpciEntry(String code, String nom, Long populationMunicipale, List<String> membres) {
	}

	record Version(String version) {
	}

	private static final ObjectMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final String version;
	private final Map<String, byte[]> files;

	/**
	 * @param version the package's version
	 * @param files the contents of {@value #REGIONS}, {@value #DEPARTEMENTS}, {@value #COMMUNES} and
	 *     {@value #EPCI}, by name
	 */
	DecoupageAdministratif(String version, Map<String, byte[]> files) {
		for (String file : FILES) {
			if (!files.containsKey(file)) {
				throw new GeoSourceException(file + ": missing from the geography source");
			}
		}
		this.version = version;
		this.files = Map.copyOf(files);
	}

	/** The package copied into the jar by the build. */
	static DecoupageAdministratif bundled() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (String file : FILES) {
			files.put(file, resource("data/" + file));
		}
		String version;
		try {
			version = JSON.readValue(resource("package.json"), Version.class).version();
		}
		catch (JacksonException e) {
			throw new GeoSourceException(LOCATION + "package.json: " + e.getOriginalMessage(), e);
		}
		if (version == null || version.isBlank()) {
			throw new GeoSourceException(LOCATION + "package.json: field version missing");
		}
		return new DecoupageAdministratif(version, files);
	}

	String version() {
		return version;
	}

	/** SHA-256 of the version and of every file, each length-prefixed, as 64 hex digits. */
	String checksum() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			update(digest, version.getBytes(StandardCharsets.UTF_8));
			for (String file : FILES) {
				update(digest, files.get(file));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	/**
	 * Every zone: the country, régions, collectivités d'outre-mer, départements, EPCI and current
	 * communes, each with the ids of the zones containing it. Checks the whole source first: a
	 * missing field, a duplicate code or a reference to an unknown zone fails with its place.
	 */
	List<GeoZone> zones() {
		List<RegionEntry> regions = read(REGIONS, (f, at) -> new RegionEntry(f.get("code"), f.get("nom"), f.get("zone")));
		List<DepartementEntry> departements = read(DEPARTEMENTS,
				(f, at) -> new DepartementEntry(f.get("code"), f.get("nom"), f.get("region"), f.get("zone")));
		List<CommuneEntry> communes = read(COMMUNES, (f, at) -> new CommuneEntry(f.get("code"), f.get("nom"), f.get("type"),
				f.get("departement"), f.get("region"), f.get("zone"), at.wholeNumber("population", f.get("population"))));
		List<EpciEntry> epcis = read(EPCI, (f, at) -> new EpciEntry(f.get("code"), f.get("nom"),
				at.wholeNumber("populationMunicipale", f.get("populationMunicipale")), f.members()));

		Map<String, GeoLevel> regionLevels = regionLevels(regions);
		Map<String, String> departementRegions = departementRegions(departements, regionLevels);
		Map<String, String> communeEpcis = communeEpcis(epcis, communes);

		Map<String, Long> populations = new HashMap<>();
		Map<String, Set<String>> epciParents = new HashMap<>();
		List<GeoZone> communeZones = new ArrayList<>();
		Set<String> communeIds = new LinkedHashSet<>();
		for (int i = 0; i < communes.size(); i++) {
			CommuneEntry c = communes.get(i);
			Place at = new Place(COMMUNES, i, c.code());
			at.require("type", c.type());
			if (!CURRENT_COMMUNE.equals(c.type())) {
				continue;
			}
			at.require("code", c.code());
			at.require("nom", c.nom());
			if (!communeIds.add(c.code())) {
				throw at.error("code", "duplicate current commune " + c.code());
			}
			List<String> containers = containers(c, at, regionLevels, departementRegions);
			String epci = communeEpcis.get(c.code());
			List<String> parents = new ArrayList<>();
			if (epci != null) {
				String epciId = GeoLevel.EPCI.zoneId(epci);
				parents.add(epciId);
				epciParents.computeIfAbsent(epciId, k -> new LinkedHashSet<>()).addAll(containers);
			}
			parents.addAll(containers);
			parents.add(COUNTRY_ID);
			if (c.population() != null) {
				for (String container : containers) {
					populations.merge(container, c.population(), Long::sum);
				}
				populations.merge(COUNTRY_ID, c.population(), Long::sum);
			}
			communeZones.add(new GeoZone(GeoLevel.COMMUNE.zoneId(c.code()), GeoLevel.COMMUNE, c.code(), c.nom(), parents,
					c.population()));
		}

		List<GeoZone> zones = new ArrayList<>();
		zones.add(new GeoZone(COUNTRY_ID, GeoLevel.COUNTRY, "fr", "France", List.of(), populations.get(COUNTRY_ID)));
		for (RegionEntry r : regions) {
			GeoLevel level = regionLevels.get(r.code());
			String id = level.zoneId(r.code());
			zones.add(new GeoZone(id, level, r.code(), r.nom(), List.of(COUNTRY_ID), populations.get(id)));
		}
		for (DepartementEntry d : departements) {
			if (departementRegions.containsKey(d.code()) && !OVERSEAS_COLLECTIVITY.equals(d.zone())) {
				String id = GeoLevel.DEPARTEMENT.zoneId(d.code());
				zones.add(new GeoZone(id, GeoLevel.DEPARTEMENT, d.code(), d.nom(),
						List.of(GeoLevel.REGION.zoneId(d.region()), COUNTRY_ID), populations.get(id)));
			}
		}
		for (EpciEntry e : epcis) {
			String id = GeoLevel.EPCI.zoneId(e.code());
			List<String> parents = new ArrayList<>(epciParents.get(id));
			parents.add(COUNTRY_ID);
			zones.add(new GeoZone(id, GeoLevel.EPCI, e.code(), e.nom(), parents, e.populationMunicipale()));
		}
		zones.addAll(communeZones);
		return zones;
	}

	/** The level of each entry of {@value #REGIONS}, by code: région, or collectivité d'outre-mer. */
	private static Map<String, GeoLevel> regionLevels(List<RegionEntry> regions) {
		Map<String, GeoLevel> levels = new HashMap<>();
		for (int i = 0; i < regions.size(); i++) {
			RegionEntry r = regions.get(i);
			Place at = new Place(REGIONS, i, r.code());
			at.require("code", r.code());
			at.require("nom", r.nom());
			GeoLevel level = OVERSEAS_COLLECTIVITY.equals(r.zone()) ? GeoLevel.COLLECTIVITE : GeoLevel.REGION;
			if (levels.put(r.code(), level) != null) {
				throw at.error("code", "duplicate code " + r.code());
			}
		}
		return levels;
	}

	/** The région of each département, by code. */
	private static Map<String, String> departementRegions(List<DepartementEntry> departements,
			Map<String, GeoLevel> regionLevels) {
		Map<String, String> regions = new HashMap<>();
		for (int i = 0; i < departements.size(); i++) {
			DepartementEntry d = departements.get(i);
			Place at = new Place(DEPARTEMENTS, i, d.code());
			at.require("code", d.code());
			at.require("nom", d.nom());
			at.require("region", d.region());
			GeoLevel parent = regionLevels.get(d.region());
			if (OVERSEAS_COLLECTIVITY.equals(d.zone())) {
				// The package repeats each collectivité d'outre-mer as a département of itself.
				if (parent != GeoLevel.COLLECTIVITE || !d.code().equals(d.region())) {
					throw at.error("region", "collectivité d'outre-mer " + d.region() + " is not in " + REGIONS);
				}
				continue;
			}
			if (parent != GeoLevel.REGION) {
				throw at.error("region", "unknown région " + d.region());
			}
			if (regions.put(d.code(), d.region()) != null) {
				throw at.error("code", "duplicate code " + d.code());
			}
		}
		return regions;
	}

	/** The EPCI of each commune member of one, by code; every member must be a current commune. */
	private static Map<String, String> communeEpcis(List<EpciEntry> epcis, List<CommuneEntry> communes) {
		Set<String> currentCommunes = new HashSet<>();
		for (CommuneEntry c : communes) {
			if (CURRENT_COMMUNE.equals(c.type()) && c.code() != null) {
				currentCommunes.add(c.code());
			}
		}
		Map<String, String> communeEpcis = new HashMap<>();
		for (int i = 0; i < epcis.size(); i++) {
			EpciEntry e = epcis.get(i);
			Place at = new Place(EPCI, i, e.code());
			at.require("code", e.code());
			at.require("nom", e.nom());
			if (e.membres().isEmpty()) {
				throw at.error("membres", "no member commune");
			}
			for (String member : e.membres()) {
				if (member == null || !currentCommunes.contains(member)) {
					throw at.error("membres", "unknown current commune " + member);
				}
				String other = communeEpcis.put(member, e.code());
				if (other != null) {
					throw at.error("membres", "commune " + member + " is already a member of EPCI " + other);
				}
			}
		}
		return communeEpcis;
	}

	/** The ids of a commune's département and région, or of its collectivité d'outre-mer. */
	private static List<String> containers(CommuneEntry c, Place at, Map<String, GeoLevel> regionLevels,
			Map<String, String> departementRegions) {
		if (OVERSEAS_COLLECTIVITY.equals(c.zone())) {
			if (regionLevels.get(c.region()) != GeoLevel.COLLECTIVITE) {
				throw at.error("region", "unknown collectivité d'outre-mer " + c.region());
			}
			return List.of(GeoLevel.COLLECTIVITE.zoneId(c.region()));
		}
		String region = departementRegions.get(c.departement());
		if (region == null) {
			throw at.error("departement", "unknown département " + c.departement());
		}
		if (!region.equals(c.region())) {
			throw at.error("region", "région " + c.region() + " but its département " + c.departement()
					+ " is in région " + region);
		}
		return List.of(GeoLevel.DEPARTEMENT.zoneId(c.departement()), GeoLevel.REGION.zoneId(region));
	}

	/**
	 * Reads a file's array of records with a streaming parser (several times faster than binding
	 * them): each record's scalar fields as text, nested objects and arrays skipped except the codes
	 * of an EPCI's {@code membres}.
	 */
	private <T> List<T> read(String file, BiFunction<Fields, Place, T> entry) {
		List<T> entries = new ArrayList<>();
		try (JsonParser parser = JSON.createParser(files.get(file))) {
			if (parser.nextToken() != JsonToken.START_ARRAY) {
				throw located(file, parser, "an array of records expected");
			}
			JsonToken token;
			while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
				Map<String, String> values = new HashMap<>();
				List<String> members = new ArrayList<>();
				for (String name = parser.nextName(); name != null; name = parser.nextName()) {
					JsonToken value = parser.nextToken();
					if (value == JsonToken.START_ARRAY && MEMBERS.equals(name)) {
						readMemberCodes(parser, members);
					}
					else if (value.isStructStart()) {
						parser.skipChildren();
					}
					else if (value != JsonToken.VALUE_NULL) {
						values.put(name, parser.getString());
					}
				}
				Fields fields = new Fields(values, members);
				entries.add(entry.apply(fields, new Place(file, entries.size(), fields.get("code"))));
			}
			if (token != JsonToken.END_ARRAY) {
				throw located(file, parser, "a record (object) expected");
			}
		}
		catch (JacksonException e) {
			throw located(file, e.getLocation(), e.getOriginalMessage(), e);
		}
		return entries;
	}

	private static void readMemberCodes(JsonParser parser, List<String> codes) {
		while (parser.nextToken() == JsonToken.START_OBJECT) {
			String code = null;
			for (String name = parser.nextName(); name != null; name = parser.nextName()) {
				JsonToken value = parser.nextToken();
				if (value.isStructStart()) {
					parser.skipChildren();
				}
				else if ("code".equals(name) && value != JsonToken.VALUE_NULL) {
					code = parser.getString();
				}
			}
			codes.add(code);
		}
	}

	private static GeoSourceException located(String file, JsonParser parser, String problem) {
		return located(file, parser.currentTokenLocation(), problem, null);
	}

	private static GeoSourceException located(String file, TokenStreamLocation location, String problem, Throwable cause) {
		String where = location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
		return new GeoSourceException(file + where + ": " + problem, cause);
	}

	private static byte[] resource(String path) {
		try {
			return DecoupageAdministratifFiles.read(path);
		}
		catch (IOException e) {
			throw new GeoSourceException(e.getMessage(), e);
		}
	}

	private static void update(MessageDigest digest, byte[] bytes) {
		digest.update(ByteBuffer.allocate(Long.BYTES).putLong(bytes.length).array());
		digest.update(bytes);
	}

	/** The scalar fields of a record, as text, and the codes of its members. */
	private record Fields(Map<String, String> values, List<String> members) {

		String get(String name) {
			return values.get(name);
		}
	}

	/** A record of a file: record numbers count from 1, in the order of the file's array. */
	private record Place(String file, int index, String code) {

		void require(String field, String value) {
			if (value == null || value.isBlank()) {
				throw error(field, "missing");
			}
		}

		Long wholeNumber(String field, String text) {
			if (text == null) {
				return null;
			}
			try {
				return Long.valueOf(text);
			}
			catch (NumberFormatException e) {
				throw error(field, "not a whole number: " + text);
			}
		}

		GeoSourceException error(String field, String problem) {
			String record = "record " + (index + 1) + (code == null ? "" : " (code " + code + ")");
			return new GeoSourceException(file + ", " + record + ", field " + field + ": " + problem);
		}
	}
}
