package fr.ouvert.participation.contribution.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.kernel.opendata.Paged;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.security.CurrentUserSource;
import fr.ouvert.kernel.security.RateLimited;
import fr.ouvert.kernel.web.ApiError;
import fr.ouvert.kernel.web.BadRequestException;
import fr.ouvert.participation.contribution.Answer;
import fr.ouvert.participation.contribution.ConsultationRef;
import fr.ouvert.participation.contribution.ConsultationRefs;
import fr.ouvert.participation.contribution.ContributionRefused;
import fr.ouvert.participation.contribution.Proposal;
import fr.ouvert.participation.contribution.ProposalPage;
import fr.ouvert.participation.contribution.ProposalSort;
import fr.ouvert.participation.contribution.Proposals;
import fr.ouvert.participation.contribution.Question;
import fr.ouvert.participation.contribution.Statement;
import fr.ouvert.participation.contribution.Statements;
import fr.ouvert.participation.contribution.Surveys;
import fr.ouvert.participation.contribution.Vote;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What participants contribute, through the API: proposal lists, supports, statement votes and survey
 * answers. Writes are idempotent {@code PUT}/{@code DELETE}: sending the same request twice leaves the
 * same state. Anonymous calls get 401, accounts a consultation does not accept 403, and any write
 * outside the consultation's open phase 409, each with udata's error shape.
 */
@RestController
@RequestMapping("/api/1/participation")
@Tag(name = "Participation : contributions", description = "Propositions, soutiens, votes sur les affirmations et réponses aux questionnaires")
class ContributionApiController {

	record ProposalResource(long id, String kind, Long articleId, String title, String body, String authorName,
			int supportCount, int commentCount, Instant createdAt, Boolean supported, String page) {
	}

	record SupportResource(long proposalId, boolean supported, int supportCount) {
	}

	record VoteBody(String vote) {
	}

	record VoteResource(long statementId, String vote, int agreeCount, int disagreeCount, int passCount) {
	}

	record AnswerBody(List<Integer> choices, Integer scale, String text) {
	}

	record AnswerResource(long questionId, List<Integer> choices, Integer scale, String text) {
	}

	private final ConsultationRefs consultations;
	private final Proposals proposals;
	private final Statements statements;
	private final Surveys surveys;
	private final CurrentUserSource users;
	private final MessageSource messages;

	ContributionApiController(ConsultationRefs consultations, Proposals proposals, Statements statements,
			Surveys surveys, CurrentUserSource users, MessageSource messages) {
		this.consultations = consultations;
		this.proposals = proposals;
		this.statements = statements;
		this.surveys = surveys;
		this.users = users;
		this.messages = messages;
	}

	@GetMapping("/consultations/{slug}/proposals")
	@Operation(summary = "Les propositions d'une consultation, page par page",
			description = "Ordre au hasard : passez le même « seed » d'une page à l'autre (les liens de page le gardent).")
	Paged<ProposalResource> list(@PathVariable String slug,
			@Parameter(description = "proposal, contribution ou amendment") @RequestParam(defaultValue = "proposal") String kind,
			@Parameter(description = "most_supported, newest ou random") @RequestParam(defaultValue = "most_supported") String sort,
			@Parameter(description = "Graine de l'ordre au hasard") @RequestParam(required = false) String seed,
			@RequestParam(required = false) Integer page, @RequestParam(name = "page_size", required = false) Integer pageSize) {
		ConsultationRef consultation = consultations.require(slug);
		if (!List.of(Proposal.PROPOSAL, Proposal.CONTRIBUTION, Proposal.AMENDMENT).contains(kind)) {
			throw new BadRequestException("kind", "must be proposal, contribution or amendment");
		}
		ProposalSort order = ProposalSort.ofApi(sort)
			.orElseThrow(() -> new BadRequestException("sort", "must be most_supported, newest or random"));
		if (seed != null && !VisitorSeed.valid(seed)) {
			throw new BadRequestException("seed", "must be 1 to 32 letters or digits");
		}
		String usedSeed = seed == null ? VisitorSeed.fresh() : seed;
		PageRequest request = PageRequest.of(page, pageSize);
		Optional<CurrentUser> viewer = users.current();
		ProposalPage listing = proposals.page(consultation, kind, null, order, usedSeed, request, viewer, false);
		var self = ServletUriComponentsBuilder.fromCurrentRequest();
		if (order == ProposalSort.RANDOM) {
			self.replaceQueryParam("seed", usedSeed);
		}
		return Paged.of(listing.items().stream().map(i -> resource(consultation, i, viewer.isPresent())).toList(),
				request, listing.total(), self);
	}

