package fr.ouvert.integrity.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import fr.ouvert.integrity.declarations.DeclarationImports;
import fr.ouvert.procurement.ContractsBySiren;
import fr.ouvert.procurement.ProcurementFixtures;
import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

class SirenLinksTest extends PlatformTest {

	@Autowired
	SirenLinks links;

	@Autowired
	DeclarationImports imports;

	@Test
	void aSirenLinksToItsContractsAsHolderAndAsBuyer() {
		ProcurementFixtures.Inserted fixtures = ProcurementFixtures.insert(jdbc);

		ContractsBySiren.Contracts supplier = links.of(fixtures.supplierSiren(), null).contracts();
		ContractsBySiren.Contracts buyer = links.of(fixtures.buyer().substring(0, 9), null).contracts();

		// Holder: the modified (120 000 in force) and shared (50 000) contracts; the framework agreement of the other
		// establishment (300 000, an estimated maximum) apart.
		assertThat(supplier.asHolder()).isEqualTo(new ContractsBySiren.Side(2, new BigDecimal("170000"), 1,
				new BigDecimal("300000"), "/marches-publics/titulaires/" + fixtures.supplierSiren()));
		assertThat(supplier.asBuyer()).isEqualTo(new ContractsBySiren.Side(0, BigDecimal.ZERO, 0, BigDecimal.ZERO, null));
		assertThat(supplier.any()).isTrue();
		assertThat(buyer.asBuyer()).isEqualTo(new ContractsBySiren.Side(3, new BigDecimal("250000"), 1,
				new BigDecimal("300000"), "/marches-publics/acheteurs/" + fixtures.buyer().substring(0, 9)));
		assertThat(buyer.asHolder().allContracts()).isZero();
		assertThatThrownBy(() -> links.of("1234", null)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void declarationsMentionACompanyBySirenOrByName() throws IOException {
		String siren = Long.toString(100_000_000L + Math.abs(UUID.randomUUID().getMostSignificantBits() % 899_999_999L));
		String company = "Ateliers Réunis " + siren.substring(0, 5);
		String bySiren = UUID.randomUUID().toString();
		String byName = UUID.randomUUID().toString();
		String redacted = UUID.randomUUID().toString();
		String elsewhere = UUID.randomUUID().toString();
		Path file = Files.createTempDirectory("siren-links").resolve("declarations.xml");
		Files.writeString(file, "<declarations>"
				+ declaration(bySiren, holding("Filiale", "Participation dans la société, SIREN " + siren.substring(0, 3) + " "
						+ siren.substring(3, 6) + " " + siren.substring(6)))
				+ declaration(byName, holding("ATELIERS REUNIS " + siren.substring(0, 5), ""))
				+ declaration(redacted, holding("Ateliers\n[Données non publiées]", ""))
				+ declaration(elsewhere, holding(company + " Holding", "")) + "</declarations>");
		imports.importFiles(file, null);

		SirenLinks.Links found = links.of(siren, company);

		assertThat(found.declarations()).extracting(SirenLinks.DeclarationMention::declarationUuid)
			.containsExactlyInAnyOrder(bySiren, byName);
		SirenLinks.DeclarationMention mention = found.declarations().stream().filter(m -> m.declarationUuid().equals(bySiren))
			.findFirst().orElseThrow();
		assertThat(mention.bySiren()).isTrue();
		assertThat(mention.section()).isEqualTo("participationFinanciereDto");
		assertThat(mention.page()).isEqualTo("/declarations/personnes/" + mention.personSlug() + "#declaration-" + bySiren
				+ "-participationFinanciereDto");
		assertThat(links.declarations(siren, null)).extracting(SirenLinks.DeclarationMention::declarationUuid)
			.containsExactly(bySiren);
		assertThat(found.contracts().any()).isFalse();
	}

	private static String holding(String company, String comment) {
		return "<participationFinanciereDto><items><items><motif><id>CREATION</id><label/></motif><commentaire>" + comment
				+ "</commentaire><nomSociete>" + company + "</nomSociete><evaluation>1 000</evaluation></items></items>"
				+ "<neant>false</neant></participationFinanciereDto>";
	}

	private static String declaration(String uuid, String sections) {
		return "<declaration><dateDepot>01/06/2024 09:00:00</dateDepot><uuid>" + uuid + "</uuid>" + sections
				+ "<general><typeDeclaration><id>DI</id></typeDeclaration><declarant><nom>Lien</nom><prenom>Test "
				+ uuid.substring(0, 8) + "</prenom></declarant></general></declaration>";
	}
}
