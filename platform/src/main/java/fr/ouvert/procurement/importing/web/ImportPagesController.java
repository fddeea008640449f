package fr.ouvert.procurement.importing.web;

import fr.ouvert.kernel.security.CurrentUserSource;
import fr.ouvert.kernel.web.NotFoundException;
import fr.ouvert.procurement.importing.ImportPermissions;
import fr.ouvert.procurement.importing.ImportReports;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public pages of the consolidation: the sources and their imports, and each import's report. */
@Controller
class ImportPagesController {

	private final ImportReports reports;
	private final ImportPermissions permissions;
	private final CurrentUserSource users;

	ImportPagesController(ImportReports reports, ImportPermissions permissions, CurrentUserSource users) {
		this.reports = reports;
		this.permissions = permissions;
		this.users = users;
	}

	@GetMapping("/marches-publics/sources")
	String sources(Model model) {
		model.addAttribute("sources", reports.sources());
		return "procurement/importing/sources";
	}

	@GetMapping("/marches-publics/imports/{id}")
	String report(@PathVariable long id, Model model) {
		ImportReports.ImportReport report = reports.report(id)
			.filter(r -> permissions.canSee(users.current(), r.summary()))
			.orElseThrow(() -> new NotFoundException("No import " + id));
		model.addAttribute("report", report);
		return "procurement/importing/report";
	}
}
