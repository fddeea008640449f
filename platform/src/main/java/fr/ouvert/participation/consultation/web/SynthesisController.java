package fr.ouvert.participation.consultation.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import fr.ouvert.kernel.markdown.Markdown;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.CurrentUserSource;
import fr.ouvert.kernel.web.FormErrors;
import fr.ouvert.kernel.web.Forms;
import fr.ouvert.kernel.web.NotFoundException;
import fr.ouvert.participation.consultation.Consultation;
import fr.ouvert.participation.consultation.ConsultationLifecycle;
import fr.ouvert.participation.consultation.ConsultationPermissions;
import fr.ouvert.participation.consultation.ConsultationPhase;
import fr.ouvert.participation.consultation.Consultations;
import fr.ouvert.participation.consultation.SynthesisMaterial;
import fr.ouvert.participation.synthesis.SynthesisDraft;

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
 * The end of a consultation: the public synthesis and follow-ups, and the agent's pages that write and
 * publish them.
 */
@Controller
class SynthesisController {

	private final Consultations consultations;
	private final ConsultationPermissions permissions;
	private final ConsultationLifecycle lifecycle;
	private final SynthesisMaterial material;
	private final Markdown markdown;
	private final CurrentUserSource users;

	SynthesisController(Consultations consultations, ConsultationPermissions permissions, ConsultationLifecycle lifecycle,
			SynthesisMaterial material, Markdown markdown, CurrentUserSource users) {
		this.consultations = consultations;
		this.permissions = permissions;
		this.lifecycle = lifecycle;
		this.material = material;
		this.markdown = markdown;
		this.users = users;
	}

	/** Public once published; before that, only its editors see the draft (marked as such). */
	@GetMapping("/consultations/{slug}/synthese")
	String synthesis(@PathVariable String slug, Model model) {
		Consultation c = found(slug);
		boolean canEdit = permissions.canEdit(users.current(), c);
		if (c.synthesisPublishedAt() == null && !canEdit) {
			throw new NotFoundException("The synthesis of " + slug + " is not published");
		}
		common(model, c);
		Optional<Consultations.Synthesis> synthesis = consultations.synthesis(c.id());
		model.addAttribute("synthesis", synthesis.orElse(null));
		model.addAttribute("opinions", synthesis.flatMap(material::opinionGroups).orElse(null));
		model.addAttribute("texts", synthesis.map(material::topicClusters).orElse(java.util.List.of()));
		model.addAttribute("canEdit", canEdit);
		return "participation/consultation/synthesis";
	}

	@GetMapping("/consultations/{slug}/synthese/rediger")
	String writeSynthesis(@PathVariable String slug, Model model) {
		Consultation c = editable(slug);
		return synthesisForm(model, c, consultations.synthesis(c.id())
			.map(s -> new SynthesisForm(s.body(), s.method(), s.opinionGroupsJson() != null, s.topicClustersJson() != null))
			.orElse(new SynthesisForm("", "", true, true)), FormErrors.none());
	}

