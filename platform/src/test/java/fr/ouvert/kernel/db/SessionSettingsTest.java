package fr.ouvert.kernel.db;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.Test;

/** Every connection of the pool plans statements with their values (see application.properties). */
class SessionSettingsTest extends PlatformTest {

	@Test
	void preparedStatementsAreNeverPlannedGenerically() {
		for (int i = 0; i < 3; i++) {
			assertThat(jdbc.sql("show plan_cache_mode").query(String.class).single()).isEqualTo("force_custom_plan");
		}
	}
}
