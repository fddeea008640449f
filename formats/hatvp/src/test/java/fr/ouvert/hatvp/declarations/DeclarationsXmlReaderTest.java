package fr.ouvert.hatvp.declarations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class DeclarationsXmlReaderTest {

	static List<Declaration> read(String resource) throws IOException {
		try (InputStream in = DeclarationsXmlReaderTest.class.getResourceAsStream("/declarations/" + resource);
				DeclarationsXmlReader reader = DeclarationsXmlReader.open(in, resource)) {
			List<Declaration> all = new ArrayList<>();
			for (Declaration d = reader.read(); d != null; d = reader.read()) {
				all.add(d);
			}
			return all;
		}
	}

	static List<Declaration> readText(String xml) throws IOException {
		try (DeclarationsXmlReader reader = DeclarationsXmlReader
			.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.xml")) {
			return reader.stream().toList();
		}
	}

	@Test
	void the2017SampleHas48DeclarationsWithTheirMandates() throws IOException {
		List<Declaration> all = read("hatvp_declarations_2017-09_sample.xml");

		assertThat(all).hasSize(48);
		assertThat(all.stream().collect(Collectors.groupingBy(d -> d.general().typeDeclaration(), Collectors.counting())))
			.isEqualTo(Map.of("DI", 43L, "DIA", 5L));
		// The leading U+FEFF of "Membre" in the 2017 file is dropped.
		assertThat(all.stream().collect(Collectors.groupingBy(d -> d.general().typeMandat(), Collectors.counting())))
			.isEqualTo(Map.of("Membre", 30L, "Maire ou adjoint municipal", 13L, "Sénateur", 5L));
		assertThat(all).extracting(Declaration::index).startsWith(1, 2, 3).endsWith(48);
		assertThat(all).extracting(Declaration::uuid).doesNotHaveDuplicates().allMatch(u -> u.length() == 36);
		assertThat(all).allMatch(d -> d.sections().size() == 9 && d.issues().isEmpty());
	}

	@Test
	void theFirstDeclarationIsReadField_by_field() throws IOException {
		Declaration first = read("hatvp_declarations_2017-09_sample.xml").get(0);

		assertThat(first.uuid()).isEqualTo("d9b3d482-4381-43a2-aa7a-a5068bbe39e7");
		assertThat(first.dateDepotText()).isEqualTo("08/07/2017 11:25:16");
		assertThat(first.dateDepot()).isEqualTo(LocalDateTime.of(2017, 7, 8, 11, 25, 16));
		assertThat(first.origine()).isEqualTo("ADEL");
		assertThat(first.section(SectionKind.ACTIVITES_CONSULTANT).orElseThrow().neant()).isTrue();
		assertThat(first.section(SectionKind.ACTIVITES_CONSULTANT).orElseThrow().items()).isEmpty();

		Item activity = first.section(SectionKind.ACTIVITES_PROFESSIONNELLES).orElseThrow().items().get(0);
		assertThat(activity.field("motif/id")).isEqualTo("CREATION");
		assertThat(activity.field("description")).isEqualTo("Co-Exploitant");
		// The redaction is kept where it was, the export's indentation around it dropped.
		assertThat(activity.field("employeur")).isEqualTo("Exploitant Agricole de la SCEA de\n[Données non publiées]");
		assertThat(activity.brutNet()).isEqualTo("Net");
		assertThat(activity.yearlyAmounts()).extracting(Item.YearlyAmount::year).containsExactly(2012, 2013, 2014, 2015, 2016);
		assertThat(activity.yearlyAmounts().get(1).amount()).isEqualTo(new Amount("11795", new BigDecimal("11795")));
		assertThat(activity.fields()).doesNotContainKey("remuneration/montant");

		List<Item> holdings = first.section(SectionKind.PARTICIPATIONS_FINANCIERES).orElseThrow().items();
		assertThat(holdings.get(0).field("nomSociete")).isEqualTo("SCI\n[Données non publiées]");
		assertThat(holdings.get(1).field("remuneration")).isEqualTo("néant");
		assertThat(holdings.get(3).field("remuneration")).isEqualTo("205.22");
		assertThat(holdings).extracting(Item::index).startsWith(1, 2, 3);

		Item spouse = first.section(SectionKind.ACTIVITES_CONJOINT).orElseThrow().items().get(0);
		assertThat(spouse.field("nomConjoint")).isEqualTo(DeclaredText.REDACTED);
		assertThat(first.general().field("declarant/email")).isEqualTo(DeclaredText.REDACTED);
	}

	@Test
	void the2024DeclarationHasItsSections() throws IOException {
		List<Declaration> all = read("hatvp_declaration_DI_2024_single.xml");

		assertThat(all).hasSize(1);
		Declaration d = all.get(0);
		assertThat(d.declarationVersion()).isEqualTo("20171221");
		assertThat(d.general().typeDeclaration()).isEqualTo("DI");
		assertThat(d.general().codTypeMandatFichier()).isEqualTo("departement");
		assertThat(d.general().organe()).isEqualTo("Ain (01)");
		assertThat(d.general().dateDebutMandat()).isEqualTo(LocalDate.of(2024, 11, 4));
		assertThat(d.general().dateFinMandat()).isNull();
		Function<SectionKind, Integer> count = kind -> d.section(kind).orElseThrow().items().size();
		// SOURCES.md says 5 mandatElectifDto items; the file holds 6 <descriptionMandat> (counted with grep).
		assertThat(count.apply(SectionKind.MANDATS_ELECTIFS)).isEqualTo(6);
		assertThat(count.apply(SectionKind.PARTICIPATIONS_DIRIGEANTS)).isEqualTo(5);
		assertThat(count.apply(SectionKind.PARTICIPATIONS_FINANCIERES)).isEqualTo(2);
		// <items> absent: no item, and not "néant" unless said so.
		assertThat(d.section(SectionKind.ACTIVITES_CONSULTANT).orElseThrow().neant()).isTrue();
		assertThat(d.section(SectionKind.COLLABORATEURS).orElseThrow().neant()).isFalse();
		assertThat(d.section(SectionKind.COLLABORATEURS).orElseThrow().items()).isEmpty();
		Item deputy = d.section(SectionKind.MANDATS_ELECTIFS).orElseThrow().items().get(0);
		assertThat(deputy.yearlyAmounts().get(0).amount()).isEqualTo(new Amount("71 105", new BigDecimal("71105")));
	}

	@Test
	void theOriginalXmlOfEachDeclarationIsKeptAndReadsBackTheSame() throws IOException {
		List<Declaration> all = read("hatvp_declarations_2017-09_sample.xml");
		String again = "<declarations>" + all.get(5).xml() + all.get(6).xml() + "</declarations>";

		List<Declaration> reread = readText(again);

		assertThat(all.get(5).xml()).startsWith("<declaration>").endsWith("</declaration>").contains("<dateDepot>");
		assertThat(reread).extracting(Declaration::uuid).containsExactly(all.get(5).uuid(), all.get(6).uuid());
		assertThat(reread.get(0).sections()).isEqualTo(all.get(5).sections());
		assertThat(reread.get(1).general()).isEqualTo(all.get(6).general());
	}

	@Test
	void aNestedDeclarationsWrapperIsTolerated() throws IOException {
		List<Declaration> all = readText("<declarations><declarations>" + minimal("a-1", "01/02/2020 10:00:00", "")
				+ "</declarations>" + minimal("a-2", "01/02/2020", "") + "</declarations>");

		assertThat(all).extracting(Declaration::uuid).containsExactly("a-1", "a-2");
		assertThat(all.get(1).dateDepot()).isEqualTo(LocalDateTime.of(2020, 2, 1, 0, 0));
	}

	@Test
	void unreadableDatesAreKeptAsTextWithAnIssue() throws IOException {
		Declaration d = readText("<declarations>" + minimal("b-1", "hier", "<mandatElectifDto><items><items>"
				+ "<descriptionMandat>Maire</descriptionMandat><dateDebut>2019</dateDebut></items></items>"
				+ "<neant>false</neant></mandatElectifDto>") + "</declarations>").get(0);

		assertThat(d.dateDepot()).isNull();
		assertThat(d.dateDepotText()).isEqualTo("hier");
		assertThat(d.issues()).extracting(DeclarationIssue::path)
			.containsExactly("dateDepot", "mandatElectifDto/items[1]/dateDebut");
		assertThat(d.issues().get(1).message()).isEqualTo("« 2019 » n'est pas un mois mm/aaaa ; texte conservé");
	}

	@Test
	void aDeclarationWithoutUuidIsAnErrorThatSaysWhere() {
		String xml = "<declarations>\n" + minimal("c-1", "01/01/2020 00:00:00", "") + "\n"
				+ minimal("", "01/01/2020 00:00:00", "") + "</declarations>";

		assertThatThrownBy(() -> readText(xml)).hasRootCauseInstanceOf(DeclarationsFormatException.class)
			.rootCause()
			.hasMessage("test.xml, ligne 3, colonne 14, déclaration n° 2, élément declaration/uuid : identifiant (uuid) absent ou vide");
	}

	@Test
	void anotherRootOrBrokenXmlIsAnErrorThatSaysWhere() {
		assertThatThrownBy(() -> readText("<publications></publications>"))
			.cause()
			.isInstanceOf(DeclarationsFormatException.class)
			.hasMessageStartingWith("test.xml, ligne 1, colonne 15, élément publications : l'élément racine doit être <declarations>");
		assertThatThrownBy(() -> readText("<declarations>" + minimal("d-1", "01/01/2020 00:00:00", "") + "<declaration><uuid>x</declarations>"))
			.cause()
			.isInstanceOf(DeclarationsFormatException.class)
			.hasMessageContaining("déclaration n° 2")
			.hasMessageContaining("XML mal formé");
	}

	@Test
	void aDoctypeIsRefused() {
		String xml = "<?xml version=\"1.0\"?><!DOCTYPE declarations [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ "<declarations><declaration><uuid>&x;</uuid></declaration></declarations>";

		assertThatThrownBy(() -> readText(xml)).cause().isInstanceOf(DeclarationsFormatException.class)
			.hasMessageContaining("XML mal formé");
	}

	static String minimal(String uuid, String dateDepot, String sections) {
		return "<declaration><dateDepot>" + dateDepot + "</dateDepot><uuid>" + uuid + "</uuid>" + sections
				+ "<general><typeDeclaration><id>DI</id></typeDeclaration><declarant><nom>X</nom></declarant></general></declaration>";
	}
}
