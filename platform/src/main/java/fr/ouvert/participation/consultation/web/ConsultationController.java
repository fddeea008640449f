package fr.ouvert.participation.consultation.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import fr.ouvert.account.Organisations;
import fr.ouvert.comment.CommentThread;
import fr.ouvert.comment.Comments;
import fr.ouvert.comment.ThreadOptions;
import fr.ouvert.kernel.markdown.Markdown;
import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.CurrentUserSource;
import fr.ouvert.kernel.security.Role;
import fr.ouvert.kernel.web.FormErrors;
import fr.ouvert.kernel.web.Forms;
import fr.ouvert.kernel.web.NotFoundException;
import fr.ouvert.participation.consultation.Consultation;
import fr.ouvert.participation.consultation.ConsultationForm;
import fr.ouvert.participation.consultation.ConsultationLifecycle;
import fr.ouvert.participation.consultation.ConsultationPermissions;
import fr.ouvert.participation.consultation.ConsultationPhase;
import fr.ouvert.participation.consultation.Consultations;
import fr.ouvert.participation.consultation.ContributionType;
import fr.ouvert.participation.consultation.CrpaChecks;
import fr.ouvert.participation.consultation.EditConsultation;
import fr.ouvert.participation.consultation.MaterialFormats;
import fr.ouvert.participation.consultation.ToolDirectory;

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
 * The access point to all consultations, a consultation's page, the directory of tools, and the agents'
 * forms: create, edit, publish, close.
 */
@Controller
class ConsultationController {

	static final int PAGE_SIZE = 20;

	private final Consultations consultations;
	private final ConsultationPermissions permissions;
	private final EditConsultation edit;
	private final ConsultationLifecycle lifecycle;
	private final Organisations organisations;
	private final ToolDirectory tools;
	private final Comments comments;
	private final Markdown markdown;
	private final CurrentUserSource users;

	ConsultationController(Consultations consultations, ConsultationPermissions permissions, EditConsultation edit,
			ConsultationLifecycle lifecycle, Organisations organisations, ToolDirectory tools, Comments comments,
			Markdown markdown, CurrentUserSource users) {
		this.consultations = consultations;
		this.permissions = permissions;
		this.edit = edit;
		this.lifecycle = lifecycle;
		this.organisations = organisations;
		this.tools = tools;
		this.comments = comments;
		this.markdown = markdown;
		this.users = users;
	}

	@GetMapping("/consultations")
	String accessPoint(@RequestParam(required = false) String organisation, @RequestParam(required = false) String theme,
			@RequestParam(required = false) String statut, @RequestParam(required = false) Integer page, Model model) {
		AccessPointFilter filter = AccessPointFilter.parse(organisation, theme, statut);
		PageRequest request = PageRequest.of(page, PAGE_SIZE);
		Optional<CurrentUser> user = users.current();
		model.addAttribute("filter", filter);
		model.addAttribute("result", consultations.search(filter.filter(), request));
		model.addAttribute("page", request.page());
		model.addAttribute("pageSize", PAGE_SIZE);
		model.addAttribute("themes", consultations.themes());
		model.addAttribute("organisers", consultations.organisers());
		model.addAttribute("canCreate", permissions.canCreate(user));
		model.addAttribute("mine", user.filter(u -> permissions.canCreate(Optional.of(u)))
			.map(consultations::editableBy).orElse(List.of()));
		return "participation/consultation/index";
	}

	@GetMapping("/consultations/outils")
	String tools(Model model) {
		model.addAttribute("tools", tools.tools());
		return "participation/consultation/tools";
	}

	@GetMapping("/consultations/nouvelle")
	String newForm(Model model) {
		CurrentUser user = creator();
		return formPage(model, user, null, ConsultationForm.empty(), FormErrors.none(), Map.of());
	}

