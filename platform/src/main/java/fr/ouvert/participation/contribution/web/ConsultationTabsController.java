package fr.ouvert.participation.contribution.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.ouvert.kernel.markdown.Markdown;
import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.CurrentUserSource;
import fr.ouvert.kernel.security.RateLimited;
import fr.ouvert.participation.contribution.Answer;
import fr.ouvert.participation.contribution.ConsultationRef;
import fr.ouvert.participation.contribution.ConsultationRefs;
import fr.ouvert.participation.contribution.ContributionPermissions;
import fr.ouvert.participation.contribution.ContributionRefused;
import fr.ouvert.participation.contribution.Proposal;
import fr.ouvert.participation.contribution.ProposalSort;
import fr.ouvert.participation.contribution.Proposals;
import fr.ouvert.participation.contribution.Question;
import fr.ouvert.participation.contribution.Statements;
import fr.ouvert.participation.contribution.Surveys;
import fr.ouvert.participation.contribution.Vote;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The other ways of taking part, one page each: the submitted text with contributions and amendments per
 * article, the survey with its results, and the debate of statements to vote on.
 */
@Controller
class ConsultationTabsController {

	/** Contributions and amendments shown per article, most supported first. */
	static final int PER_ARTICLE = 50;

	private final ConsultationRefs consultations;
	private final Proposals proposals;
	private final Statements statements;
	private final Surveys surveys;
	private final ContributionPermissions permissions;
	private final Markdown markdown;
	private final JdbcClient jdbc;
	private final CurrentUserSource users;

	ConsultationTabsController(ConsultationRefs consultations, Proposals proposals, Statements statements,
			Surveys surveys, ContributionPermissions permissions, Markdown markdown, JdbcClient jdbc,
			CurrentUserSource users) {
		this.consultations = consultations;
		this.proposals = proposals;
		this.statements = statements;
		this.surveys = surveys;
		this.permissions = permissions;
		this.markdown = markdown;
		this.jdbc = jdbc;
		this.users = users;
	}

	@GetMapping("/consultations/{slug}/texte")
	String text(@PathVariable String slug, Model model) {
		ConsultationRef consultation = consultations.require(slug);
		Optional<CurrentUser> user = users.current();
		boolean moderator = permissions.moderates(user);
		PageRequest first = PageRequest.of(1, PER_ARTICLE);
		List<ArticleView> articles = jdbc.sql("""
				select id, position, title, body from participation_article where consultation_id = ? order by position""")
			.param(consultation.id())
			.query((rs, row) -> new ArticleView(rs.getLong("id"), rs.getInt("position"), rs.getString("title"),
					rs.getString("body"), null, null))
			.list()
			.stream()
			.map(a -> new ArticleView(a.id(), a.position(), a.title(), markdown.toHtml(a.bodyHtml()),
					proposals.page(consultation, Proposal.CONTRIBUTION, a.id(), ProposalSort.MOST_SUPPORTED, "", first, user, moderator),
					proposals.page(consultation, Proposal.AMENDMENT, a.id(), ProposalSort.MOST_SUPPORTED, "", first, user, moderator)))
			.toList();
		model.addAttribute("consultation", consultation);
		model.addAttribute("articles", articles);
		model.addAttribute("refusal", ContributionRules.refusal(permissions, user, consultation, ConsultationRef.ARTICLES));
		return "participation/contribution/text";
	}

	@GetMapping("/consultations/{slug}/questionnaire")
	String survey(@PathVariable String slug, Model model) {
		ConsultationRef consultation = consultations.require(slug);
		Optional<CurrentUser> user = users.current();
		List<Question> questions = surveys.questions(consultation);
		model.addAttribute("consultation", consultation);
		model.addAttribute("questions", questions);
		model.addAttribute("answers", user.map(u -> surveys.answersOf(u.id(), questions)).orElse(Map.of()));
		model.addAttribute("results", surveys.results(consultation));
		model.addAttribute("refusal", ContributionRules.refusal(permissions, user, consultation, ConsultationRef.SURVEY));
		return "participation/contribution/survey";
	}

