package fr.ouvert.participation.synthesis;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import fr.ouvert.tableschema.CsvRecordReader;

/**
 * A conversation exported by Pol.is (the files of {@code compdemocracy/openData}): {@code participants-votes.csv}
 * (participant × comment matrix, blank = not seen, 1 = agree, with Pol.is's own {@code group-id}) and
 * {@code comments.csv} (texts and moderation: 1 accepted, 0 not moderated, -1 rejected). Rejected comments are
 * left out of the vote matrix, as Pol.is leaves them out of its analysis.
 *
 * @param votes the votes on the comments not rejected by moderation
 * @param polisGroups Pol.is's group of each participant that has one
 * @param comments every comment, by id
 */
public record PolisExport(VoteMatrix votes, Map<Long, Integer> polisGroups, Map<Long, Comment> comments) {

	public static final String PARTICIPANTS_VOTES = "participants-votes.csv";
	public static final String COMMENTS = "comments.csv";

	/**
	 * @param moderated 1 accepted, 0 not moderated, -1 rejected
	 * @param writtenAt when the comment was written
	 */
	public record Comment(long id, int moderated, String body, Instant writtenAt) {
	}

	/** A file of the export that cannot be read as Pol.is writes it; the message says where and why. */
	public static final class FormatException extends RuntimeException {
		FormatException(String message) {
			super(message);
		}
	}

	public static PolisExport read(Path folder) throws IOException {
		Map<Long, Comment> comments = readComments(folder.resolve(COMMENTS));
		VoteMatrix.Builder votes = VoteMatrix.builder();
		Map<Long, Integer> groups = new TreeMap<>();
		Path file = folder.resolve(PARTICIPANTS_VOTES);
		try (Reader reader = open(file)) {
			CsvRecordReader csv = new CsvRecordReader(reader);
			List<String> header = header(file, csv);
			int participantColumn = column(file, header, "participant");
			int groupColumn = column(file, header, "group-id");
			Map<Integer, Long> commentColumns = new HashMap<>();
			for (int c = 0; c < header.size(); c++) {
				String name = header.get(c).strip();
				if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
					long comment = Long.parseLong(name);
					if (!comments.containsKey(comment)) {
						throw new FormatException(file + ", header, column " + (c + 1) + ": comment " + comment
								+ " is not in " + COMMENTS);
					}
					if (comments.get(comment).moderated() >= 0) {
						commentColumns.put(c, comment);
						votes.statement(comment);
					}
				}
			}
			int record = 1;
			for (List<String> row = csv.next(); row != null; row = csv.next()) {
				record++;
				if (row.size() != header.size()) {
					throw new FormatException(file + ", record " + record + ": " + row.size() + " fields, the header has "
							+ header.size());
				}
				long participant = number(file, record, "participant", row.get(participantColumn));
				String group = row.get(groupColumn).strip();
				if (!group.isEmpty()) {
					groups.put(participant, (int) number(file, record, "group-id", group));
				}
				for (Map.Entry<Integer, Long> entry : commentColumns.entrySet()) {
					String value = row.get(entry.getKey()).strip();
					if (value.isEmpty()) {
						continue;
					}
					int vote = switch (value) {
						case "1" -> 1;
						case "0" -> 0;
						case "-1" -> -1;
						default -> throw new FormatException(file + ", record " + record + ", column '"
								+ header.get(entry.getKey()) + "': vote '" + value + "' is not 1, 0, -1 or blank");
					};
					votes.vote(participant, entry.getValue(), vote);
				}
			}
		}
		return new PolisExport(votes.build(), Collections.unmodifiableMap(groups), comments);
	}

	/** Pol.is's group of each member of the given analysis that has one, and the analysis's group of the same. */
	public int[][] comparableGroups(OpinionGroups analysis) {
		List<int[]> pairs = new ArrayList<>();
		for (OpinionGroups.Member member : analysis.members()) {
			Integer polisGroup = polisGroups.get(member.participant());
			if (polisGroup != null) {
				pairs.add(new int[] { polisGroup, member.group() });
			}
		}
		int[][] result = new int[2][pairs.size()];
		for (int i = 0; i < pairs.size(); i++) {
			result[0][i] = pairs.get(i)[0];
			result[1][i] = pairs.get(i)[1];
		}
		return result;
	}

	private static Map<Long, Comment> readComments(Path file) throws IOException {
		Map<Long, Comment> comments = new TreeMap<>();
		try (Reader reader = open(file)) {
			CsvRecordReader csv = new CsvRecordReader(reader);
			List<String> header = header(file, csv);
			int timestampColumn = column(file, header, "timestamp");
			int idColumn = column(file, header, "comment-id");
			int moderatedColumn = column(file, header, "moderated");
			int bodyColumn = column(file, header, "comment-body");
			int record = 1;
			for (List<String> row = csv.next(); row != null; row = csv.next()) {
				record++;
				if (row.size() != header.size()) {
					throw new FormatException(file + ", record " + record + ": " + row.size() + " fields, the header has "
							+ header.size());
				}
				long id = number(file, record, "comment-id", row.get(idColumn));
				long moderated = number(file, record, "moderated", row.get(moderatedColumn));
				if (moderated < -1 || moderated > 1) {
					throw new FormatException(file + ", record " + record + ", field 'moderated': " + moderated
							+ " is not 1, 0 or -1");
				}
				Instant writtenAt = Instant.ofEpochMilli(number(file, record, "timestamp", row.get(timestampColumn)));
				comments.put(id, new Comment(id, (int) moderated, row.get(bodyColumn), writtenAt));
			}
		}
		return Collections.unmodifiableMap(comments);
	}

	/** A copy: the reader reuses its list for the next record. */
	private static List<String> header(Path file, CsvRecordReader csv) throws IOException {
		List<String> header = csv.next();
		if (header == null) {
			throw new FormatException(file + ": empty file");
		}
		return List.copyOf(header);
	}

	private static Reader open(Path file) throws IOException {
		try {
			return Files.newBufferedReader(file, StandardCharsets.UTF_8);
		}
		catch (NoSuchFileException e) {
			throw new FormatException(file + ": missing (a Pol.is export folder holds " + PARTICIPANTS_VOTES + " and "
					+ COMMENTS + ")");
		}
	}

	private static int column(Path file, List<String> header, String name) {
		for (int c = 0; c < header.size(); c++) {
			if (header.get(c).strip().equals(name)) {
				return c;
			}
		}
		throw new FormatException(file + ", header: no column '" + name + "'");
	}

	private static long number(Path file, int record, String field, String value) {
		try {
			return Long.parseLong(value.strip());
		}
		catch (NumberFormatException e) {
			throw new FormatException(file + ", record " + record + ", field '" + field + "': '" + value
					+ "' is not a whole number");
		}
	}
}
