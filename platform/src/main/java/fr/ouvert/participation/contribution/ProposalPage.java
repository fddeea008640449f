package fr.ouvert.participation.contribution;

import java.util.List;

/**
 * One page of a proposal list, as a viewer sees it.
 *
 * @param supported for each item, whether the viewer supports it
 * @param seed the seed of the random order (the visitor's), to keep in the page links
 */
public record ProposalPage(ConsultationRef consultation, String kind, List<Item> items, long total, int page,
		int pageSize, ProposalSort sort, String seed) {

	public record Item(Proposal proposal, boolean supported) {
	}

	public boolean hasNext() {
		return (long) page * pageSize < total;
	}
}
