package fr.ouvert.plan.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan as pages and the API read it. The whole plan is 21 commitments and about 130 actions:
 * it is read in a few queries and filtered in memory.
 */
@Service
@Transactional(readOnly = true)
public class PlanQueries {

	/** A commitment with the progress of its actions. */
	public record CommitmentRow(Commitment commitment, Progress progress) {
	}

	/** Filters of the overview; {@code null} means "any". */
	public record Filter(String institution, ActionStatus status, String principle, boolean overdueOnly) {
		boolean accepts(CommitmentRow row) {
			return (institution == null || row.commitment().carriers().stream().anyMatch(i -> i.slug().equals(institution)))
					&& (status == null || row.progress().status() == status)
					&& (principle == null || row.commitment().principles().contains(principle))
					&& (!overdueOnly || row.progress().overdue() > 0);
		}

		public boolean any() {
			return institution != null || status != null || principle != null || overdueOnly;
		}
	}

	public record Overview(List<Section> sections, List<CommitmentRow> rows, Progress total, List<Institution> institutions,
			List<Principle> principles, Filter filter) {

		public List<CommitmentRow> rowsOf(int section) {
			return rows.stream().filter(r -> r.commitment().section() == section).toList();
		}
	}

	public record CommitmentDetail(Commitment commitment, Section section, List<Action> actions, Progress progress,
			List<StatusChange> history, Map<String, Principle> principles) {
	}

	public record ActionDetail(Action action, Commitment commitment, List<StatusChange> history) {
	}

	public record InstitutionDetail(Institution institution, List<CommitmentRow> carried, List<Action> engagements,
			Progress progress) {
	}

	private final PlanRepository repository;
	private final Clock clock;

	PlanQueries(PlanRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public Overview overview(Filter filter) {
		List<Action> actions = repository.actions(today());
		List<CommitmentRow> rows = rows(repository.commitments(), actions);
		return new Overview(repository.sections(), rows.stream().filter(filter::accepts).toList(), Progress.of(actions),
				repository.institutions(), repository.principles(), filter);
	}

	public List<CommitmentRow> commitments(Filter filter) {
		return rows(repository.commitments(), repository.actions(today())).stream().filter(filter::accepts).toList();
	}

	public Optional<CommitmentDetail> commitment(int number) {
		return repository.commitment(number).map(commitment -> {
			List<Action> actions = repository.actionsOf(number, today());
			Section section = repository.sections().stream().filter(s -> s.number() == commitment.section()).findFirst()
				.orElseThrow();
			return new CommitmentDetail(commitment, section, actions, Progress.of(actions),
					repository.historyOfCommitment(number), principlesByCode());
		});
	}

	public List<Action> actions() {
		return repository.actions(today());
	}

	public Optional<ActionDetail> action(String id) {
		return repository.action(id, today())
			.map(action -> new ActionDetail(action, repository.commitment(action.commitment()).orElseThrow(),
					repository.historyOfAction(id)));
	}

	public List<Institution> institutions() {
		return repository.institutions();
	}

	public Optional<InstitutionDetail> institution(String slug) {
		return repository.institutions().stream().filter(i -> i.slug().equals(slug)).findFirst().map(institution -> {
			List<Action> actions = repository.actions(today());
			List<CommitmentRow> carried = rows(repository.commitments(), actions).stream()
				.filter(r -> r.commitment().carriers().contains(institution))
				.toList();
			List<Action> engagements = actions.stream().filter(a -> a.engagedBy().contains(institution)).toList();
			List<Integer> carriedNumbers = carried.stream().map(r -> r.commitment().number()).toList();
			List<Action> accountable = actions.stream()
				.filter(a -> carriedNumbers.contains(a.commitment()) || a.engagedBy().contains(institution))
				.toList();
			return new InstitutionDetail(institution, carried, engagements, Progress.of(accountable));
		});
	}

	private static List<CommitmentRow> rows(List<Commitment> commitments, List<Action> actions) {
		Map<Integer, List<Action>> byCommitment = actions.stream().collect(Collectors.groupingBy(Action::commitment));
		return commitments.stream()
			.map(c -> new CommitmentRow(c, Progress.of(byCommitment.getOrDefault(c.number(), List.of()))))
			.toList();
	}

	private Map<String, Principle> principlesByCode() {
		return repository.principles().stream().collect(Collectors.toMap(Principle::code, Function.identity()));
	}
}
