package fr.ouvert.decp.ocds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import fr.ouvert.decp.Contract;
import fr.ouvert.decp.ContractKind;
import fr.ouvert.decp.Generation;
import fr.ouvert.decp.LieuExecution;
import fr.ouvert.decp.Modification;
import fr.ouvert.decp.Schemas;
import fr.ouvert.decp.Titulaire;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The test pairs of the legacy converter (decp-rama v1, {@code decp2ocds.jq}), with options reproducing its
 * package metadata. Our output must equal the expected files field by field, except for the deliberate
 * differences named below (also listed in the README, section OCDS); the fields we add are not compared.
 */
class OcdsGoldenTest {

	private static final String GOLDEN = "decp2ocds-golden/";
	/** Etalab's prefix, used here only to compare with its archived output: never publish with it. */
	private static final OcdsOptions LEGACY = new OcdsOptions("ocds-78apv2", "Secrétariat Général du Gouvernement",
			"FR-RCS", "12000101100010", "https://www.data.gouv.fr/fr/datasets/r/2a84ffc7-7121-48d2-a28f-85d835ed09a4",
			"https://www.etalab.gouv.fr/licence-ouverte-open-licence",
			"https://www.data.gouv.fr/fr/datasets/5d1a216e6f4441513e89b93e");
	private static final Instant LEGACY_PUBLISHED = OffsetDateTime.parse("2019-01-01T01:01:01+02:00").toInstant();

	private static final Titulaire TECAN = new Titulaire("SIRET", "38024392300089", "TECAN FRANCE SASU");

	/** A deliberate difference: how a legacy expected release becomes ours. */
	private record Deviation(String name, Consumer<ObjectNode> apply) {
	}

	private static final List<Deviation> DEVIATIONS = List.of(
			new Deviation("party ids are FR-DECP-SIRET-{siret}, without -buyer/-supplier suffix; a buyer that is also a"
					+ " supplier is one party with both roles", OcdsGoldenTest::partyIdsWithoutRoleSuffix),
			new Deviation("identifier.id is the SIREN (the RCS key); the SIRET moves to additionalIdentifiers",
					release -> release.get("parties").forEach(party -> {
						ObjectNode identifier = (ObjectNode) party.get("identifier");
						identifier.put("id", identifier.get("id").asString().substring(0, 9));
					})),
			new Deviation("no non-standard decpUID: the uid is in contracts[0].fr_decp.uid",
					release -> release.remove("decpUID")),
			new Deviation("every date is midnight in Paris time (the legacy award date was UTC)",
					release -> release.get("awards").forEach(award -> ((ObjectNode) award).put("date",
							OcdsMapping.dateTime(LocalDate.parse(award.get("date").asString().substring(0, 10)))))),
			new Deviation("a notified contract is active, not pending",
					release -> ((ObjectNode) release.get("contracts").get(0)).put("status", "active")),
			new Deviation("durationInDays counts calendar days from notification (the legacy used 30.5 days a month)",
					release -> {
						ObjectNode awardPeriod = (ObjectNode) release.get("awards").get(0).get("contractPeriod");
						ObjectNode contractPeriod = (ObjectNode) release.get("contracts").get(0).get("period");
						awardPeriod.put("durationInDays", 1186);
						contractPeriod.put("durationInDays", 1186);
					}));

	private static Contract lasat(String id, List<Titulaire> titulaires, List<Modification> modifications) {
		return Contract.builder(ContractKind.MARCHE, Generation.DECP_2019)
				.id(id).acheteurId("20001318300021").acheteurNom("LASAT").nature("Marché")
				.objet("FOURNITURE D'UN AUTOMATE DE SET UP PCR").codeCpv("38950000-9").procedure("Procédure adaptée")
				.lieuExecution(new LieuExecution("19000", "Code postal", "TULLE")).dureeMois(39)
				.dateNotification(LocalDate.parse("2018-12-03")).datePublicationDonnees(LocalDate.parse("2019-04-25"))
				.montant(new BigDecimal("80000")).formePrix("Révisable").titulaires(titulaires)
				.modifications(modifications).build();
	}

