package fr.ouvert.decp;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads DECP files — JSON or XML, 2019 (schemas 1.x) or 2022 (2.0.x) format, with the dirty variants met in real
 * data — as a stream of {@link DecpRecord}s, one per published record in file order (index from 1), each with its
 * normalised {@link Contract}, the corrections made, the rules it breaks, and a fingerprint of its published
 * content. Memory stays constant whatever the file's size: one record at a time.
 *
 * <p>The format is detected from the first characters (a byte order mark is skipped), the encoding from the bytes:
 * bytes that are not valid UTF-8 are read as ISO-8859-1 and reported on the field where they occur; an XML file that
 * declares ISO-8859-1 or windows-1252 is read as ISO-8859-1. A file that cannot be read as DECP throws a
 * {@link DecpFormatException} saying where, after the records before the break have been delivered.
 */
public final class DecpReader {

	private static final Pattern XML_ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");
	private static final int SNIFF_BYTES = 1024;

	private final RecordValidator validator;

	public DecpReader() {
		this(LocalDate.now(ZoneId.of("Europe/Paris")));
	}

	/** A reader for which {@code today} is the limit of past dates (future dates are reported). */
	DecpReader(LocalDate today) {
		this.validator = new RecordValidator(today);
	}

	public void read(Path file, Consumer<DecpRecord> sink) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			read(in, file.getFileName().toString(), sink);
		}
	}

	/**
	 * Reads a stream to its end, without closing it, on a thread of its own: {@code sink} gets the records on the
	 * caller's thread, in order, while the next ones are read, normalised and validated. Same contract as
	 * {@link #read(InputStream, String, Consumer)}; if {@code sink} throws, reading stops and the exception goes to
	 * the caller.
	 */
	public void readAhead(InputStream in, String fileName, Consumer<DecpRecord> sink) throws IOException {
		ReadAhead.read(this, in, fileName, sink);
	}

	/** Reads a stream to its end, without closing it. */
	public void read(InputStream in, String fileName, Consumer<DecpRecord> sink) throws IOException {
		BufferedInputStream input = new BufferedInputStream(in, 1 << 16);
		input.mark(SNIFF_BYTES);
		byte[] head = input.readNBytes(SNIFF_BYTES);
		input.reset();
		int start = 0;
		boolean utf16 = false;
		if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
			start = 3;
		} else if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
				|| (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
			utf16 = true;
		}
		input.skipNBytes(start);
		int first = start;
		while (first < head.length && Character.isWhitespace(head[first])) {
			first++;
		}
		long[] index = {0};
		Consumer<RawRecord> onRecord = raw -> sink.accept(record(fileName, ++index[0], raw));
		if (utf16) {
			readUtf16(input, fileName, onRecord);
			return;
		}
		if (first >= head.length) {
			throw new DecpFormatException(fileName, 1, 1, "le fichier est vide", null);
		}
		char c = (char) head[first];
		if (c == '{' || c == '[') {
			new JsonRecordSource(fileName).read(new RepairingUtf8Stream(input, false, false), onRecord);
		} else if (c == '<') {
			boolean latin1 = declaresLatin1(new String(head, StandardCharsets.ISO_8859_1));
			new XmlRecordSource(fileName).read(new RepairingUtf8Stream(input, latin1, true), onRecord);
		} else {
			throw new DecpFormatException(fileName, 1, first - start + 1,
					"le fichier n'est ni du JSON ni du XML (premier caractère « " + c + " »)", null);
		}
	}

	private void readUtf16(InputStream input, String fileName, Consumer<RawRecord> onRecord) throws IOException {
		PushbackReader reader = new PushbackReader(new InputStreamReader(input, StandardCharsets.UTF_16), 1);
		int first = reader.read();
		while (first >= 0 && Character.isWhitespace(first)) {
			first = reader.read();
		}
		if (first < 0) {
			throw new DecpFormatException(fileName, 1, 1, "le fichier est vide", null);
		}
		reader.unread(first);
		if (first == '<') {
			new XmlRecordSource(fileName).read(reader, onRecord);
		} else {
			new JsonRecordSource(fileName).read(reader, onRecord);
		}
	}

	private static boolean declaresLatin1(String prolog) {
		int end = prolog.indexOf("?>");
		if (!prolog.startsWith("<?xml", prolog.indexOf('<')) || end < 0) {
			return false;
		}
		Matcher matcher = XML_ENCODING.matcher(prolog.substring(0, end));
		if (!matcher.find()) {
			return false;
		}
		String encoding = matcher.group(1).toLowerCase(Locale.ROOT);
		return encoding.equals("iso-8859-1") || encoding.equals("latin1") || encoding.equals("iso-8859-15")
				|| encoding.equals("windows-1252") || encoding.equals("cp1252");
	}

	private DecpRecord record(String fileName, long index, RawRecord raw) {
		List<Issue> issues = new ArrayList<>();
		RecordMapper mapper = new RecordMapper(raw.xml(), issues);
		Contract contract = mapper.map(raw);
		if (contract != null) {
			validator.validate(contract, issues);
		}
		return new DecpRecord(fileName, index, contract, issues, Fingerprint.of(raw.value()));
	}
}