	@PutMapping("/proposals/{id}/support")
	@RateLimited
	@Operation(summary = "Soutenir une proposition (une fois par compte ; recommencer ne change rien)")
	SupportResource support(@PathVariable long id) {
		Proposals.Support support = proposals.support(users.require(), id, true);
		return new SupportResource(id, support.supported(), support.supportCount());
	}

	@DeleteMapping("/proposals/{id}/support")
	@RateLimited
	@Operation(summary = "Retirer son soutien, tant que la consultation est ouverte")
	SupportResource withdraw(@PathVariable long id) {
		Proposals.Support support = proposals.support(users.require(), id, false);
		return new SupportResource(id, support.supported(), support.supportCount());
	}

	@PutMapping("/statements/{id}/vote")
	@RateLimited
	@Operation(summary = "Voter sur une affirmation : agree, disagree ou pass ; le vote peut changer tant que la consultation est ouverte")
	VoteResource vote(@PathVariable long id, @RequestBody VoteBody body) {
		Vote vote = Vote.ofCode(body.vote() == null ? "" : body.vote())
			.orElseThrow(() -> new BadRequestException("vote", "must be agree, disagree or pass"));
		Statement statement = statements.vote(users.require(), id, vote);
		return new VoteResource(id, vote.code(), statement.agreeCount(), statement.disagreeCount(), statement.passCount());
	}

	@PutMapping("/questions/{id}/answer")
	@RateLimited
	@Operation(summary = "Répondre à une question : « choices » (indices des options), « scale » ou « text » selon la question")
	ResponseEntity<?> answer(@PathVariable long id, @RequestBody AnswerBody body) {
		CurrentUser participant = users.require();
		Question question = surveys.question(id);
		Answer answer = new Answer(body.choices() == null ? List.of() : body.choices(), body.scale(), body.text());
		Optional<String> problem = surveys.problem(question, answer);
		if (problem.isPresent()) {
			return ResponseEntity.unprocessableContent()
				.body(new ApiError("Réponse invalide", 422,
						Map.of(field(question), messages.getMessage(problem.get(), null, Locale.FRENCH))));
		}
		surveys.answer(participant, question, answer);
		return ResponseEntity.ok(new AnswerResource(id, answer.choices(), answer.scaleValue(), answer.text()));
	}

	@ExceptionHandler(ContributionRefused.class)
	ResponseEntity<ApiError> refused(ContributionRefused e) {
		String message = switch (e.reason()) {
			case NOT_OPEN -> "La consultation n'est pas ouverte aux contributions";
			case NOT_VERIFIED -> "Cette consultation demande un compte vérifié (FranceConnect ou ProConnect)";
			case NOT_OFFERED -> "Cette consultation ne propose pas ce type de contribution";
		};
		return ResponseEntity.status(e.reason().status())
			.body(new ApiError(message, e.reason().status(), Map.of("consultation", e.reason().name().toLowerCase())));
	}

	private static String field(Question question) {
		return switch (question.kind()) {
			case Question.SCALE -> "scale";
			case Question.TEXT -> "text";
			default -> "choices";
		};
	}

	private ProposalResource resource(ConsultationRef consultation, ProposalPage.Item item, boolean signedIn) {
		Proposal p = item.proposal();
		return new ProposalResource(p.id(), p.kind(), p.articleId(), p.title(), p.body(), p.authorName(),
				p.supportCount(), p.commentCount(), p.createdAt(), signedIn ? item.supported() : null,
				ServletUriComponentsBuilder.fromCurrentContextPath()
					.path(consultation.path() + "/propositions/" + p.id())
					.toUriString());
	}
}
