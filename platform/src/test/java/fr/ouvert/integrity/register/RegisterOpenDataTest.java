package fr.ouvert.integrity.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import fr.ouvert.hatvp.register.Exercice;
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
		expected.forEach((id, counts) -> assertThat(exported.get(id)).as(id).containsExactly(counts));
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
}
