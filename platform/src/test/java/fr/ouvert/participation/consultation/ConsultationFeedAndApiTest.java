package fr.ouvert.participation.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import fr.ouvert.testing.Accounts;
import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The access point's outputs: the Atom 1.0 feed (parsed as XML, checked against RFC 4287's required
 * elements) and the read API, on consultations written straight into the table in each phase.
 */
class ConsultationFeedAndApiTest extends PlatformTest {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	@Autowired
	ObjectMapper json;

	private String theme;
	private String open;
	private String overdue;
	private String draft;

	@BeforeEach
	void consultations() {
		theme = "Thème " + UUID.randomUUID();
		long creator = Accounts.agentOf(jdbc, "cour-des-comptes").id();
		open = insert(creator, "now() - interval '2 days'", "now() + interval '20 days'", "now() - interval '3 days'");
		overdue = insert(creator, "now() - interval '30 days'", "now() - interval '2 days'", "now() - interval '31 days'");
		draft = insert(creator, "now() + interval '2 days'", "now() + interval '30 days'", "null");
	}

	private String insert(long creator, String opensAt, String closesAt, String publishedAt) {
		String slug = "flux-" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.sql("""
				insert into participation_consultation (slug, title, organisation_id, organisation_name, theme, context, procedure,
				    announced_follow_ups, contribution_types, opens_at, closes_at, published_at, created_by)
				select ?, 'Consultation <' || ? || '> & suites', id, name, ?, 'Contexte', 'Modalités', 'Suites', '{proposals}',
				       %s, %s, %s, ? from account_organisation where slug = 'cour-des-comptes'""".formatted(opensAt, closesAt, publishedAt))
			.params(slug, slug, theme, creator).update();
		return slug;
	}

	@Test
	void theFeedIsAtomWithTheRequiredElements() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/consultations/flux.atom")).andExpect(status().isOk())
			.andReturn().getResponse();
		assertThat(response.getContentType()).startsWith("application/atom+xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.getContentAsByteArray()));
		Element root = feed.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(root.getLocalName()).isEqualTo("feed");
		for (String required : List.of("id", "title", "updated", "author")) {
			assertThat(children(root, required)).as("feed/" + required).hasSize(1);
		}
		List<String> titles = new ArrayList<>();
		NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
		for (int i = 0; i < entries.getLength(); i++) {
			Element entry = (Element) entries.item(i);
			for (String required : List.of("id", "title", "updated", "link", "author")) {
				assertThat(children(entry, required)).as("entry/" + required).isNotEmpty();
			}
			assertThat(children(entry, "updated").get(0).getTextContent()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
			titles.add(children(entry, "title").get(0).getTextContent());
		}
		assertThat(titles).contains("Consultation <" + open + "> & suites", "Consultation <" + overdue + "> & suites")
			.doesNotContain("Consultation <" + draft + "> & suites");
		Element overdueEntry = entryWithTitle(entries, "Consultation <" + overdue + "> & suites");
		assertThat(children(overdueEntry, "summary").get(0).getTextContent()).endsWith("Close — Synthèse en retard");
		assertThat(children(overdueEntry, "id").get(0).getTextContent()).endsWith("/consultations/" + overdue);
	}

	@Test
	void theApiListsPublishedConsultationsWithTheirPhase() throws Exception {
		JsonNode all = api("/api/1/participation/consultations?theme=" + theme);
		assertThat(all.get("total").asLong()).isEqualTo(2);
		assertThat(all.get("data")).extracting(n -> n.get("slug").asString()).containsExactly(open, overdue);
		JsonNode late = api("/api/1/participation/consultations?status=overdue&theme=" + theme);
		assertThat(late.get("data")).extracting(n -> n.get("slug").asString()).containsExactly(overdue);
		assertThat(late.get("data").get(0).get("phase").asString()).isEqualTo("closed");
		assertThat(late.get("data").get(0).get("overdue").asBoolean()).isTrue();
		JsonNode paged = api("/api/1/participation/consultations?page_size=1&theme=" + theme);
		assertThat(paged.get("next_page").asString()).contains("page=2");
		mvc.perform(get("/api/1/participation/consultations?status=someday")).andExpect(status().isBadRequest());

		JsonNode detail = api("/api/1/participation/consultations/" + open);
		assertThat(detail.get("consultation").get("phase").asString()).isEqualTo("open");
		assertThat(detail.get("consultation").get("overdue").asBoolean()).isFalse();
		assertThat(detail.get("crpa_checklist")).extracting(n -> n.get("code").asString()).contains("procedure",
				"information", "duration", "follow-ups");
		assertThat(detail.get("crpa_checklist")).allMatch(n -> n.get("met").asBoolean());
		assertThat(detail.get("counts").get("proposals").asLong()).isZero();
		mvc.perform(get("/api/1/participation/consultations/" + draft)).andExpect(status().isNotFound());
	}

	@Test
	void theAccessPointFiltersByStatusAndPages() throws Exception {
		String open = mvc.perform(get("/consultations?statut=open&theme=" + theme)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(open).contains("data-slug=\"" + this.open + "\"").doesNotContain(overdue).doesNotContain(draft);
		String closed = mvc.perform(get("/consultations?statut=closed&theme=" + theme)).andReturn().getResponse()
			.getContentAsString();
		assertThat(closed).contains("data-slug=\"" + overdue + "\"").doesNotContain("data-slug=\"" + this.open + "\"");
		mvc.perform(get("/consultations?statut=bientot")).andExpect(status().isBadRequest());
	}

	private JsonNode api(String path) throws Exception {
		return json.readTree(mvc.perform(get(path))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
				found.add(e);
			}
		}
		return found;
	}

	private static Element entryWithTitle(NodeList entries, String title) {
		for (int i = 0; i < entries.getLength(); i++) {
			Element entry = (Element) entries.item(i);
			if (children(entry, "title").get(0).getTextContent().equals(title)) {
				return entry;
			}
		}
		throw new AssertionError("No entry " + title);
	}
}
