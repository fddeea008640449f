package fr.ouvert.participation.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;

/** The directory of consultation tools: the bundled file is complete, a broken one is refused with where. */
class ToolDirectoryTest {

	@Test
	void theBundledDirectoryDescribesEachToolsFourGuarantees() {
		ToolDirectory directory = new ToolDirectory();
		assertThat(directory.tools()).extracting(ToolDirectory.Tool::slug)
			.containsExactly("ouvert", "decidim", "consul-democracy", "cap-collectif", "polis");
		assertThat(directory.tools()).allSatisfy(tool -> assertThat(tool.guarantees()).containsOnlyKeys(ToolDirectory.GUARANTEES));
		ToolDirectory.Tool capCollectif = directory.tools().get(3);
		assertThat(capCollectif.guarantees().get("open-source").verified()).isFalse();
		assertThat(capCollectif.guarantees().get("open-source").level()).isEqualTo("unknown");
	}

	@Test
	void aMissingGuaranteeIsRefusedWithTheToolAndField() {
		String yaml = """
				tools:
				  - slug: outil
				    name: Outil
				    url: https://exemple.fr
				    licence: MIT
				    summary: Un outil.
				    guarantees:
				      transparency: {level: yes, verified: true, text: Tout est publié.}
				      personal-data: {level: peut-être, verified: false, text: On ne sait pas.}
				""";
		assertThatThrownBy(() -> ToolDirectory.read(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "tools.yaml";
			}
		})).isInstanceOf(ToolDirectory.ToolFileException.class)
			.hasMessageContaining("tools.yaml: tool 1 (outil), guarantees.personal-data: a level among")
			.hasMessageContaining("tool 1 (outil), guarantees.open-source")
			.hasMessageContaining("tool 1 (outil), guarantees.accessibility");
	}
}
