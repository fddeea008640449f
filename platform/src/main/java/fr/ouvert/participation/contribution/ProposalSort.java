package fr.ouvert.participation.contribution;

import java.util.Arrays;
import java.util.Optional;

/**
 * The orders of a proposal list. The random order is stable for one visitor: it hashes each id with
 * the visitor's seed, so the pages of one visitor never repeat or skip a proposal.
 *
 * @param pageValue the value of {@code ?tri=} on pages
 * @param apiValue the value of {@code ?sort=} in the API
 */
public enum ProposalSort {
	MOST_SUPPORTED("soutiens", "most_supported", "p.support_count desc, p.id"),
	NEWEST("recentes", "newest", "p.created_at desc, p.id"),
	RANDOM("hasard", "random", "md5(p.id::text || :seed), p.id");

	private final String pageValue;
	private final String apiValue;
	private final String orderBy;

	ProposalSort(String pageValue, String apiValue, String orderBy) {
		this.pageValue = pageValue;
		this.apiValue = apiValue;
		this.orderBy = orderBy;
	}

	public String pageValue() {
		return pageValue;
	}

	public String apiValue() {
		return apiValue;
	}

	String orderBy() {
		return orderBy;
	}

	public static Optional<ProposalSort> ofPage(String value) {
		return Arrays.stream(values()).filter(s -> s.pageValue.equals(value)).findFirst();
	}

	public static Optional<ProposalSort> ofApi(String value) {
		return Arrays.stream(values()).filter(s -> s.apiValue.equals(value)).findFirst();
	}
}
