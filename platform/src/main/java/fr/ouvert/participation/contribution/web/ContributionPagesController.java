package fr.ouvert.participation.contribution.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.ouvert.comment.CommentThread;
import fr.ouvert.comment.Comments;
import fr.ouvert.comment.ThreadOptions;
import fr.ouvert.kernel.markdown.Markdown;
import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.CurrentUserSource;
import fr.ouvert.kernel.security.RateLimited;
import fr.ouvert.kernel.web.FormErrors;
import fr.ouvert.participation.contribution.ConsultationRef;
import fr.ouvert.participation.contribution.ConsultationRefs;
import fr.ouvert.participation.contribution.ContributionPermissions;
import fr.ouvert.participation.contribution.ContributionRefused;
import fr.ouvert.participation.contribution.FollowUps;
import fr.ouvert.participation.contribution.Proposal;
import fr.ouvert.participation.contribution.ProposalPage;
import fr.ouvert.participation.contribution.ProposalSort;
import fr.ouvert.participation.contribution.Proposals;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The proposals of a consultation: the list (sorted, paged on the server; htmx swaps the list alone),
 * the form, one proposal with its supports, follow-up and comment thread. Contributions and amendments
 * are posted here too, from the text page.
 */
@Controller
class ContributionPagesController {

	static final int PAGE_SIZE = 20;

	private final ConsultationRefs consultations;
	private final Proposals proposals;
	private final ContributionPermissions permissions;
	private final FollowUps followUps;
	private final Comments comments;
	private final Markdown markdown;
	private final CurrentUserSource users;

	ContributionPagesController(ConsultationRefs consultations, Proposals proposals, ContributionPermissions permissions,
			FollowUps followUps, Comments comments, Markdown markdown, CurrentUserSource users) {
		this.consultations = consultations;
		this.proposals = proposals;
		this.permissions = permissions;
		this.followUps = followUps;
		this.comments = comments;
		this.markdown = markdown;
		this.users = users;
	}

	/** Unknown sort values fall back to the most supported first: the page always answers. */
	@GetMapping("/consultations/{slug}/propositions")
	String list(@PathVariable String slug, @RequestParam(name = "tri", required = false) String sort,
			@RequestParam(defaultValue = "1") int page, @RequestHeader(name = "HX-Request", required = false) String htmx,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		ConsultationRef consultation = consultations.require(slug);
		model.addAttribute("listing", listing(consultation, sort, page, request, response));
		if (htmx != null) {
			return "participation/contribution/proposal-list";
		}
		return listPage(model, consultation, new Proposals.Draft(Proposal.PROPOSAL, null, "", "", true), FormErrors.none());
	}

	@PostMapping("/consultations/{slug}/propositions")
	@RateLimited
	String submit(@PathVariable String slug, @RequestParam(defaultValue = Proposal.PROPOSAL) String kind,
			@RequestParam(name = "article", required = false) Long articleId, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String body, @RequestParam(name = "nom", defaultValue = "false") boolean showName,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		ConsultationRef consultation = consultations.require(slug);
		Proposals.Draft draft = new Proposals.Draft(kind, articleId, title, body, showName);
		boolean onText = !Proposal.PROPOSAL.equals(kind);
		Proposals.Outcome outcome;
		try {
			outcome = proposals.submit(users.require(), consultation, draft);
		}
		catch (ContributionRefused e) {
			redirect.addFlashAttribute("flashError", e.reason().messageKey());
			return "redirect:" + consultation.path() + (onText ? "/texte" : "/propositions");
		}
		if (outcome instanceof Proposals.Rejected rejected) {
			if (onText) {
				redirect.addFlashAttribute("flashError", rejected.errors().all().values().iterator().next());
				return "redirect:" + consultation.path() + "/texte" + (articleId == null ? "" : "#article-" + articleId);
			}
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("listing", listing(consultation, null, 1, request, response));
			return listPage(model, consultation, draft, rejected.errors());
		}
		redirect.addFlashAttribute("flash", "participation.contribution.flash.submitted");
		return "redirect:" + consultation.path() + "/propositions/" + ((Proposals.Submitted) outcome).id();
	}

	@GetMapping("/consultations/{slug}/propositions/{id}")
	String detail(@PathVariable String slug, @PathVariable long id, @RequestParam(name = CommentThread.PAGE_PARAMETER, defaultValue = "1") int commentPage, Model model) {
		ConsultationRef consultation = consultations.require(slug);
		Optional<CurrentUser> user = users.current();
		boolean moderator = permissions.moderates(user);
		Proposal proposal = proposals.findIn(consultation, id, moderator);
		model.addAttribute("consultation", consultation);
		model.addAttribute("proposal", proposal);
		model.addAttribute("bodyHtml", markdown.toHtml(proposal.body()));
		model.addAttribute("supported", user.map(u -> proposals.supports(u.id(), id)).orElse(false));
		model.addAttribute("refusal", ContributionRules.refusal(permissions, user, consultation, Proposal.contributionType(proposal.kind())));
		model.addAttribute("moderator", moderator);
		model.addAttribute("followUp", followUps.ofProposal(consultation, id).orElse(null));
		model.addAttribute("followUpHtml", followUps.ofProposal(consultation, id).map(f -> markdown.toHtml(f.explanation())).orElse(""));
		model.addAttribute("thread", proposal.hidden() ? null
				: comments.thread(Proposal.LINKABLE_TYPE, Long.toString(id), user, ThreadOptions.WITH_ALIGNMENT.onPage(commentPage)));
		return "participation/contribution/proposal";
	}

	/** {@code soutien=false} withdraws the support; posting the same value twice changes nothing. */
	@PostMapping("/consultations/{slug}/propositions/{id}/soutien")
	@RateLimited
	String support(@PathVariable String slug, @PathVariable long id,
			@RequestParam(name = "soutien", defaultValue = "true") boolean support, RedirectAttributes redirect) {
		ConsultationRef consultation = consultations.require(slug);
		proposals.findIn(consultation, id, false);
		try {
			proposals.support(users.require(), id, support);
			redirect.addFlashAttribute("flash", support ? "participation.contribution.flash.supported"
					: "participation.contribution.flash.unsupported");
		}
		catch (ContributionRefused e) {
			redirect.addFlashAttribute("flashError", e.reason().messageKey());
		}
		return "redirect:" + consultation.path() + "/propositions/" + id + "#soutiens";
	}

	private ProposalPage listing(ConsultationRef consultation, String sort, int page, HttpServletRequest request,
			HttpServletResponse response) {
		ProposalSort order = ProposalSort.ofPage(sort).orElse(ProposalSort.MOST_SUPPORTED);
		String seed = order == ProposalSort.RANDOM ? VisitorSeed.of(request, response) : "";
		Optional<CurrentUser> user = users.current();
		return proposals.page(consultation, Proposal.PROPOSAL, null, order, seed, PageRequest.of(Math.max(1, page), PAGE_SIZE),
				user, permissions.moderates(user));
	}

	private String listPage(Model model, ConsultationRef consultation, Proposals.Draft draft, FormErrors errors) {
		model.addAttribute("consultation", consultation);
		model.addAttribute("refusal", ContributionRules.refusal(permissions, users.current(), consultation, ConsultationRef.PROPOSALS));
		model.addAttribute("draft", draft);
		model.addAttribute("errors", errors);
		model.addAttribute("sorts", List.of(ProposalSort.values()));
		return "participation/contribution/proposals";
	}
}
