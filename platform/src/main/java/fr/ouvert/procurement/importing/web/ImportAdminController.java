package fr.ouvert.procurement.importing.web;

import java.io.IOException;
import java.util.Optional;

import fr.ouvert.kernel.security.CurrentUserSource;
import fr.ouvert.procurement.importing.ImportJobs;
import fr.ouvert.procurement.importing.ImportReports;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators import the inbox folder in the background and follow its progress (polled by htmx). */
@Controller
class ImportAdminController {

	private final ImportJobs jobs;
	private final ImportReports reports;
	private final CurrentUserSource users;

	ImportAdminController(ImportJobs jobs, ImportReports reports, CurrentUserSource users) {
		this.jobs = jobs;
		this.reports = reports;
		this.users = users;
	}

	@GetMapping("/admin/marches-publics/imports")
	String page(Model model) {
		model.addAttribute("inbox", jobs.inbox() == null ? null : jobs.inbox().toString());
		model.addAttribute("job", jobs.state());
		model.addAttribute("imports", reports.latest(30));
		return "procurement/importing/admin";
	}

	@GetMapping("/admin/marches-publics/imports/progression")
	String progress(Model model) {
		model.addAttribute("job", jobs.state());
		return "procurement/importing/progress";
	}

	@PostMapping("/admin/marches-publics/imports")
	String start(RedirectAttributes redirect) throws IOException {
		Optional<ImportJobs.StartRefusal> refusal = jobs.start(users.require());
		if (refusal.isPresent()) {
			redirect.addFlashAttribute("flashError", "procurement-import.admin.refused." + refusal.get().name().toLowerCase());
		}
		else {
			redirect.addFlashAttribute("flash", "procurement-import.admin.started");
		}
		return "redirect:/admin/marches-publics/imports";
	}
}
