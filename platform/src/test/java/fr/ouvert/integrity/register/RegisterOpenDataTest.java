package fr.ouvert.integrity.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import fr.ouvert.hatvp.register.Exercice;
import fr.ouvert.hatvp.register.Publication;
import fr.ouvert.hatvp.register.RegisterJsonReader;
import fr.ouvert.hatvp.register.RegisterReadReport;
import fr.ouvert.integrity.register.importing.RegisterImports;
import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** What the register publishes: HATVP's JSON shape read back by the library, the Atom feed, the open datasets. */
class RegisterOpenDataTest extends PlatformTest {

	@Autowired
	RegisterImports imports;

	@Test
	void theHatvpJsonDownloadGivesBackTheSampleInHatvpShape() throws Exception {
		RegisterFixtures.importSample(imports);
		Map<String, int[]> expected = new HashMap<>();
		try (var in = new ClassPathResource(RegisterFixtures.SAMPLE).getInputStream()) {
			new RegisterJsonReader().read(in, "sample", p -> expected.put(p.identifiantNational(),
					new int[] { p.exercices().size(), p.exercices().stream().mapToInt(e -> e.activites().size()).sum() }));
		}
		MvcResult async = mvc.perform(get("/api/1/integrity/register/agora_repertoire_opendata.json")).andReturn();
		MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.asyncDispatch(async)).andReturn().getResponse();
		byte[] body = response.getContentAsByteArray();
		assertThat(new String(body, 0, 16, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("{\"publications\":");
		assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("\"reponsablesPublics\"")
			.contains("\"publicationCourante\"");
		Map<String, int[]> exported = new HashMap<>();
		RegisterReadReport read = new RegisterJsonReader().read(new ByteArrayInputStream(body), "export", p -> {
			if (expected.containsKey(p.identifiantNational())) {
				exported.put(p.identifiantNational(), new int[] { p.exercices().size(),
						p.exercices().stream().mapToInt(e -> e.activites().size()).sum() });
				assertThat(p.exercices()).allSatisfy(e -> assertThat(e.dateFin()).isNotNull());
				assertThat(p.exercices().stream().map(Exercice::defautDeclaration)).doesNotContainNull();
			}
		});
		assertThat(read.shape()).isEqualTo(RegisterReadReport.Shape.HATVP_JSON);
		assertThat(exported).hasSameSizeAs(expected);
		// A representative of both samples holds both samples' financial years (other tests import the CSV slice).
		java.util.Set<String> inBoth = RegisterFixtures.csvIds();
		expected.forEach((id, counts) -> {
			if (!inBoth.contains(id)) {
				assertThat(exported.get(id)).as(id).containsExactly(counts);
			}
		});
	}

	@Test
	void theFifteenCsvTablesAreServedInHatvpShapeOneByOneAndZipped() throws Exception {
		RegisterFixtures.importCsvSlice(imports);
		MvcResult async = mvc.perform(get("/api/1/integrity/register/csv/15_exercices.csv")).andReturn();
		String exercices = mvc.perform(MockMvcRequestBuilders.asyncDispatch(async)).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(exercices.lines().findFirst().orElseThrow()).isEqualTo(String.join(";",
				fr.ouvert.hatvp.register.RegisterCsvTable.EXERCICES.columns()));
		assertThat(mvc.perform(get("/api/1/integrity/register/csv/16_inconnue.csv")).andReturn().getResponse().getStatus())
			.isEqualTo(404);

		MvcResult zipAsync = mvc.perform(get("/api/1/integrity/register/csv/Vues_Separees.zip")).andReturn();
		byte[] zip = mvc.perform(MockMvcRequestBuilders.asyncDispatch(zipAsync)).andReturn().getResponse().getContentAsByteArray();
		java.nio.file.Path file = java.nio.file.Files.createTempFile("Vues_Separees", ".zip");
		java.nio.file.Files.write(file, zip);
		Map<String, Integer> activities = new HashMap<>();
		RegisterReadReport read = new fr.ouvert.hatvp.register.RegisterCsvReader().read(file, p -> activities
			.put(p.identifiantNational(), p.exercices().stream().mapToInt(e -> e.activites().size()).sum()));
		java.nio.file.Files.delete(file);
		assertThat(read.shape()).isEqualTo(RegisterReadReport.Shape.HATVP_CSV);
		Map<String, Integer> expected = new HashMap<>();
		new fr.ouvert.hatvp.register.RegisterCsvReader().read("csv",
				table -> new ClassPathResource(RegisterFixtures.CSV + table.fileName()).getInputStream(),
				p -> expected.put(p.identifiantNational(), p.exercices().stream().mapToInt(e -> e.activites().size()).sum()));
		java.util.Set<String> inBoth = RegisterFixtures.sampleIds();
		assertThat(expected).hasSize(31);
		expected.forEach((id, count) -> {
			if (!inBoth.contains(id)) {
				assertThat(activities.get(id)).as(id).isEqualTo(count);
			}
		});
	}

	@Test
	void theAtomFeedParsesAndNamesTheLatestChanges() throws Exception {
		RegisterFixtures.importSample(imports);
		MockHttpServletResponse response = mvc.perform(get("/representants-interets/flux.atom")).andReturn().getResponse();
		assertThat(response.getContentType()).startsWith("application/atom+xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.getContentAsByteArray()));
		Element root = feed.getDocumentElement();
		assertThat(root.getLocalName()).isEqualTo("feed");
		assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
		int entries = root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength();
		assertThat(entries).isBetween(1, 50);
		Element first = (Element) root.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").item(0);
		assertThat(first.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "id").item(0).getTextContent())
			.contains("/representants-interets/");
		assertThat(first.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated").item(0).getTextContent())
			.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
	}

	@Test
	void theTypesOfPublicOfficialsAreAnOpenDataset() throws Exception {
		RegisterFixtures.importSample(imports);
		String csv = mvc.perform(get("/api/1/opendata/representants-interets-types-responsables-publics/export.csv"))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("code,position,libelle,fondement,actions,representants");
		assertThat(csv).contains("MEMBRE_GOUVERNEMENT,1,Membre du Gouvernement ou membre de cabinet ministériel")
			.contains("ELU_LOCAL").contains("AUTRE");
		assertThat(csv.lines().count()).isEqualTo(8);
	}

	/**
	 * Acceptance 2 through the platform: the JSON sample imported, then downloaded in HATVP's shape, gives back every
	 * field of every representative, with one documented normalisation: {@code defautDeclaration} is the register's
	 * own verdict (a report filed after its deadline or missing), not the copied flag.
	 */
	@Test
	void theImportedSampleComesBackWhole() throws Exception {
		RegisterFixtures.importSample(imports);
		Map<String, Publication> expected = new HashMap<>();
		try (var in = new ClassPathResource(RegisterFixtures.SAMPLE).getInputStream()) {
			new RegisterJsonReader().read(in, "sample", p -> expected.put(p.identifiantNational(), withoutDefaultFlags(p)));
		}
		MvcResult async = mvc.perform(get("/api/1/integrity/register/agora_repertoire_opendata.json")).andReturn();
		byte[] body = mvc.perform(MockMvcRequestBuilders.asyncDispatch(async)).andReturn().getResponse().getContentAsByteArray();
		// A representative of both samples holds both samples' content (other tests import the CSV slice).
		java.util.Set<String> inBoth = RegisterFixtures.csvIds();
		Map<String, Publication> exported = new HashMap<>();
		new RegisterJsonReader().read(new ByteArrayInputStream(body), "export", p -> {
			if (expected.containsKey(p.identifiantNational()) && !inBoth.contains(p.identifiantNational())) {
				exported.put(p.identifiantNational(), withoutDefaultFlags(p));
			}
		});
		assertThat(exported).hasSize((int) expected.keySet().stream().filter(id -> !inBoth.contains(id)).count());
		exported.forEach((id, publication) -> assertThat(publication).as(id).isEqualTo(expected.get(id)));
	}

	private static Publication withoutDefaultFlags(Publication p) {
		List<Exercice> exercices = p.exercices().stream().map(e -> new Exercice(e.exerciceId(), e.dateDebut(), e.dateFin(),
				e.publicationDate(), e.montantDepense(), e.chiffreAffaire(), e.hasNotChiffreAffaire(), e.nombreSalaries(),
				e.nombreActivite(), e.noActivite(), null, e.commentaire(), e.activites())).toList();
		return new Publication(p.denomination(), p.nomUsage(), p.nomUsageHatvp(), p.sigleHatvp(), p.identifiantNational(),
				p.typeIdentifiantNational(), p.categorieOrganisation(), p.adresse(), p.codePostal(), p.ville(), p.pays(),
				p.lienSiteWeb(), p.lienPageTwitter(), p.lienPageFacebook(), p.lienPageLinkedin(), p.emailDeContact(),
				p.telephoneDeContact(), p.publierMonAdressePhysique(), p.publierMonAdresseEmail(),
				p.publierMonTelephoneDeContact(), p.dirigeants(), p.collaborateurs(), p.declarationTiers(), p.clients(),
				p.declarationOrgaAppartenance(), p.affiliations(), p.secteursActivites(), p.niveauxIntervention(),
				p.datePremierePublication(), p.dateCreation(), p.dateDernierePublicationActivite(), p.isActivitesPubliees(),
				p.dateCessation(), p.motifDesinscription(), p.motivationDesinscription(), exercices);
	}
}
