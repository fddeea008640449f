package fr.ouvert.catalog.web;

import java.util.List;

import fr.ouvert.account.Organisation;
import fr.ouvert.catalog.harvest.HarvestSources;
import fr.ouvert.kernel.web.FormErrors;

/** The harvest page of an organisation: its sources with their last runs, and the form to add one. */
public record HarvestPage(Organisation organisation, List<SourceView> sources, FormErrors errors, String name,
		String backend, String url) {

	public record SourceView(HarvestSources.Source source, List<HarvestSources.Job> jobs) {
	}
}
