package fr.ouvert.participation.opendata;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import fr.ouvert.comment.CommentRow;
import fr.ouvert.comment.Comments;
import fr.ouvert.participation.consultation.Consultation;
import fr.ouvert.participation.contribution.Proposal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The comments on published consultations and on their visible proposals, asked of the comment module
 * (which streams them): the name each author shows, never an e-mail or an account; a hidden comment keeps
 * its place in the tree without its text.
 */
@Component
class ConsultationComments {

	/** A comment with the consultation it belongs to. */
	record Row(String consultation, CommentRow comment) {
	}

	static final List<String> COLUMNS = List.of("id", "consultation", "subject_type", "subject_id", "parent_id", "depth",
			"alignment", "author_name", "body", "created_at", "hidden");

	private final Comments comments;
	private final JdbcClient jdbc;

	ConsultationComments(Comments comments, JdbcClient jdbc) {
		this.comments = comments;
		this.jdbc = jdbc;
	}

	void forEach(Consumer<Row> each) {
		Map<String, String> consultations = new HashMap<>();
		jdbc.sql("select id, slug from participation_consultation where published_at is not null")
			.query(rs -> {
				consultations.put(Long.toString(rs.getLong("id")), rs.getString("slug"));
			});
		Map<String, String> proposals = new HashMap<>();
		jdbc.sql("""
				select p.id, c.slug from participation_proposal p join participation_consultation c on c.id = p.consultation_id
				where c.published_at is not null and p.hidden_at is null""")
			.query(rs -> {
				proposals.put(Long.toString(rs.getLong("id")), rs.getString("slug"));
			});
		comments.forSubjects(Consultation.LINKABLE_TYPE, c -> {
			String slug = consultations.get(c.subjectId());
			if (slug != null) {
				each.accept(new Row(slug, c));
			}
		});
		comments.forSubjects(Proposal.LINKABLE_TYPE, c -> {
			String slug = proposals.get(c.subjectId());
			if (slug != null) {
				each.accept(new Row(slug, c));
			}
		});
	}

	static List<Object> values(Row row) {
		CommentRow c = row.comment();
		return Arrays.asList(c.id(), row.consultation(),
				Consultation.LINKABLE_TYPE.equals(c.subjectType()) ? "consultation" : "proposal", c.subjectId(), c.parentId(),
				c.depth(), c.alignment(), c.authorName(), c.body(), c.createdAt().toString(), c.hidden());
	}
}