	private static final Map<String, Contract> SOURCES = Map.of(
			"001_marche_simple", lasat("2018MAPA20180500", List.of(TECAN), List.of()),
			"001b_duplicate_supplier", lasat("2018MAPA20180500", List.of(TECAN, TECAN), List.of()),
			"003_pas_de_num_sequence_dans_id", lasat("2018MAPA2018059Z", List.of(TECAN), List.of()),
			"005_marche_meme_siret_acheteur_titulaire", lasat("2018MAPA20180500",
					List.of(new Titulaire("SIRET", "20001318300021", "TECAN FRANCE SASU")), List.of()),
			"002_modification_montant", lasat("2018MAPA20180501", List.of(TECAN), List.of(new Modification(1, null,
					"L'objet de la modification", LocalDate.parse("2019-05-19"), LocalDate.parse("2019-05-21"), null,
					new BigDecimal("100000"), null))),
			"002a_modifification_sans_donnees_modifiees", lasat("2018MAPA20180501", List.of(TECAN),
					List.of(new Modification(1, null, "L'objet de la modification", LocalDate.parse("2019-05-19"),
							LocalDate.parse("2019-05-21"), null, null, null))));

	private static JsonNode convert(Contract contract) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (OcdsReleasePackageWriter writer = new OcdsReleasePackageWriter(out, LEGACY, LEGACY_PUBLISHED)) {
			writer.write(contract);
		}
		JsonNode written = Schemas.MAPPER.readTree(out.toByteArray());
		assertThat(Schemas.releasePackageErrors(written)).isEmpty();
		return written;
	}

	@Test
	void unamendedMarchesEqualTheLegacyOutputExceptForTheNamedDeviations() {
		for (String name : List.of("001_marche_simple", "001b_duplicate_supplier", "003_pas_de_num_sequence_dans_id",
				"005_marche_meme_siret_acheteur_titulaire")) {
			ObjectNode expected = (ObjectNode) Schemas.fixture(GOLDEN + "expected/" + name + ".json");
			JsonNode ours = convert(SOURCES.get(name));

			assertThat(Instant.parse(ours.get("publishedDate").asString()))
					.as("%s: publishedDate, same instant written in UTC", name)
					.isEqualTo(OffsetDateTime.parse(expected.get("publishedDate").asString()).toInstant());
			expected.remove("publishedDate");
			ObjectNode release = (ObjectNode) expected.get("releases").get(0);
			DEVIATIONS.forEach(deviation -> deviation.apply().accept(release));
			assertContains(ours, expected, name);
			assertThat(ours.get("releases").get(0).get("contracts").get(0).get("fr_decp").get("uid").asString())
					.isEqualTo(SOURCES.get(name).uid());
		}
	}

	@Test
	void theBuyerThatIsAlsoTheSupplierIsOneParty() {
		JsonNode parties = convert(SOURCES.get("005_marche_meme_siret_acheteur_titulaire")).get("releases").get(0)
				.get("parties");

		assertThat(parties).hasSize(1);
		assertThat(OcdsReleasePackageWriterTest.texts(parties.get(0).get("roles"))).containsExactly("buyer", "supplier");
	}

	@Test
	void amendedMarchesArePublishedWhereTheLegacyConverterSkippedThem() {
		for (String name : List.of("002_modification_montant", "002a_modifification_sans_donnees_modifiees")) {
			assertThat(Schemas.fixture(GOLDEN + "expected/" + name + ".json").has("releases"))
					.as("%s: legacy output has no release", name).isFalse();

			JsonNode releases = convert(SOURCES.get(name)).get("releases");

			assertThat(releases).extracting(release -> release.get("id").asString()).containsExactly(
					"ocds-78apv2-200013183000212018MAPA20180501-00", "ocds-78apv2-200013183000212018MAPA20180501-01");
			assertThat(OcdsReleasePackageWriterTest.texts(releases.get(1).get("tag"))).containsExactly("contractAmendment");
		}
	}

	@Test
	void theArchivedAmendmentOutputAgreesOnValueAndObjectButNotOnIdsAndDate() {
		JsonNode expected = Schemas.fixture(GOLDEN + "expected/002b_modification_montant_puis_titulaire_ARCHIVE.json")
				.get("releases").get(1).get("contracts").get(0);
		JsonNode ours = convert(SOURCES.get("002_modification_montant")).get("releases").get(1).get("contracts").get(0);

		assertThat(ours.get("value")).isEqualTo(expected.get("value"));
		JsonNode legacyAmendment = expected.get("amendments").get(0);
		JsonNode amendment = ours.get("amendments").get(0);
		assertThat(amendment.get("description").asString())
				.as("objetModification: description (what changed), not rationale (why)")
				.isEqualTo(legacyAmendment.get("rationale").asString());
		assertThat(amendment.get("date").asString())
				.as("dated by the modification's notification, not its publication")
				.isEqualTo("2019-05-19T00:00:00+02:00");
		assertThat(legacyAmendment.get("date").asString()).isEqualTo("2019-05-21T00:00:00+02:00");
		assertThat(amendment.get("id").asString())
				.as("the ocid is not stripped of the id's sequence suffix, the amendment id has no 'contrat-'")
				.isEqualTo("ocds-78apv2-200013183000212018MAPA20180501-amendment-1");
		assertThat(legacyAmendment.get("id").asString()).isEqualTo("ocds-78apv2-200013183000212018MAPA201805-contrat-amendment-1");
	}

	private static void partyIdsWithoutRoleSuffix(ObjectNode release) {
		ArrayNode parties = (ArrayNode) release.get("parties");
		ArrayNode merged = parties.arrayNode();
		for (JsonNode party : parties) {
			String id = ourPartyId(party.get("id").asString());
			JsonNode same = null;
			for (JsonNode kept : merged) {
				if (kept.get("id").asString().equals(id)) {
					same = kept;
				}
			}
			if (same == null) {
				ObjectNode copy = (ObjectNode) party.deepCopy();
				copy.put("id", id);
				merged.add(copy);
			} else {
				((ArrayNode) same.get("roles")).addAll((ArrayNode) party.get("roles"));
			}
		}
		release.set("parties", merged);
		ObjectNode buyer = (ObjectNode) release.get("buyer");
		buyer.put("id", ourPartyId(buyer.get("id").asString()));
		release.get("awards").forEach(award -> award.get("suppliers")
				.forEach(supplier -> ((ObjectNode) supplier).put("id", ourPartyId(supplier.get("id").asString()))));
	}

	private static String ourPartyId(String legacy) {
		return legacy.replaceFirst("^FR-RCS-(\\d{14})-(buyer|supplier)$", "FR-DECP-SIRET-$1");
	}

	/** Every field of {@code expected} is in {@code actual} with the same value; arrays have the same size. */
	private static void assertContains(JsonNode actual, JsonNode expected, String path) {
		if (expected.isObject()) {
			assertThat(actual.isObject()).as("%s is an object", path).isTrue();
			for (Map.Entry<String, JsonNode> field : expected.properties()) {
				assertThat(actual.has(field.getKey())).as("%s.%s is present", path, field.getKey()).isTrue();
				assertContains(actual.get(field.getKey()), field.getValue(), path + "." + field.getKey());
			}
		} else if (expected.isArray()) {
			assertThat(actual.isArray()).as("%s is an array", path).isTrue();
			assertThat(actual.size()).as("%s size", path).isEqualTo(expected.size());
			for (int i = 0; i < expected.size(); i++) {
				assertContains(actual.get(i), expected.get(i), path + "[" + i + "]");
			}
		} else if (expected.isNumber()) {
			assertThat(actual.decimalValue()).as(path).isEqualByComparingTo(expected.decimalValue());
		} else {
			assertThat(actual).as(path).isEqualTo(expected);
		}
	}
}
