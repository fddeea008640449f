package fr.ouvert.participation.consultation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import fr.ouvert.participation.consultation.ConsultationMaterial.Article;
import fr.ouvert.participation.consultation.ConsultationMaterial.Document;
import fr.ouvert.participation.consultation.ConsultationMaterial.Question;

/**
 * The line formats of the agent's form, read and written back, so that one text area edits a list:
 * <ul>
 * <li>documents: one per line, {@code Titre | https://adresse | description} (address and description optional);</li>
 * <li>articles: Markdown where each article starts with a line {@code ## Titre};</li>
 * <li>questions: one per line, {@code unique: Libellé | choix ; choix}, {@code multiple: …},
 * {@code echelle 1-5: Libellé} or {@code texte: Libellé}; a label ending with {@code *} is required;</li>
 * <li>seed statements: one per line.</li>
 * </ul>
 * A line that does not fit raises {@link LineError} with its line number (1-based).
 */
public final class MaterialFormats {

	/** A line of a text area that does not fit its format. */
	public static final class LineError extends Exception {

		private final int line;
		private final String messageKey;

		LineError(int line, String messageKey) {
			super("line " + line + ": " + messageKey);
			this.line = line;
			this.messageKey = messageKey;
		}

		public int line() {
			return line;
		}

		public String messageKey() {
			return messageKey;
		}
	}

	private static final Pattern QUESTION = Pattern
		.compile("^(unique|multiple|texte|echelle\\s+(-?\\d{1,2})\\s*-\\s*(-?\\d{1,2}))\\s*:\\s*(.+)$");

	private MaterialFormats() {
	}

	public static List<Document> documents(String text) throws LineError {
		List<Document> documents = new ArrayList<>();
		String[] lines = lines(text);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			String[] parts = line.split("\\|", -1);
			String title = parts[0].strip();
			String url = parts.length > 1 ? parts[1].strip() : "";
			String description = parts.length > 2 ? String.join("|", Arrays.copyOfRange(parts, 2, parts.length)).strip() : "";
			if (title.length() < 3 || title.length() > 300) {
				throw new LineError(i + 1, "participation.error.documentTitle");
			}
			if (!url.isEmpty() && !isWebAddress(url)) {
				throw new LineError(i + 1, "participation.error.documentUrl");
			}
			documents.add(new Document(documents.size() + 1, title, url.isEmpty() ? null : url, description));
		}
		return documents;
	}

	public static String documentsText(List<Document> documents) {
		return documents.stream()
			.map(d -> d.title() + (d.url() == null && d.description().isEmpty() ? ""
					: " | " + (d.url() == null ? "" : d.url()) + (d.description().isEmpty() ? "" : " | " + d.description())))
			.collect(Collectors.joining("\n"));
	}

	/** Articles with id 0: they are new rows. */
	public static List<Article> articles(String text) throws LineError {
		List<Article> articles = new ArrayList<>();
		String[] lines = lines(text);
		String title = null;
		int titleLine = 0;
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (line.startsWith("## ")) {
				if (title != null) {
					articles.add(article(articles.size() + 1, title, body, titleLine));
				}
				title = line.substring(3).strip();
				titleLine = i + 1;
				body.setLength(0);
			}
			else if (title == null) {
				if (!line.isBlank()) {
					throw new LineError(i + 1, "participation.error.articleHeading");
				}
			}
			else {
				body.append(line).append('\n');
			}
		}
		if (title != null) {
			articles.add(article(articles.size() + 1, title, body, titleLine));
		}
		return articles;
	}

	private static Article article(int position, String title, StringBuilder body, int line) throws LineError {
		if (title.isEmpty() || title.length() > 300) {
			throw new LineError(line, "participation.error.articleTitle");
		}
		if (body.toString().isBlank()) {
			throw new LineError(line, "participation.error.articleBody");
		}
		return new Article(0, position, title, body.toString().strip());
	}

	public static String articlesText(List<Article> articles) {
		return articles.stream().map(a -> "## " + a.title() + "\n" + a.body()).collect(Collectors.joining("\n\n"));
	}

	public static List<Question> questions(String text) throws LineError {
		List<Question> questions = new ArrayList<>();
		String[] lines = lines(text);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			Matcher m = QUESTION.matcher(line);
			if (!m.matches()) {
				throw new LineError(i + 1, "participation.error.questionKind");
			}
			String[] parts = m.group(4).split("\\|", 2);
			String label = parts[0].strip();
			boolean required = label.endsWith("*");
			if (required) {
				label = label.substring(0, label.length() - 1).strip();
			}
			if (label.length() < 3 || label.length() > 500) {
				throw new LineError(i + 1, "participation.error.questionLabel");
			}
			List<String> options = parts.length > 1
					? Arrays.stream(parts[1].split(";")).map(String::strip).filter(o -> !o.isEmpty()).toList() : List.of();
			String kind = m.group(1).startsWith("echelle") ? "scale" : switch (m.group(1)) {
				case "unique" -> "single";
				case "multiple" -> "multiple";
				default -> "text";
			};
			Integer min = null;
			Integer max = null;
			if (kind.equals("single") || kind.equals("multiple")) {
				if (options.size() < 2) {
					throw new LineError(i + 1, "participation.error.questionOptions");
				}
			}
			else if (!options.isEmpty()) {
				throw new LineError(i + 1, "participation.error.questionNoOptions");
			}
			if (kind.equals("scale")) {
				min = Integer.parseInt(m.group(2));
				max = Integer.parseInt(m.group(3));
				if (max <= min) {
					throw new LineError(i + 1, "participation.error.questionScale");
				}
			}
			questions.add(new Question(0, questions.size() + 1, kind, label, options, min, max, required));
		}
		return questions;
	}

	public static String questionsText(List<Question> questions) {
		return questions.stream().map(q -> {
			String prefix = switch (q.kind()) {
				case "single" -> "unique";
				case "multiple" -> "multiple";
				case "scale" -> "echelle " + q.scaleMin() + "-" + q.scaleMax();
				default -> "texte";
			};
			return prefix + ": " + q.label() + (q.required() ? " *" : "")
					+ (q.options().isEmpty() ? "" : " | " + String.join(" ; ", q.options()));
		}).collect(Collectors.joining("\n"));
	}

	public static List<String> statements(String text) throws LineError {
		List<String> statements = new ArrayList<>();
		String[] lines = lines(text);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			if (line.length() < 3 || line.length() > 500) {
				throw new LineError(i + 1, "participation.error.statementLength");
			}
			statements.add(line);
		}
		return statements;
	}

	static boolean isWebAddress(String url) {
		if (url.length() > 2000) {
			return false;
		}
		try {
			URI uri = new URI(url);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (URISyntaxException e) {
			return false;
		}
	}

	private static String[] lines(String text) {
		return text == null ? new String[0] : text.replace("\r\n", "\n").split("\n", -1);
	}
}
