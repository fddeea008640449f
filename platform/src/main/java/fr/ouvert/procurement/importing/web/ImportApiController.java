package fr.ouvert.procurement.importing.web;

import fr.ouvert.kernel.security.CurrentUserSource;
import fr.ouvert.kernel.web.NotFoundException;
import fr.ouvert.procurement.importing.ImportPermissions;
import fr.ouvert.procurement.importing.ImportJson;
import fr.ouvert.procurement.importing.ImportReports;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** An import's counts and report, for programs (a buyer following its publication, a re-user). */
@RestController
class ImportApiController {

	private final ImportReports reports;
	private final ImportPermissions permissions;
	private final CurrentUserSource users;

	ImportApiController(ImportReports reports, ImportPermissions permissions, CurrentUserSource users) {
		this.reports = reports;
		this.permissions = permissions;
		this.users = users;
	}

	@GetMapping("/api/1/procurement/imports/{id}")
	ImportJson get(@PathVariable long id) {
		return reports.report(id)
			.filter(r -> permissions.canSee(users.current(), r.summary()))
			.map(ImportJson::of)
			.orElseThrow(() -> new NotFoundException("No import " + id));
	}
}
