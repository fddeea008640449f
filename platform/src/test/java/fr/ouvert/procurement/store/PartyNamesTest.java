package fr.ouvert.procurement.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.procurement.importing.DecpImports;
import fr.ouvert.procurement.importing.ImportResult;
import fr.ouvert.procurement.importing.SourceSpec;
import fr.ouvert.procurement.observatory.ContractFilters;
import fr.ouvert.procurement.observatory.ContractSearch;
import fr.ouvert.procurement.observatory.ContractSummary;
import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The names buyers and holders were published under, kept by the imports (new contracts and merged copies, only
 * the pairs not written before), and the contract search by a part of a name, which goes through them.
 */
class PartyNamesTest extends PlatformTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	DecpImports imports;

	@Autowired
	ContractSearch search;

	@Autowired
	TransactionTemplate transactions;

	/** In every name and object, so that other tests' contracts never match these searches. */
	private final String marker = Long.toString(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
	private final String buyer = siret();
	private final String joiner = siret();
	private final String carpenter = siret();

	private record Published(String object, String buyerName, String holder, String holderName, int day) {
	}

	@Test
	void aBuyerAndAHolderAreFoundByAPartOfAnyNameTheyWerePublishedUnderAfterTwoImports() throws IOException {
		String commune = "Commune de Kerbihan " + marker;
		String mairie = "Mairie de Kerbihan " + marker;
		String ville = "Ville de Kerbihan " + marker;
		String menuiserie = "Menuiserie Duval " + marker;
		String menuiserieSarl = "MENUISERIE DUVAL SARL " + marker;
		String charpentes = "Charpentes Le Goff " + marker;
		// A platform publishes three contracts, one of them without the buyer's name; two give the same names.
		ImportResult first = importContracts("plateforme", 50, List.of(
				new Published("A1", commune, joiner, menuiserie, 1),
				new Published("A2", null, carpenter, charpentes, 2),
				new Published("A3", commune, joiner, menuiserie, 3)));
		// A consolidator (lower priority) publishes a new contract under other spellings of the buyer and the joiner,
		// a copy of A2 whose buyer's name fills the gap of the stored one, and a copy of A1 with its known names.
		ImportResult second = importContracts("consolidateur", 100, List.of(
				new Published("B1", mairie, joiner, menuiserieSarl, 4),
				new Published("A2", ville, carpenter, charpentes, 2),
				new Published("A1", commune, joiner, menuiserie, 1)));

		assertThat(List.of(first.created(), second.created(), second.updated())).containsExactly(3, 1, 2);
		assertThat(jdbc.sql("select acheteur_nom from procurement_contract where acheteur_id = ? and objet = ?")
			.params(buyer, object("A2")).query(String.class).single()).isEqualTo(ville);
		assertThat(objects(new ContractFilters("kerbihan " + marker, null, null, null, null, null, null, null, null,
				null, null))).containsExactlyInAnyOrder("A1", "A2", "A3", "B1");
		// The name that only the merged copy brought finds the buyer, and so does each other spelling.
		for (String name : List.of(ville, mairie, commune)) {
			assertThat(objects(new ContractFilters(name.toUpperCase(), null, null, null, null, null, null, null, null,
					null, null))).as(name).containsExactlyInAnyOrder("A1", "A2", "A3", "B1");
		}
		assertThat(objects(new ContractFilters(null, "duval sarl " + marker, null, null, null, null, null, null, null,
				null, null))).containsExactlyInAnyOrder("A1", "A3", "B1");
		assertThat(objects(new ContractFilters(null, "le goff " + marker, null, null, null, null, null, null, null,
				null, null))).containsExactly("A2");
		assertThat(objects(new ContractFilters(null, joiner, null, null, null, null, null, null, null, null, null)))
			.containsExactlyInAnyOrder("A1", "A3", "B1");

		// Each pair once, though published by several contracts and both imports.
		assertThat(pairs("select nom from procurement_buyer_name where acheteur_id = ?", buyer))
			.containsExactlyInAnyOrder(commune, mairie, ville);
		assertThat(pairs("select name from procurement_holder_name where identifier = ?", joiner))
			.containsExactlyInAnyOrder(menuiserie, menuiserieSarl);
		assertThat(pairs("select name from procurement_holder_name where identifier = ?", carpenter))
			.containsExactly(charpentes);
	}

	@Test
	void aNameLongerThanTheKeptLengthImportsAndIsFoundByItsStart() throws IOException {
		StringBuilder name = new StringBuilder("Syndicat intercommunal " + marker + " ");
		ThreadLocalRandom random = ThreadLocalRandom.current();
		while (name.length() < 3_000) {
			// Letters that do not compress: a b-tree key this long would make the import fail.
			name.append((char) ('a' + random.nextInt(26)));
		}
		importContracts("long", 50, List.of(new Published("L1", name.toString(), joiner, name.toString(), 1)));

		assertThat(pairs("select nom from procurement_buyer_name where acheteur_id = ?", buyer))
			.containsExactly(name.substring(0, PartyNames.MAX_LENGTH));
		assertThat(pairs("select name from procurement_holder_name where identifier = ?", joiner))
			.containsExactly(name.substring(0, PartyNames.MAX_LENGTH));
		assertThat(objects(new ContractFilters("syndicat intercommunal " + marker, null, null, null, null, null, null,
				null, null, null, null))).containsExactly("L1");
		assertThat(jdbc.sql("select acheteur_nom from procurement_contract where acheteur_id = ?").param(buyer)
			.query(String.class).single()).isEqualTo(name.toString());
	}

	@Test
	void theNamesOfAnImportRolledBackOrDeletedByHandAreWrittenByTheNextImport() throws IOException {
		String commune = "Commune de Lanvéoc " + marker;
		String menuiserie = "Menuiserie Kerhervé " + marker;
		transactions.executeWithoutResult(tx -> {
			try {
				importContracts("annule", 50, List.of(new Published("R1", commune, joiner, menuiserie, 1)));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			tx.setRollbackOnly();
		});
		assertThat(pairs("select nom from procurement_buyer_name where acheteur_id = ?", buyer)).isEmpty();

		importContracts("plateforme", 50, List.of(new Published("R2", commune, joiner, menuiserie, 2)));
		assertThat(pairs("select nom from procurement_buyer_name where acheteur_id = ?", buyer)).containsExactly(commune);
		assertThat(pairs("select name from procurement_holder_name where identifier = ?", joiner))
			.containsExactly(menuiserie);

		jdbc.sql("delete from procurement_buyer_name where acheteur_id = ?").param(buyer).update();
		jdbc.sql("delete from procurement_holder_name where identifier = ?").param(joiner).update();
		importContracts("consolidateur", 100, List.of(new Published("R3", commune, joiner, menuiserie, 3)));
		assertThat(pairs("select nom from procurement_buyer_name where acheteur_id = ?", buyer)).containsExactly(commune);
		assertThat(pairs("select name from procurement_holder_name where identifier = ?", joiner))
			.containsExactly(menuiserie);
	}

	/** The objects (without the marker) of the contracts found. */
	private List<String> objects(ContractFilters filters) {
		return search.search(filters, PageRequest.of(1, 50)).contracts().stream()
			.map(ContractSummary::object)
			.map(object -> object.substring(0, object.indexOf(' ')))
			.toList();
	}

	private List<String> pairs(String sql, String identifier) {
		return jdbc.sql(sql).param(identifier).query(String.class).list();
	}

	private String object(String code) {
		return code + " Travaux " + marker;
	}

	/** Imports these contracts as a DECP 2019 file of a source of its own. */
	private ImportResult importContracts(String source, int priority, List<Published> contracts) throws IOException {
		List<Map<String, Object>> marches = contracts.stream().map(this::marche).collect(Collectors.toList());
		Path file = Files.createTempFile("decp-" + source, ".json");
		Files.writeString(file, JSON.writeValueAsString(Map.of("marches", marches)));
		String code = "t" + marker + "-" + source;
		return imports.importFile(file, new SourceSpec(code, code, priority));
	}

	private Map<String, Object> marche(Published published) {
		Map<String, Object> acheteur = new LinkedHashMap<>();
		acheteur.put("id", buyer);
		if (published.buyerName() != null) {
			acheteur.put("nom", published.buyerName());
		}
		Map<String, Object> marche = new LinkedHashMap<>();
		marche.put("_type", "Marché");
		marche.put("id", "2025" + published.object());
		marche.put("acheteur", acheteur);
		marche.put("nature", "Marché");
		marche.put("objet", object(published.object()));
		marche.put("codeCPV", "45421000-4");
		marche.put("procedure", "Procédure adaptée");
		marche.put("lieuExecution", Map.of("code", "29000", "typeCode", "Code postal", "nom", "Quimper"));
		marche.put("dureeMois", 6);
		marche.put("dateNotification", "2025-03-0" + published.day());
		marche.put("datePublicationDonnees", "2025-03-20");
		marche.put("montant", 40_000 + published.day());
		marche.put("formePrix", "Forfaitaire");
		marche.put("titulaires", List.of(Map.of("typeIdentifiant", "SIRET", "id", published.holder(),
				"denominationSociale", published.holderName())));
		marche.put("modifications", List.of());
		return marche;
	}

	/** A fresh SIRET whose 14 digits and SIREN pass the Luhn check. */
	private static String siret() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String siren = withCheckDigit(Long.toString(random.nextLong(10_000_000L, 99_999_999L)));
		return withCheckDigit(siren + String.format("%04d", random.nextInt(10_000)));
	}

	/** The body followed by the one digit that makes it pass the Luhn check. */
	private static String withCheckDigit(String body) {
		for (int check = 0; check < 10; check++) {
			String candidate = body + check;
			int sum = 0;
			for (int i = 0; i < candidate.length(); i++) {
				int digit = candidate.charAt(candidate.length() - 1 - i) - '0';
				sum += i % 2 == 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit;
			}
			if (sum % 10 == 0) {
				return candidate;
			}
		}
		throw new IllegalStateException("Luhn has a check digit for every body: " + body);
	}
}
