package fr.ouvert.procurement.opendata;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the platform signs its OCDS publication ({@code ouvert.procurement.ocds.*}).
 *
 * @param ocidPrefix the ocid prefix registered with the Open Contracting Partnership for this platform. The
 *            default {@code ocds-local0} is a placeholder for local and test use only: a platform that publishes
 *            must register its own (docs/modules/procurement-ocds.md) and never reuse Etalab's {@code ocds-78apv2}
 * @param publisherName the publisher named in every package
 * @param publisherScheme the scheme of the publisher's identifier (e.g. {@code FR-RCS}), if any
 * @param publisherUid the publisher's identifier in that scheme, if any
 */
@ConfigurationProperties("ouvert.procurement.ocds")
public record ProcurementOcdsProperties(
		@DefaultValue("ocds-local0") String ocidPrefix,
		@DefaultValue("Ouvert") String publisherName,
		String publisherScheme,
		String publisherUid) {
}
