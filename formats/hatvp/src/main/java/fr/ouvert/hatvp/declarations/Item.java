package fr.ouvert.hatvp.declarations;

import java.util.List;
import java.util.Map;

/**
 * One entry of a section.
 *
 * @param index the position in the section, from 1
 * @param fields every value of the entry but the yearly amounts, by path below the item ({@code motif/id},
 *        {@code description}, {@code remuneration/brutNet}; a repeated element gets {@code [2]}, {@code [3]}…), in
 *        document order, text normalised by {@link DeclaredText#normalise}
 * @param yearlyAmounts the {@code remuneration/montant/montant} pairs, in document order
 */
public record Item(int index, Map<String, String> fields, List<YearlyAmount> yearlyAmounts) {

	public Item {
		fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
		yearlyAmounts = List.copyOf(yearlyAmounts);
	}

	/** The value at a path, "" when absent. */
	public String field(String path) {
		return fields.getOrDefault(path, "");
	}

	/** "Net" or "Brut" for a remuneration declared by year, "" otherwise. */
	public String brutNet() {
		return field("remuneration/brutNet");
	}

	/**
	 * A remuneration declared for one year.
	 *
	 * @param year the year, or null when {@code annee} is not a year
	 * @param yearText {@code annee} as declared
	 * @param amount {@code montant} as declared and as a number when unambiguous
	 */
	public record YearlyAmount(Integer year, String yearText, Amount amount) {
	}
}
