package fr.ouvert.participation.contribution;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.ouvert.kernel.audit.AuditTrail;
import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.web.FormErrors;
import fr.ouvert.kernel.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals, paragraph contributions and amendments: submitting one, listing them page by page, and
 * supporting them (one support per account, enforced by the primary key; asking twice changes nothing).
 */
@Service
public class Proposals {

	/** What a participant submits. {@code articleId} is required for contributions and amendments. */
	public record Draft(String kind, Long articleId, String title, String body, boolean showName) {
	}

	public sealed interface Outcome permits Submitted, Rejected {
	}

	public record Submitted(long id) implements Outcome {
	}

	public record Rejected(FormErrors errors) implements Outcome {
	}

	/** The support of one account after a request, and the item's count. */
	public record Support(boolean supported, int supportCount) {
	}

	private final ProposalStore store;
	private final ConsultationRefs consultations;
	private final ContributionPermissions permissions;
	private final AuditTrail audit;
	private final JdbcClient jdbc;

	Proposals(ProposalStore store, ConsultationRefs consultations, ContributionPermissions permissions, AuditTrail audit,
			JdbcClient jdbc) {
		this.store = store;
		this.consultations = consultations;
		this.permissions = permissions;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	/** @throws ContributionRefused when the author may not contribute to this consultation now */
	@Transactional
	public Outcome submit(CurrentUser author, ConsultationRef consultation, Draft draft) {
		String kind = draft.kind() == null ? "" : draft.kind();
		permissions.require(author, consultation, Proposal.contributionType(kind));
		String title = draft.title() == null ? "" : draft.title().strip();
		String body = draft.body() == null ? "" : draft.body().strip();
		FormErrors errors = new FormErrors()
			.rejectIf(!List.of(Proposal.PROPOSAL, Proposal.CONTRIBUTION, Proposal.AMENDMENT).contains(kind), "kind",
					"participation.contribution.error.kind")
			.rejectIf(title.length() < 3, "title", "participation.contribution.error.title.short")
			.rejectIf(title.length() > 200, "title", "participation.contribution.error.title.long")
			.rejectIf(body.isEmpty(), "body", "participation.contribution.error.body.empty")
			.rejectIf(body.length() > 10_000, "body", "participation.contribution.error.body.long");
		boolean onArticle = Proposal.CONTRIBUTION.equals(kind) || Proposal.AMENDMENT.equals(kind);
		errors.rejectIf(onArticle && (draft.articleId() == null || !articleOf(consultation, draft.articleId())), "article",
				"participation.contribution.error.article");
		if (!errors.isEmpty()) {
			return new Rejected(errors);
		}
		long id = store.insert(consultation.id(), kind, onArticle ? draft.articleId() : null, author.id(),
				draft.showName() ? author.displayName() : null, title, body);
		audit.record(author, "participation.proposal.create", "participation-proposal", Long.toString(id), null,
				find(id).auditState());
		return new Submitted(id);
	}

	/**
	 * Adds ({@code support = true}) or withdraws the account's support. Idempotent: asking for the state
	 * one already has changes nothing.
	 *
	 * @throws ContributionRefused when the consultation is not open or the account may not take part
	 */
	@Transactional
	public Support support(CurrentUser supporter, long proposalId, boolean support) {
		Proposal proposal = find(proposalId);
		if (proposal.hidden()) {
			throw new NotFoundException("Proposal " + proposalId + " is hidden");
		}
		ConsultationRef consultation = consultations.byId(proposal.consultationId())
			.orElseThrow(() -> new NotFoundException("No published consultation for proposal " + proposalId));
		permissions.require(supporter, consultation, Proposal.contributionType(proposal.kind()));
		Optional<Integer> changed = support ? store.addSupport(proposalId, supporter.id())
				: store.removeSupport(proposalId, supporter.id());
		return new Support(support, changed.orElseGet(() -> find(proposalId).supportCount()));
	}

	public Proposal find(long id) {
		return store.find(id).orElseThrow(() -> new NotFoundException("No proposal " + id));
	}

	/** A visible proposal of this consultation (moderators also see hidden ones), or 404. */
	public Proposal findIn(ConsultationRef consultation, long id, boolean moderator) {
		return store.find(id)
			.filter(p -> p.consultationId() == consultation.id() && (moderator || !p.hidden()))
			.orElseThrow(() -> new NotFoundException("No proposal " + id + " in " + consultation.slug()));
	}

	public boolean supports(long accountId, long proposalId) {
		return !store.supportedBy(accountId, List.of(proposalId)).isEmpty();
	}

	/**
	 * One page of a consultation's items of one kind, in the given order.
	 *
	 * @param articleId only the items on this article, or {@code null} for all
	 * @param viewer whose supports to mark (may be empty)
	 * @param moderator whether hidden items are listed (marked as such)
	 */
	public ProposalPage page(ConsultationRef consultation, String kind, Long articleId, ProposalSort sort, String seed,
			PageRequest request, Optional<CurrentUser> viewer, boolean moderator) {
		List<Proposal> proposals = store.page(consultation.id(), kind, articleId, sort, seed, moderator,
				request.pageSize(), request.offset());
		Set<Long> supported = viewer
			.map(v -> store.supportedBy(v.id(), proposals.stream().map(Proposal::id).toList()))
			.orElse(Set.of());
		List<ProposalPage.Item> items = proposals.stream()
			.map(p -> new ProposalPage.Item(p, supported.contains(p.id())))
			.toList();
		return new ProposalPage(consultation, kind, items, store.count(consultation.id(), kind, articleId, moderator),
				request.page(), request.pageSize(), sort, seed);
	}

	private boolean articleOf(ConsultationRef consultation, long articleId) {
		return jdbc.sql("select exists (select 1 from participation_article where id = ? and consultation_id = ?)")
			.params(articleId, consultation.id())
			.query(Boolean.class)
			.single();
	}
}
