package fr.ouvert.procurement.flags;

import java.util.Map;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The flags' thresholds as the platform binds them, with one setting changed. */
final class Thresholds {

	private Thresholds() {
	}

	static FlagThresholds with(String name, String value) {
		return new Binder(new MapConfigurationPropertySource(Map.of("ouvert.procurement.flags." + name, value)))
			.bindOrCreate("ouvert.procurement.flags", FlagThresholds.class);
	}
}
