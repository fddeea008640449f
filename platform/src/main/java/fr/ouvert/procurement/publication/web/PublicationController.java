package fr.ouvert.procurement.publication.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletResponse;

import fr.ouvert.decp.DecpFormatException;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.CurrentUserSource;
import fr.ouvert.kernel.security.Role;
import fr.ouvert.kernel.web.NotFoundException;
import fr.ouvert.procurement.importing.ImportPermissions;
import fr.ouvert.procurement.importing.ImportReports;
import fr.ouvert.procurement.importing.ImportResult;
import fr.ouvert.procurement.publication.Publications;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A buyer's agent uploads a DECP file, reads its report, then publishes or abandons it. */
@Controller
class PublicationController {

	private final Publications publications;
	private final ImportReports reports;
	private final ImportPermissions permissions;
	private final CurrentUserSource users;

	PublicationController(Publications publications, ImportReports reports, ImportPermissions permissions,
			CurrentUserSource users) {
		this.publications = publications;
		this.reports = reports;
		this.permissions = permissions;
		this.users = users;
	}

	@GetMapping("/marches-publics/publier")
	String form(Model model) {
		CurrentUser user = agent();
		model.addAttribute("organisation", publications.publisherOrganisation(user).orElse(null));
		model.addAttribute("error", null);
		return "procurement/publication/upload";
	}

	@PostMapping("/marches-publics/publier")
	String upload(@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response)
			throws IOException {
		CurrentUser user = agent();
		var organisation = publications.publisherOrganisation(user)
			.orElseThrow(() -> new AccessDeniedException("The agent's organisation has no SIRET"));
		String error;
		if (file == null || file.isEmpty()) {
			error = "procurement-import.publish.error.no-file";
		}
		else {
			try (InputStream content = file.getInputStream()) {
				ImportResult result = publications.upload(user, file.getOriginalFilename(), content);
				return "redirect:/marches-publics/publier/" + result.importId();
			}
			catch (DecpFormatException e) {
				model.addAttribute("detail", e.getMessage());
				error = "procurement-import.publish.error.unreadable";
			}
			catch (Publications.TooLarge e) {
				response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
				model.addAttribute("organisation", organisation);
				model.addAttribute("error", "procurement-import.publish.error.too-large");
				return "procurement/publication/upload";
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("organisation", organisation);
		model.addAttribute("error", error);
		return "procurement/publication/upload";
	}

	@GetMapping("/marches-publics/publier/{id}")
	String review(@PathVariable long id, Model model) {
		CurrentUser user = users.require();
		ImportReports.ImportReport report = reports.report(id)
			.orElseThrow(() -> new NotFoundException("No import " + id));
		if (report.summary().organisationId() == null
				|| !(user.isAgentOf(report.summary().organisationId()) || user.has(Role.ADMIN))) {
			throw new AccessDeniedException("Not a publication of the agent's organisation");
		}
		model.addAttribute("report", report);
		model.addAttribute("canDecide", permissions.canDecide(user, report.summary()));
		return "procurement/publication/review";
	}

	@PostMapping("/marches-publics/publier/{id}/publier")
	String confirm(@PathVariable long id, RedirectAttributes redirect) {
		try {
			publications.confirm(users.require(), id);
			redirect.addFlashAttribute("flash", "procurement-import.publish.flash.published");
		}
		catch (IOException e) {
			redirect.addFlashAttribute("flashError", "procurement-import.publish.flash.failed");
		}
		return "redirect:/marches-publics/publier/" + id;
	}

	@PostMapping("/marches-publics/publier/{id}/abandonner")
	String discard(@PathVariable long id, RedirectAttributes redirect) throws IOException {
		publications.discard(users.require(), id);
		redirect.addFlashAttribute("flash", "procurement-import.publish.flash.discarded");
		return "redirect:/marches-publics/publier/" + id;
	}

	private CurrentUser agent() {
		CurrentUser user = users.require();
		if (!user.has(Role.AGENT)) {
			throw new AccessDeniedException("Only agents of an organisation publish contracts");
		}
		return user;
	}
}
