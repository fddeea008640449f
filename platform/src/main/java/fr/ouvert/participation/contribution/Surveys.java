package fr.ouvert.participation.contribution;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.ouvert.kernel.security.CurrentUser;
import fr.ouvert.kernel.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Surveys: questions of a consultation, one answer per account and question (answering again replaces
 * the answer while the consultation is open), and the results.
 */
@Service
public class Surveys {

	/**
	 * The results of one question.
	 *
	 * @param counts for choice questions, the count per option (in option order); for a scale, per value
	 * @param texts for a free-text question, the latest answers
	 */
	public record Results(Question question, long answers, Map<String, Long> counts, List<String> texts) {
	}

	/** How many free-text answers the results page lists per question. */
	static final int TEXTS_SHOWN = 100;

	private final JdbcClient jdbc;
	private final ConsultationRefs consultations;
	private final ContributionPermissions permissions;

	Surveys(JdbcClient jdbc, ConsultationRefs consultations, ContributionPermissions permissions) {
		this.jdbc = jdbc;
		this.consultations = consultations;
		this.permissions = permissions;
	}

	public List<Question> questions(ConsultationRef consultation) {
		return jdbc.sql("select * from participation_question where consultation_id = ? order by position")
			.param(consultation.id())
			.query(Surveys::map)
			.list();
	}

	public Question question(long id) {
		return jdbc.sql("select * from participation_question where id = ?").param(id).query(Surveys::map).optional()
			.orElseThrow(() -> new NotFoundException("No question " + id));
	}

	/**
	 * Why this answer does not fit the question (a message key), or empty when it does. An empty
	 * answer fits an optional question only.
	 */
	public Optional<String> problem(Question question, Answer answer) {
		List<Integer> choices = answer.choices() == null ? List.of() : answer.choices();
		return Optional.ofNullable(switch (question.kind()) {
			case Question.SINGLE -> choices.size() != 1 || !inOptions(question, choices)
					? "participation.contribution.error.answer.single" : null;
			case Question.MULTIPLE -> choices.isEmpty() || !inOptions(question, choices)
					|| choices.stream().distinct().count() != choices.size()
					? "participation.contribution.error.answer.multiple" : null;
			case Question.SCALE -> answer.scaleValue() == null || answer.scaleValue() < question.min()
					|| answer.scaleValue() > question.max() ? "participation.contribution.error.answer.scale" : null;
			case Question.TEXT -> answer.text() == null || answer.text().isBlank()
					? "participation.contribution.error.answer.text"
					: answer.text().strip().length() > Question.MAX_TEXT ? "participation.contribution.error.answer.long" : null;
			default -> throw new IllegalStateException("Unknown question kind " + question.kind());
		});
	}

	/**
	 * Records the account's answer, replacing an earlier one.
	 *
	 * @throws IllegalArgumentException when the answer does not fit the question ({@link #problem})
	 * @throws ContributionRefused when the consultation is not open or the account may not take part
	 */
	@Transactional
	public void answer(CurrentUser participant, Question question, Answer answer) {
		ConsultationRef consultation = consultations.byId(question.consultationId())
			.orElseThrow(() -> new NotFoundException("No published consultation for question " + question.id()));
		permissions.require(participant, consultation, ConsultationRef.SURVEY);
		problem(question, answer).ifPresent(key -> {
			throw new IllegalArgumentException(key);
		});
		boolean choice = Question.SINGLE.equals(question.kind()) || Question.MULTIPLE.equals(question.kind());
		jdbc.sql("""
				insert into participation_answer (question_id, account_id, choices, scale_value, text_value)
				values (?, ?, ?, ?, ?)
				on conflict (question_id, account_id) do update
				set choices = excluded.choices, scale_value = excluded.scale_value, text_value = excluded.text_value,
				    answered_at = now()""")
			.params(question.id(), participant.id(), choice ? answer.choices().toArray(Integer[]::new) : null,
					Question.SCALE.equals(question.kind()) ? answer.scaleValue() : null,
					Question.TEXT.equals(question.kind()) ? answer.text().strip() : null)
			.update();
	}

	/** The account's answers to these questions, by question id. */
	public Map<Long, Answer> answersOf(long accountId, List<Question> questions) {
		Map<Long, Answer> answers = new HashMap<>();
		if (questions.isEmpty()) {
			return answers;
		}
		jdbc.sql("""
				select question_id, choices, scale_value, text_value from participation_answer
				where account_id = :account and question_id in (:ids)""")
			.param("account", accountId)
			.param("ids", questions.stream().map(Question::id).toList())
			.query((rs, row) -> answers.put(rs.getLong("question_id"), new Answer(ints(rs.getArray("choices")),
					(Integer) rs.getObject("scale_value"), rs.getString("text_value"))))
			.list();
		return answers;
	}

	public List<Results> results(ConsultationRef consultation) {
		return questions(consultation).stream().map(this::results).toList();
	}

	private Results results(Question question) {
		long answers = jdbc.sql("select count(*) from participation_answer where question_id = ?").param(question.id())
			.query(Long.class).single();
		Map<String, Long> counts = new LinkedHashMap<>();
		List<String> texts = List.of();
		switch (question.kind()) {
			case Question.SINGLE, Question.MULTIPLE -> {
				Map<Integer, Long> byIndex = new HashMap<>();
				jdbc.sql("""
						select c, count(*) as n from participation_answer, unnest(choices) as c
						where question_id = ? group by c""")
					.param(question.id())
					.query((rs, row) -> byIndex.put(rs.getInt("c"), rs.getLong("n")))
					.list();
				for (int i = 0; i < question.options().size(); i++) {
					counts.put(question.options().get(i), byIndex.getOrDefault(i, 0L));
				}
			}
			case Question.SCALE -> {
				Map<Integer, Long> byValue = new HashMap<>();
				jdbc.sql("select scale_value, count(*) as n from participation_answer where question_id = ? group by scale_value")
					.param(question.id())
					.query((rs, row) -> byValue.put(rs.getInt("scale_value"), rs.getLong("n")))
					.list();
				for (int v = question.min(); v <= question.max(); v++) {
					counts.put(Integer.toString(v), byValue.getOrDefault(v, 0L));
				}
			}
			default -> texts = jdbc.sql("""
					select text_value from participation_answer where question_id = ? and text_value is not null
					order by answered_at desc limit ?""")
				.params(question.id(), TEXTS_SHOWN)
				.query(String.class)
				.list();
		}
		return new Results(question, answers, counts, texts);
	}

	private static boolean inOptions(Question question, List<Integer> choices) {
		return choices.stream().allMatch(c -> c != null && c >= 0 && c < question.options().size());
	}

	private static List<Integer> ints(Array array) throws SQLException {
		return array == null ? List.of() : List.of((Integer[]) array.getArray());
	}

	private static Question map(ResultSet rs, int row) throws SQLException {
		Array options = rs.getArray("options");
		return new Question(rs.getLong("id"), rs.getLong("consultation_id"), rs.getInt("position"), rs.getString("kind"),
				rs.getString("label"), options == null ? List.of() : Arrays.asList((String[]) options.getArray()),
				(Integer) rs.getObject("scale_min"), (Integer) rs.getObject("scale_max"), rs.getBoolean("required"));
	}
}