	@PostMapping("/consultations/{slug}/synthese/rediger")
	String saveSynthesis(@PathVariable String slug, @RequestParam(defaultValue = "") String body,
			@RequestParam(defaultValue = "") String method, @RequestParam(defaultValue = "false") boolean opinionGroups,
			@RequestParam(defaultValue = "false") boolean topicClusters, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Consultation c = editable(slug);
		SynthesisDraft draft = material.draft(c.id());
		FormErrors errors = lifecycle.saveSynthesis(users.require(), c, body, method,
				opinionGroups ? material.opinionGroupsJson(draft) : null,
				topicClusters ? material.topicClustersJson(draft) : null);
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return synthesisForm(model, c, new SynthesisForm(body, method, opinionGroups, topicClusters), errors);
		}
		redirect.addFlashAttribute("flash", "participation.flash.synthesisSaved");
		return "redirect:/consultations/" + slug + "/synthese/rediger";
	}

	@PostMapping("/consultations/{slug}/synthese/publier")
	String publishSynthesis(@PathVariable String slug, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Consultation c = editable(slug);
		FormErrors errors = lifecycle.publishSynthesis(users.require(), c);
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return synthesisForm(model, c, consultations.synthesis(c.id())
				.map(s -> new SynthesisForm(s.body(), s.method(), s.opinionGroupsJson() != null, s.topicClustersJson() != null))
				.orElse(new SynthesisForm("", "", true, true)), errors);
		}
		redirect.addFlashAttribute("flash", "participation.flash.synthesisPublished");
		return "redirect:/consultations/" + slug + "/synthese";
	}

	@GetMapping("/consultations/{slug}/suites")
	String followUps(@PathVariable String slug, Model model) {
		Consultation c = found(slug);
		boolean canEdit = permissions.canEdit(users.current(), c);
		if (c.followUpsPublishedAt() == null && !canEdit) {
			throw new NotFoundException("The follow-ups of " + slug + " are not published");
		}
		common(model, c);
		model.addAttribute("followUps", consultations.followUps(c.id()));
		model.addAttribute("canEdit", canEdit);
		return "participation/consultation/follow-ups";
	}

	@GetMapping("/consultations/{slug}/suites/rediger")
	String writeFollowUps(@PathVariable String slug, Model model) {
		return followUpsForm(model, editable(slug), new DecisionForm(null, "", "", ""), FormErrors.none());
	}

	@PostMapping("/consultations/{slug}/suites/rediger")
	String decide(@PathVariable String slug, @RequestParam(required = false) String proposal,
			@RequestParam(defaultValue = "") String theme, @RequestParam(defaultValue = "") String decision,
			@RequestParam(defaultValue = "") String explanation, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Consultation c = editable(slug);
		String proposalText = Forms.blankToNull(proposal);
		Long proposalId = proposalText != null && proposalText.matches("\\d{1,18}") ? Long.valueOf(proposalText) : null;
		FormErrors errors = proposalText != null && proposalId == null
				? new FormErrors().reject("subject", "participation.error.followUpSubject")
				: lifecycle.decide(users.require(), c, proposalId, theme, decision, explanation);
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return followUpsForm(model, c, new DecisionForm(proposalId, theme, decision, explanation), errors);
		}
		redirect.addFlashAttribute("flash", "participation.flash.decisionSaved");
		return "redirect:/consultations/" + slug + "/suites/rediger";
	}

	@PostMapping("/consultations/{slug}/suites/publier")
	String publishFollowUps(@PathVariable String slug, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Consultation c = editable(slug);
		FormErrors errors = lifecycle.publishFollowUps(users.require(), c);
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return followUpsForm(model, c, new DecisionForm(null, "", "", ""), errors);
		}
		redirect.addFlashAttribute("flash", "participation.flash.followUpsPublished");
		return "redirect:/consultations/" + slug + "/suites";
	}

	private String synthesisForm(Model model, Consultation c, SynthesisForm form, FormErrors errors) {
		common(model, c);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("counts", consultations.counts(c.id()));
		model.addAttribute("participants", consultations.participants(c.id()));
		model.addAttribute("draft", material.draft(c.id()));
		model.addAttribute("saved", consultations.synthesis(c.id()).orElse(null));
		return "participation/consultation/synthesis-form";
	}

	private String followUpsForm(Model model, Consultation c, DecisionForm form, FormErrors errors) {
		common(model, c);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("followUps", consultations.followUps(c.id()));
		model.addAttribute("proposals", consultations.proposalsToAnswer(c.id()));
		return "participation/consultation/follow-ups-form";
	}

	private void common(Model model, Consultation c) {
		ConsultationPhase phase = c.phase(consultations.now());
		model.addAttribute("c", c);
		model.addAttribute("phase", phase);
		model.addAttribute("md", markdown);
	}

	private Consultation found(String slug) {
		return consultations.findBySlug(slug)
			.filter(c -> permissions.canRead(users.current(), c))
			.orElseThrow(() -> new NotFoundException("No consultation " + slug));
	}

	private Consultation editable(String slug) {
		Consultation c = consultations.findBySlug(slug).orElseThrow(() -> new NotFoundException("No consultation " + slug));
		CurrentUser user = users.require();
		if (!permissions.canEdit(Optional.of(user), c)) {
			throw new AccessDeniedException("Not an agent of " + c.organisationName());
		}
		return c;
	}
}
