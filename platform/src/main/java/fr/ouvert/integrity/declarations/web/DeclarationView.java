package fr.ouvert.integrity.declarations.web;

import java.math.BigDecimal;
import java.util.List;

import fr.ouvert.hatvp.declarations.Declaration;

/**
 * A declaration as its page shows it: labels resolved in the page's language, redactions flagged, the yearly
 * remunerations in a table (declared text) and summed by year for the chart (the amounts that read as numbers).
 */
public record DeclarationView(Declaration declaration, String anchor, List<SectionView> sections,
		List<RemunerationRow> remunerations, List<YearTotal> yearTotals) {

	public record SectionView(String element, String label, boolean neant, List<ItemView> items) {
	}

	public record ItemView(int index, String title, List<FieldView> fields) {
	}

	/**
	 * @param number the number the value reads as, for amount fields; null otherwise or when not unambiguous
	 */
	public record FieldView(String label, String value, boolean redacted, BigDecimal number) {
	}

	/** A year of a remunerated item, as declared. */
	public record RemunerationRow(String section, String item, String year, String text, BigDecimal amount,
			String brutNet) {
	}

	/** @param readable how many of the year's amounts read as numbers, out of {@code declared} */
	public record YearTotal(int year, BigDecimal total, int readable, int declared) {
	}

	public boolean hasChart() {
		return yearTotals.stream().anyMatch(y -> y.readable() > 0);
	}

	/** The chart's x values as DSFR Chart wants them: {@code [[2012,2013]]}. */
	public String chartYears() {
		return "[[" + String.join(",", yearTotals.stream().map(y -> Integer.toString(y.year())).toList()) + "]]";
	}

	public String chartTotals() {
		return "[[" + String.join(",", yearTotals.stream().map(y -> y.total().toPlainString()).toList()) + "]]";
	}
}
