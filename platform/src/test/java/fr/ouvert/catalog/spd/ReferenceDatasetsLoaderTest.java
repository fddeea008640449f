package fr.ouvert.catalog.spd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;

/** The reference datasets file: loaded at start, again as a no-op, and refused whole when wrong. */
class ReferenceDatasetsLoaderTest extends PlatformTest {

	@Autowired
	ReferenceDatasetsLoader loader;

	@Test
	void loadingTheBundledFileAgainChangesNothing() {
		assertThat(loader.loadBundled()).isEqualTo(new ReferenceDatasetsLoader.Outcome(0, 0, 0));
		assertThat(jdbc.sql("select count(*) from catalog_spd_reference_dataset").query(Integer.class).single()).isEqualTo(9);
	}

	@Test
	void aWrongFileIsRefusedWholeSayingWhereAndWhy() {
		ByteArrayResource file = new ByteArrayResource("""
				reference_datasets:
				  - slug: sirene
				    name: "Répertoire"
				    acronym: null
				    producer: null
				    update_frequency: "Quotidienne"
				  - slug: sirene
				    name: ""
				    acronym: null
				    producer: null
				    update_frequency: null
				""".getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "faux.yaml";
			}
		};
		assertThatThrownBy(() -> loader.load(file)).hasMessage("""
				faux.yaml: 3 problem(s)
				  - reference_datasets[1] (sirene).slug: used twice
				  - reference_datasets[1] (sirene).name: missing
				  - reference_datasets[1] (sirene).update_frequency: missing""");
		assertThat(jdbc.sql("select name from catalog_spd_reference_dataset where slug = 'sirene'").query(String.class).single())
			.isEqualTo("Répertoire des entreprises et de leurs établissements");
	}
}
