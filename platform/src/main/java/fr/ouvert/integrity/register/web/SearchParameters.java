package fr.ouvert.integrity.register.web;

import fr.ouvert.integrity.register.domain.RegisterSearch;
import fr.ouvert.kernel.web.Forms;

/** The search's query parameters, shared by the page and the API: blank means no filter, a malformed number none either. */
public final class SearchParameters {

	private SearchParameters() {
	}

	public static RegisterSearch.Filters filters(String q, String category, String sector, String official,
			String decision, String action, String year, String expense, String status) {
		String y = Forms.blankToNull(year);
		String e = Forms.blankToNull(expense);
		String s = Forms.blankToNull(status);
		return new RegisterSearch.Filters(Forms.blankToNull(q), Forms.blankToNull(category), Forms.blankToNull(sector),
				Forms.blankToNull(official), Forms.blankToNull(decision), Forms.blankToNull(action),
				y != null && y.matches("\\d{4}") ? Integer.valueOf(y) : null,
				e != null && e.matches("\\d{1,12}") ? Long.valueOf(e) : null,
				s != null && (s.equals("late") || s.equals("missing")) ? s : null);
	}
}
