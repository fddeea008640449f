package fr.ouvert.catalog.request;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import fr.ouvert.account.Organisations;
import fr.ouvert.kernel.markdown.Markdown;
import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.CurrentUserSource;
import fr.ouvert.kernel.security.RateLimited;
import fr.ouvert.kernel.web.FormErrors;
import fr.ouvert.kernel.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The data requests' pages: the public list, the form to file one, and a request with its answer. */
@Controller
class DataRequestController {

	static final int PAGE_SIZE = 20;

	private final DataRequestQueries queries;
	private final FileDataRequest fileDataRequest;
	private final SupportDataRequest supportDataRequest;
	private final AnswerDataRequest answerDataRequest;
	private final DataRequestPermissions permissions;
	private final Organisations organisations;
	private final Markdown markdown;
	private final CurrentUserSource users;

	DataRequestController(DataRequestQueries queries, FileDataRequest fileDataRequest,
			SupportDataRequest supportDataRequest, AnswerDataRequest answerDataRequest, DataRequestPermissions permissions,
			Organisations organisations, Markdown markdown, CurrentUserSource users) {
		this.queries = queries;
		this.fileDataRequest = fileDataRequest;
		this.supportDataRequest = supportDataRequest;
		this.answerDataRequest = answerDataRequest;
		this.permissions = permissions;
		this.organisations = organisations;
		this.markdown = markdown;
		this.users = users;
	}

	/** Unknown filter values are ignored, as the plan's overview does: the page always answers. */
	@GetMapping(DataRequest.PATH)
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) String organisation,
			@RequestParam(defaultValue = "1") int page, Model model) {
		DataRequestStatus wanted = status == null ? null : DataRequestStatus.of(status).orElse(null);
		Long organisationId = organisation != null && organisation.matches("\\d{1,18}") ? Long.valueOf(organisation) : null;
		model.addAttribute("listing", queries.list(wanted, organisationId, PageRequest.of(Math.max(1, page), PAGE_SIZE)));
		return "catalog/request/list";
	}

	@GetMapping(DataRequest.PATH + "/nouvelle")
	String form(@RequestParam(required = false) String organisation, Model model) {
		return formPage(model, new FileDataRequest.Command("", "", organisation == null ? "" : organisation, ""),
				FormErrors.none());
	}

	@PostMapping(DataRequest.PATH)
	@RateLimited
	String file(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String description,
			@RequestParam(defaultValue = "") String organisation, @RequestParam(defaultValue = "") String requesterKind,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		FileDataRequest.Command command = new FileDataRequest.Command(title, description, organisation, requesterKind);
		FileDataRequest.Outcome outcome = fileDataRequest.execute(users.require(), command);
		if (outcome instanceof FileDataRequest.Rejected rejected) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return formPage(model, command, rejected.errors());
		}
		redirect.addFlashAttribute("flash", "catalog.request.flash.filed");
		return "redirect:" + DataRequest.PATH + "/" + ((FileDataRequest.Filed) outcome).id();
	}

	@GetMapping(DataRequest.PATH + "/{id}")
	String detail(@PathVariable long id, Model model) {
		DataRequest request = request(id);
		return detailPage(model, request, AnswerDataRequest.Command.of(request), FormErrors.none());
	}

	/** {@code soutien=false} withdraws the support; posting the same value twice changes nothing. */
	@PostMapping(DataRequest.PATH + "/{id}/soutien")
	@RateLimited
	String support(@PathVariable long id, @RequestParam(name = "soutien", defaultValue = "true") boolean support,
			RedirectAttributes redirect) {
		supportDataRequest.execute(users.require(), id, support);
		redirect.addFlashAttribute("flash", support ? "catalog.request.flash.supported" : "catalog.request.flash.unsupported");
		return "redirect:" + DataRequest.PATH + "/" + id + "#soutien";
	}

	@PostMapping(DataRequest.PATH + "/{id}/reponse")
	String answer(@PathVariable long id, @RequestParam(defaultValue = "") String status,
			@RequestParam(defaultValue = "") String plannedDate, @RequestParam(defaultValue = "") String legalGround,
			@RequestParam(defaultValue = "") String existingUrl, @RequestParam(defaultValue = "") String answer,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		AnswerDataRequest.Command command = new AnswerDataRequest.Command(id, status, plannedDate, legalGround,
				existingUrl, answer);
		FormErrors errors = answerDataRequest.execute(users.require(), command);
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return detailPage(model, request(id), command, errors);
		}
		redirect.addFlashAttribute("flash", "catalog.request.flash.answered");
		return "redirect:" + DataRequest.PATH + "/" + id;
	}

	private DataRequest request(long id) {
		return queries.find(id).orElseThrow(() -> new NotFoundException("No data request " + id));
	}

	private String formPage(Model model, FileDataRequest.Command command, FormErrors errors) {
		model.addAttribute("organisations", organisations.all());
		model.addAttribute("form", command);
		model.addAttribute("errors", errors);
		return "catalog/request/new";
	}

	private String detailPage(Model model, DataRequest request, AnswerDataRequest.Command form, FormErrors errors) {
		Optional<CurrentUser> user = users.current();
		model.addAttribute("request", request);
		model.addAttribute("descriptionHtml", markdown.toHtml(request.description()));
		model.addAttribute("answerHtml", markdown.toHtml(request.answer()));
		model.addAttribute("supported", user.map(u -> queries.supports(request.id(), u.id())).orElse(false));
		model.addAttribute("canAnswer", permissions.canAnswer(user, request));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "catalog/request/detail";
	}
}
