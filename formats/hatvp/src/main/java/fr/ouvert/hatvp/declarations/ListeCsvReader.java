package fr.ouvert.hatvp.declarations;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads HATVP's {@code liste.csv}: {@code ;} separated, UTF-8 with or without a BOM, a header row naming the
 * columns. The 16 columns of today's file are recognised by name, so the 13-column copies of older years (without
 * {@code date_depot}, {@code open_data}, {@code statut_publication}) read too; unknown columns are ignored. Fields may
 * be quoted with {@code "} (doubled inside). A missing column or a row of another width is an error naming the file
 * and the line.
 */
public final class ListeCsvReader implements Closeable {

	/** The columns every copy has. */
	public static final List<String> REQUIRED = List.of("civilite", "prenom", "nom", "classement", "type_mandat",
			"qualite", "type_document", "departement", "date_publication", "nom_fichier", "url_dossier",
			"id_origine", "url_photo");
	/** The columns of today's file missing from older copies. */
	public static final List<String> RECENT = List.of("date_depot", "open_data", "statut_publication");

	private final String file;
	private final BufferedReader reader;
	private final Map<String, Integer> columns = new HashMap<>();
	private int width;
	private long line;

	private ListeCsvReader(String file, BufferedReader reader) throws IOException {
		this.file = file;
		this.reader = reader;
		readHeader();
	}

	public static ListeCsvReader open(Path path) throws IOException {
		BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
		try {
			return new ListeCsvReader(path.getFileName().toString(), reader);
		}
		catch (IOException e) {
			reader.close();
			throw e;
		}
	}

	public static ListeCsvReader open(InputStream in, String fileName) throws IOException {
		return new ListeCsvReader(fileName, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
	}

	/** Reads the whole file. */
	public static List<ListeEntry> readAll(Path path) throws IOException {
		try (ListeCsvReader reader = open(path)) {
			List<ListeEntry> entries = new ArrayList<>();
			for (ListeEntry entry = reader.read(); entry != null; entry = reader.read()) {
				entries.add(entry);
			}
			return entries;
		}
	}

	/** Whether the file has the columns added after the 13 of older copies. */
	public boolean hasRecentColumns() {
		return columns.keySet().containsAll(RECENT);
	}

	/** The next row, or null at the end of the file; blank lines are skipped. */
	public ListeEntry read() throws IOException {
		List<String> fields;
		long start;
		do {
			start = line + 1;
			fields = record();
			if (fields == null) {
				return null;
			}
		}
		while (fields.size() == 1 && fields.get(0).isBlank());
		if (fields.size() != width) {
			throw new IOException(file + ", ligne " + start + " : " + fields.size() + " champs au lieu de " + width
					+ " (séparateur « ; »)");
		}
		List<String> row = fields;
		java.util.function.Function<String, String> value = name -> {
			Integer at = columns.get(name);
			return at == null ? "" : row.get(at).strip();
		};
		return new ListeEntry(start, value.apply("civilite"), value.apply("prenom"), value.apply("nom"),
				value.apply("classement"), value.apply("type_mandat"), value.apply("qualite"),
				value.apply("type_document"), value.apply("departement"), value.apply("date_publication"),
				value.apply("date_depot"), value.apply("nom_fichier"), value.apply("url_dossier"),
				value.apply("open_data"), value.apply("statut_publication"), value.apply("id_origine"),
				value.apply("url_photo"));
	}

	@Override
	public void close() throws IOException {
		reader.close();
	}

	private void readHeader() throws IOException {
		List<String> header = record();
		if (header == null) {
			throw new IOException(file + ", ligne 1 : fichier vide, en-tête attendu");
		}
		if (!header.isEmpty()) {
			header.set(0, header.get(0).replace("\uFEFF", ""));
		}
		for (int i = 0; i < header.size(); i++) {
			columns.putIfAbsent(header.get(i).strip().toLowerCase(java.util.Locale.ROOT), i);
		}
		List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
		if (!missing.isEmpty()) {
			throw new IOException(file + ", ligne 1 : colonne(s) absente(s) de l'en-tête : " + String.join(", ", missing));
		}
		width = header.size();
	}

	/** One record, its quoted fields possibly spanning lines; null at the end. */
	private List<String> record() throws IOException {
		String text = reader.readLine();
		if (text == null) {
			return null;
		}
		line++;
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int i = 0;
		while (true) {
			if (i == text.length()) {
				if (!quoted) {
					fields.add(field.toString());
					return fields;
				}
				String more = reader.readLine();
				if (more == null) {
					throw new IOException(file + ", ligne " + line + " : guillemet ouvert jamais refermé");
				}
				line++;
				field.append('\n');
				text = more;
				i = 0;
				continue;
			}
			char c = text.charAt(i++);
			if (quoted) {
				if (c == '"' && i < text.length() && text.charAt(i) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"' && field.length() == 0) {
				quoted = true;
			}
			else if (c == ';') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
	}
}
