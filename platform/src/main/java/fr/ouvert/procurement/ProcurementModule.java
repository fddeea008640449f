package fr.ouvert.procurement;

import fr.ouvert.kernel.web.OuvertModule;

import org.springframework.stereotype.Component;

/** What the procurement module plugs into the platform. */
@Component
class ProcurementModule implements OuvertModule {

	@Override
	public int order() {
		return 30;
	}
}