	/**
	 * Saves the answers given ({@code q<id>} fields); questions left blank keep their earlier answer.
	 * Answers that do not fit their question are reported, the others saved.
	 */
	@PostMapping("/consultations/{slug}/questionnaire")
	@RateLimited
	String answer(@PathVariable String slug, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
		ConsultationRef consultation = consultations.require(slug);
		CurrentUser participant = users.require();
		List<String> problems = new ArrayList<>();
		try {
			for (Question question : surveys.questions(consultation)) {
				List<String> values = form.getOrDefault("q" + question.id(), List.of()).stream().filter(v -> !v.isBlank()).toList();
				if (values.isEmpty()) {
					continue;
				}
				Answer answer = switch (question.kind()) {
					case Question.SCALE -> new Answer(List.of(), parse(values.get(0)), null);
					case Question.TEXT -> new Answer(List.of(), null, values.get(0));
					default -> new Answer(values.stream().map(ConsultationTabsController::parse).toList(), null, null);
				};
				Optional<String> problem = surveys.problem(question, answer);
				if (problem.isPresent()) {
					problems.add(problem.get());
				}
				else {
					surveys.answer(participant, question, answer);
				}
			}
		}
		catch (ContributionRefused e) {
			redirect.addFlashAttribute("flashError", e.reason().messageKey());
			return "redirect:" + consultation.path() + "/questionnaire";
		}
		redirect.addFlashAttribute(problems.isEmpty() ? "flash" : "flashError",
				problems.isEmpty() ? "participation.contribution.flash.answered" : problems.get(0));
		return "redirect:" + consultation.path() + "/questionnaire";
	}

	@GetMapping("/consultations/{slug}/debat")
	String debate(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
		ConsultationRef consultation = consultations.require(slug);
		Optional<CurrentUser> user = users.current();
		model.addAttribute("consultation", consultation);
		model.addAttribute("debate", statements.page(consultation, PageRequest.of(Math.max(1, page), 20), user,
				permissions.moderates(user)));
		model.addAttribute("refusal", ContributionRules.refusal(permissions, user, consultation, ConsultationRef.STATEMENTS));
		model.addAttribute("votes", voteLabels());
		return "participation/contribution/debate";
	}

	@PostMapping("/consultations/{slug}/debat")
	@RateLimited
	String addStatement(@PathVariable String slug, @RequestParam(defaultValue = "") String body,
			RedirectAttributes redirect) {
		ConsultationRef consultation = consultations.require(slug);
		try {
			Statements.Added added = statements.add(users.require(), consultation, body);
			if (!added.errors().isEmpty()) {
				redirect.addFlashAttribute("flashError", added.errors().key("body"));
				return "redirect:" + consultation.path() + "/debat#nouvelle-affirmation";
			}
			redirect.addFlashAttribute("flash", "participation.contribution.flash.statement");
			return "redirect:" + consultation.path() + "/debat#affirmation-" + added.statementId();
		}
		catch (ContributionRefused e) {
			redirect.addFlashAttribute("flashError", e.reason().messageKey());
			return "redirect:" + consultation.path() + "/debat";
		}
	}

	@PostMapping("/consultations/{slug}/debat/{id}/vote")
	@RateLimited
	String vote(@PathVariable String slug, @PathVariable long id, @RequestParam(defaultValue = "") String vote,
			RedirectAttributes redirect) {
		ConsultationRef consultation = consultations.require(slug);
		Optional<Vote> choice = Vote.ofCode(vote);
		if (choice.isEmpty()) {
			redirect.addFlashAttribute("flashError", "participation.contribution.error.vote");
		}
		else {
			try {
				statements.vote(users.require(), id, choice.get());
				redirect.addFlashAttribute("flash", "participation.contribution.flash.voted");
			}
			catch (ContributionRefused e) {
				redirect.addFlashAttribute("flashError", e.reason().messageKey());
			}
		}
		return "redirect:" + consultation.path() + "/debat#affirmation-" + id;
	}

	private static Map<String, Vote> voteLabels() {
		Map<String, Vote> votes = new LinkedHashMap<>();
		for (Vote v : Vote.values()) {
			votes.put("participation.contribution.vote." + v.code(), v);
		}
		return votes;
	}

	private static Integer parse(String value) {
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}
}
