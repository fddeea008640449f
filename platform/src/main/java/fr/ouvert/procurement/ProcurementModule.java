package fr.ouvert.procurement;

import java.util.List;

import fr.ouvert.kernel.opendata.OpenDataset;
import fr.ouvert.kernel.web.NavEntry;
import fr.ouvert.kernel.web.OuvertModule;
import fr.ouvert.procurement.opendata.ProcurementDatasets;

import org.springframework.stereotype.Component;

/** What the procurement module plugs into the platform. */
@Component
class ProcurementModule implements OuvertModule {

	@Override
	public int order() {
		return 30;
	}

	@Override
	public List<NavEntry> navigation() {
		return List.of(new NavEntry("procurement.nav", "procurement.nav.description", "/marches-publics"));
	}

	@Override
	public List<OpenDataset> datasets() {
		return ProcurementDatasets.all();
	}
}
