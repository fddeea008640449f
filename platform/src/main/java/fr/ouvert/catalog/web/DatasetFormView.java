package fr.ouvert.catalog.web;

import java.util.List;

import fr.ouvert.account.Organisation;
import fr.ouvert.catalog.domain.Dataset;
import fr.ouvert.catalog.domain.DatasetCommand;
import fr.ouvert.catalog.domain.Frequency;
import fr.ouvert.kernel.opendata.Licence;
import fr.ouvert.kernel.web.FormErrors;

/**
 * The dataset form: {@code dataset} is null when creating.
 *
 * @param organisations the organisations the person may publish for
 */
public record DatasetFormView(Dataset dataset, DatasetCommand command, List<Organisation> organisations,
		FormErrors errors, boolean canGrantBadges) {

	public List<Licence> licences() {
		return List.of(Licence.values());
	}

	public List<Frequency> frequencies() {
		return List.of(Frequency.values());
	}

	public String action() {
		return dataset == null ? "/catalogue/jeux/nouveau" : dataset.path() + "/modifier";
	}
}
