package fr.ouvert.integrity.register;

import java.util.List;

import fr.ouvert.integrity.register.domain.RegisterDatasets;
import fr.ouvert.kernel.opendata.OpenDataset;
import fr.ouvert.kernel.web.NavEntry;
import fr.ouvert.kernel.web.OuvertModule;

import org.springframework.stereotype.Component;

/** What the register of interest representatives plugs into the platform: its menu entry and its open datasets. */
@Component
class RegisterModule implements OuvertModule {

	@Override
	public int order() {
		return 50;
	}

	@Override
	public List<NavEntry> navigation() {
		return List.of(new NavEntry("register.nav", "register.nav.description", "/representants-interets"));
	}

	@Override
	public List<OpenDataset> datasets() {
		return RegisterDatasets.all();
	}
}