	@PostMapping("/consultations/nouvelle")
	String create(@RequestParam Map<String, String> fields,
			@RequestParam(name = "contributionTypes", required = false) List<String> types, Model model,
			HttpServletResponse response) {
		CurrentUser user = creator();
		FormErrors dateErrors = new FormErrors();
		ConsultationForm form = form(fields, types, dateErrors);
		EditConsultation.Outcome outcome = dateErrors.isEmpty() ? edit.create(user, form) : null;
		if (outcome == null || !outcome.saved()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return formPage(model, user, null, form, outcome == null ? dateErrors : outcome.errors(),
					outcome == null ? Map.of() : outcome.lines());
		}
		return "redirect:/consultations/" + outcome.slug() + "?cree";
	}

	@GetMapping("/consultations/{slug}")
	String consultation(@PathVariable String slug, @RequestParam(name = CommentThread.PAGE_PARAMETER, defaultValue = "1") int commentPage, Model model) {
		return consultationPage(model, readable(slug), FormErrors.none(), commentPage);
	}

	@GetMapping("/consultations/{slug}/modifier")
	String editForm(@PathVariable String slug, Model model) {
		Consultation consultation = editable(slug);
		return formPage(model, users.require(), consultation, formOf(consultation), FormErrors.none(), Map.of());
	}

	@PostMapping("/consultations/{slug}/modifier")
	String update(@PathVariable String slug, @RequestParam Map<String, String> fields,
			@RequestParam(name = "contributionTypes", required = false) List<String> types, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Consultation consultation = editable(slug);
		CurrentUser user = users.require();
		FormErrors dateErrors = new FormErrors();
		ConsultationForm form = form(fields, types, dateErrors);
		EditConsultation.Outcome outcome = dateErrors.isEmpty() ? edit.update(user, consultation, form) : null;
		if (outcome == null || !outcome.saved()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return formPage(model, user, consultation, form, outcome == null ? dateErrors : outcome.errors(),
					outcome == null ? Map.of() : outcome.lines());
		}
		redirect.addFlashAttribute("flash", "participation.flash.saved");
		return "redirect:/consultations/" + outcome.slug();
	}

