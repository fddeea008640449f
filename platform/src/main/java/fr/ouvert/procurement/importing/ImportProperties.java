package fr.ouvert.procurement.importing;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code ouvert.procurement.*}: the DECP import.
 *
 * @param inbox the server folder an administrator imports from {@code /admin/marches-publics/imports} (every
 *        {@code .json} and {@code .xml} file below it); {@code null}: no inbox
 * @param maxPublicationSize the largest file a buyer may publish (page or API)
 * @param demoData import the DECP samples of {@code demo-data/procurement} at a start with an empty store
 */
@ConfigurationProperties("ouvert.procurement")
public record ImportProperties(Path inbox, @DefaultValue("20MB") DataSize maxPublicationSize,
		@DefaultValue DemoData demoData) {

	public record DemoData(@DefaultValue("true") boolean enabled) {
	}
}
