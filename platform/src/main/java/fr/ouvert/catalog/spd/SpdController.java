package fr.ouvert.catalog.spd;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.CurrentUserSource;
import fr.ouvert.kernel.web.FormErrors;
import fr.ouvert.kernel.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The service public de la donnée's page (reference datasets, ministries' opening calendar, the form
 * to add to it) and the page to update a calendar entry.
 */
@Controller
class SpdController {

	static final String PATH = "/catalogue/service-public-de-la-donnee";

	private final SpdQueries queries;
	private final SaveCalendarEntry saveCalendarEntry;
	private final SpdPermissions permissions;
	private final CurrentUserSource users;

	SpdController(SpdQueries queries, SaveCalendarEntry saveCalendarEntry, SpdPermissions permissions,
			CurrentUserSource users) {
		this.queries = queries;
		this.saveCalendarEntry = saveCalendarEntry;
		this.permissions = permissions;
		this.users = users;
	}

	@GetMapping(PATH)
	String page(Model model) {
		return page(model, SaveCalendarEntry.Command.empty(), FormErrors.none());
	}

	@PostMapping(PATH + "/calendrier")
	String add(@RequestParam(defaultValue = "") String organisation, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String plannedDate,
			@RequestParam(defaultValue = "") String startedOn, @RequestParam(defaultValue = "") String openedOn,
			@RequestParam(defaultValue = "") String datasetUrl, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		SaveCalendarEntry.Command command = new SaveCalendarEntry.Command(null, organisation, title, description,
				plannedDate, startedOn, openedOn, datasetUrl);
		SaveCalendarEntry.Outcome outcome = saveCalendarEntry.execute(users.require(), command);
		if (!outcome.errors().isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(model, command, outcome.errors());
		}
		redirect.addFlashAttribute("flash", "catalog.spd.flash.saved");
		return "redirect:" + PATH + "#calendrier-" + outcome.id();
	}

	@GetMapping(PATH + "/calendrier/{id}")
	String edit(@PathVariable long id, Model model) {
		CalendarEntry entry = editable(id);
		return editPage(model, entry, SaveCalendarEntry.Command.of(entry), FormErrors.none());
	}

	@PostMapping(PATH + "/calendrier/{id}")
	String update(@PathVariable long id, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String plannedDate,
			@RequestParam(defaultValue = "") String startedOn, @RequestParam(defaultValue = "") String openedOn,
			@RequestParam(defaultValue = "") String datasetUrl, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		SaveCalendarEntry.Command command = new SaveCalendarEntry.Command(id, "", title, description, plannedDate,
				startedOn, openedOn, datasetUrl);
		SaveCalendarEntry.Outcome outcome = saveCalendarEntry.execute(users.require(), command);
		if (!outcome.errors().isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return editPage(model, editable(id), command, outcome.errors());
		}
		redirect.addFlashAttribute("flash", "catalog.spd.flash.saved");
		return "redirect:" + PATH + "#calendrier-" + id;
	}

	private CalendarEntry editable(long id) {
		CalendarEntry entry = queries.entry(id).orElseThrow(() -> new NotFoundException("No calendar entry " + id));
		if (!permissions.canEdit(users.current(), entry)) {
			throw new AccessDeniedException("Not an agent of " + entry.organisationName());
		}
		return entry;
	}

	private String page(Model model, SaveCalendarEntry.Command form, FormErrors errors) {
		Optional<CurrentUser> user = users.current();
		model.addAttribute("references", queries.referenceDatasets());
		model.addAttribute("calendar", queries.calendarByMinistry());
		model.addAttribute("ministries", permissions.ministriesOf(user));
		model.addAttribute("editable", queries.calendar().stream()
			.filter(e -> permissions.canEdit(user, e))
			.map(CalendarEntry::id)
			.toList());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "catalog/spd/page";
	}

	private String editPage(Model model, CalendarEntry entry, SaveCalendarEntry.Command form, FormErrors errors) {
		model.addAttribute("entry", entry);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "catalog/spd/edit";
	}
}
