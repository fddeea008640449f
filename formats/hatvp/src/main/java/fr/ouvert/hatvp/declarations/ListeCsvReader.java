package fr.ouvert.hatvp.declarations;

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
import java.util.Locale;
import java.util.Map;

import fr.ouvert.hatvp.CsvTableReader;
import fr.ouvert.hatvp.HatvpFormatException;

/**
 * Reads HATVP's {@code liste.csv}: {@code ;} separated, UTF-8 with or without a BOM, a header row naming the
 * columns, quoted fields as {@link CsvTableReader} reads them. The 16 columns of today's file are recognised by
 * name, so the 13-column copies of older years (without {@code date_depot}, {@code open_data},
 * {@code statut_publication}) read too; unknown columns are ignored. A missing column or a row of another width
 * is a {@link HatvpFormatException} naming the file and the line.
 */
public final class ListeCsvReader implements Closeable {

	/** The columns every copy has. */
	public static final List<String> REQUIRED = List.of("civilite", "prenom", "nom", "classement", "type_mandat",
			"qualite", "type_document", "departement", "date_publication", "nom_fichier", "url_dossier",
			"id_origine", "url_photo");
	/** The columns of today's file missing from older copies. */
	public static final List<String> RECENT = List.of("date_depot", "open_data", "statut_publication");

	private final CsvTableReader table;
	private final Map<String, Integer> columns = new HashMap<>();

	private ListeCsvReader(CsvTableReader table) throws IOException {
		this.table = table;
		List<String> header = table.header();
		for (int i = 0; i < header.size(); i++) {
			columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
		}
		List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
		if (!missing.isEmpty()) {
			table.close();
			throw new HatvpFormatException(table.file(), 0, 1, 0, null,
					"colonne(s) absente(s) de l'en-tête : " + String.join(", ", missing), null);
		}
	}

	public static ListeCsvReader open(Path path) throws IOException {
		return new ListeCsvReader(new CsvTableReader(Files.newBufferedReader(path, StandardCharsets.UTF_8),
				path.getFileName().toString(), ';'));
	}

	/** @param fileName the name errors give the stream */
	public static ListeCsvReader open(InputStream in, String fileName) throws IOException {
		return new ListeCsvReader(new CsvTableReader(new InputStreamReader(in, StandardCharsets.UTF_8), fileName, ';'));
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
		CsvTableReader.Row row = table.next();
		if (row == null) {
			return null;
		}
		List<String> values = row.values();
		java.util.function.Function<String, String> value = name -> {
			Integer at = columns.get(name);
			return at == null ? "" : values.get(at).strip();
		};
		return new ListeEntry(row.line(), value.apply("civilite"), value.apply("prenom"), value.apply("nom"),
				value.apply("classement"), value.apply("type_mandat"), value.apply("qualite"),
				value.apply("type_document"), value.apply("departement"), value.apply("date_publication"),
				value.apply("date_depot"), value.apply("nom_fichier"), value.apply("url_dossier"),
				value.apply("open_data"), value.apply("statut_publication"), value.apply("id_origine"),
				value.apply("url_photo"));
	}

	@Override
	public void close() throws IOException {
		table.close();
	}
}
