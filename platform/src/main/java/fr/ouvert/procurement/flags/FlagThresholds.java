package fr.ouvert.procurement.flags;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The thresholds of the red flags ({@code ouvert.procurement.flags.*}), with the defaults of reference §12.2. The EU
 * thresholds are not here but in the table {@code procurement_eu_threshold}, by date.
 *
 * @param mapaCompetitive whether a procédure adaptée counts as a competitive procedure for the single-offer flags
 *            (a MAPA needs some publicity but not necessarily an open call)
 * @param valueIncreaseSuppliesServices ΔM above which a supplies or services contract, or a concession, is flagged
 *            (0.10: articles R2194-8 and R3135-8 of the public procurement code)
 * @param valueIncreaseWorks ΔM above which a works contract, or one of unknown category, is flagged (0.15)
 * @param valueIncreaseCap ΔM above which value-increase-50 is raised (0.50)
 * @param durationExtensionRatio (Df − D0)/D0 above which the duration extension is flagged (0.50)
 * @param durationExtensionMonths Df − D0 from which it is flagged whatever the ratio (12)
 * @param manyAmendments number of modifications from which a contract is flagged (3)
 * @param earlyAmendmentDays days after notification within which a first modification raising the value is flagged
 *            (90)
 * @param latePublicationDays days between notification and publication above which a contract is flagged (62)
 * @param bunchingThresholds national thresholds just below which amounts bunch (40 000 and 90 000 €); the EU
 *            thresholds in force are added to them
 * @param bunchingBand the share of a threshold that starts the band just below it (0.9: [0.9·T, T))
 * @param bunchingContracts contracts of one buyer, supplier and CPV group in the band within 12 months (2)
 * @param directAwards non-competitive or MAPA awards of one buyer to one supplier within 12 months (3)
 * @param outlierZ robust z-score above which (in absolute value) an amount is an outlier (4)
 * @param outlierPeerMinimum contracts a peer group needs, else the contract is compared with its type (30)
 * @param implausibleBelow amounts below this are implausible (1 €)
 * @param implausibleAbove amounts above this are implausible (3 × 10⁹ €)
 * @param buyerMinimumContracts contracts a buyer-year needs to enter the quartiles of the buyer rates (10)
 * @param topSupplierShare share of a buyer-year's amount won by one supplier above which it is flagged (0.5)
 * @param hhi Herfindahl-Hirschman index above which a buyer-year is flagged (0.25)
 * @param concentrationMinimumContracts contracts a buyer-year needs for the concentration flags (5)
 * @param supplierMinimumContracts contracts a supplier needs to enter the quartiles of R048 (20)
 */
@ConfigurationProperties("ouvert.procurement.flags")
public record FlagThresholds(
		@DefaultValue("false") boolean mapaCompetitive,
		@DefaultValue("0.10") BigDecimal valueIncreaseSuppliesServices,
		@DefaultValue("0.15") BigDecimal valueIncreaseWorks,
		@DefaultValue("0.50") BigDecimal valueIncreaseCap,
		@DefaultValue("0.50") BigDecimal durationExtensionRatio,
		@DefaultValue("12") int durationExtensionMonths,
		@DefaultValue("3") int manyAmendments,
		@DefaultValue("90") int earlyAmendmentDays,
		@DefaultValue("62") int latePublicationDays,
		@DefaultValue({ "40000", "90000" }) List<BigDecimal> bunchingThresholds,
		@DefaultValue("0.9") BigDecimal bunchingBand,
		@DefaultValue("2") int bunchingContracts,
		@DefaultValue("3") int directAwards,
		@DefaultValue("4") BigDecimal outlierZ,
		@DefaultValue("30") int outlierPeerMinimum,
		@DefaultValue("1") BigDecimal implausibleBelow,
		@DefaultValue("3000000000") BigDecimal implausibleAbove,
		@DefaultValue("10") int buyerMinimumContracts,
		@DefaultValue("0.5") BigDecimal topSupplierShare,
		@DefaultValue("0.25") BigDecimal hhi,
		@DefaultValue("5") int concentrationMinimumContracts,
		@DefaultValue("20") int supplierMinimumContracts) {

	public FlagThresholds {
		bunchingThresholds = List.copyOf(bunchingThresholds);
	}
}