	/** A refusal shows the form again with every unmet rule at its field. */
	@PostMapping("/consultations/{slug}/publier")
	String publish(@PathVariable String slug, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Consultation consultation = editable(slug);
		CurrentUser user = users.require();
		FormErrors errors = lifecycle.publish(user, consultation);
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("publishRefused", true);
			return formPage(model, user, consultation, formOf(consultation), errors, Map.of());
		}
		redirect.addFlashAttribute("flash", "participation.flash.published");
		return "redirect:/consultations/" + slug;
	}

	@PostMapping("/consultations/{slug}/clore")
	String close(@PathVariable String slug, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Consultation consultation = editable(slug);
		FormErrors errors = lifecycle.close(users.require(), consultation);
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return consultationPage(model, consultation, errors, 1);
		}
		redirect.addFlashAttribute("flash", "participation.flash.closed");
		return "redirect:/consultations/" + slug;
	}

	private String consultationPage(Model model, Consultation consultation, FormErrors errors, int commentPage) {
		Optional<CurrentUser> user = users.current();
		ConsultationPhase phase = consultation.phase(consultations.now());
		boolean canEdit = permissions.canEdit(user, consultation);
		model.addAttribute("c", consultation);
		model.addAttribute("phase", phase);
		model.addAttribute("canEdit", canEdit);
		model.addAttribute("errors", errors);
		model.addAttribute("documents", consultations.documents(consultation.id()));
		model.addAttribute("articles", consultations.articles(consultation.id()));
		model.addAttribute("questions", consultations.questions(consultation.id()));
		model.addAttribute("statements", consultations.seedStatements(consultation.id()));
		model.addAttribute("counts", consultations.counts(consultation.id()));
		model.addAttribute("checks", CrpaChecks.of(consultation, consultations.documents(consultation.id()).size(),
				consultations.now()));
		model.addAttribute("md", markdown);
		model.addAttribute("thread", consultation.publishedAt() != null && consultation.offers(ContributionType.COMMENTS)
				? comments.thread(Consultation.LINKABLE_TYPE, Long.toString(consultation.id()), user,
						ThreadOptions.WITH_ALIGNMENT.onPage(commentPage)) : null);
		model.addAttribute("mayContribute", consultations.mayContribute(consultation, ContributionType.COMMENTS, user));
		return "participation/consultation/consultation";
	}

	private String formPage(Model model, CurrentUser user, Consultation consultation, ConsultationForm form,
			FormErrors errors, Map<String, Integer> lines) {
		model.addAttribute("c", consultation);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("lines", lines);
		model.addAttribute("organisations", user.has(Role.ADMIN) && consultation == null ? organisations.all() : List.of());
		ConsultationPhase phase = consultation == null ? ConsultationPhase.DRAFT : consultation.phase(consultations.now());
		model.addAttribute("phase", phase);
		model.addAttribute("structureLocked", phase.ordinal() >= ConsultationPhase.OPEN.ordinal());
		model.addAttribute("checks", consultation == null ? List.of()
				: CrpaChecks.of(consultation, consultations.documents(consultation.id()).size(), consultations.now()));
		if (!model.containsAttribute("publishRefused")) {
			model.addAttribute("publishRefused", false);
		}
		return "participation/consultation/form";
	}

	private ConsultationForm formOf(Consultation c) {
		return new ConsultationForm(c.title(), c.slug(), c.theme(), c.organisationId(), c.legalBasis().code(),
				c.replacesCommission() == null ? "" : c.replacesCommission(), c.context(), c.submittedText(),
				MaterialFormats.articlesText(consultations.articles(c.id())),
				MaterialFormats.documentsText(consultations.documents(c.id())), c.procedure(), c.moderationCharter(),
				c.announcedFollowUps(), c.contributionTypes().stream().map(ContributionType::code).toList(),
				c.requiresVerified(), c.opensOn(), c.lastDay(),
				MaterialFormats.questionsText(consultations.questions(c.id())),
				String.join("\n", consultations.seedStatements(c.id()).stream().map(s -> s.body()).toList()));
	}

	private static ConsultationForm form(Map<String, String> f, List<String> types, FormErrors dateErrors) {
		String organisation = Forms.blankToNull(f.get("organisationId"));
		Long organisationId = organisation != null && organisation.matches("\\d{1,18}") ? Long.valueOf(organisation) : null;
		return new ConsultationForm(f.get("title"), f.get("slug"), f.get("theme"), organisationId, f.get("legalBasis"),
				f.get("replacesCommission"), f.get("context"), f.get("submittedText"), f.get("articles"),
				f.get("documents"), f.get("procedure"), f.get("moderationCharter"), f.get("announcedFollowUps"),
				types == null ? List.of() : types, "on".equals(f.get("requiresVerified")) || "true".equals(f.get("requiresVerified")),
				day(f.get("opensOn"), "opensOn", dateErrors), day(f.get("lastDay"), "lastDay", dateErrors),
				f.get("questions"), f.get("statements"));
	}

	private static LocalDate day(String value, String field, FormErrors errors) {
		String text = Forms.blankToNull(value);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			errors.reject(field, "participation.error.date");
			return null;
		}
	}

	private CurrentUser creator() {
		CurrentUser user = users.require();
		if (!permissions.canCreate(Optional.of(user))) {
			throw new AccessDeniedException("Only agents and administrators create consultations");
		}
		return user;
	}

	/** A draft is not found by those who may not edit it: it does not exist for the public. */
	private Consultation readable(String slug) {
		return consultations.findBySlug(slug)
			.filter(c -> permissions.canRead(users.current(), c))
			.orElseThrow(() -> new NotFoundException("No consultation " + slug));
	}

	private Consultation editable(String slug) {
		Consultation consultation = consultations.findBySlug(slug)
			.orElseThrow(() -> new NotFoundException("No consultation " + slug));
		if (!permissions.canEdit(Optional.of(users.require()), consultation)) {
			throw new AccessDeniedException("Not an agent of " + consultation.organisationName());
		}
		return consultation;
	}
}
