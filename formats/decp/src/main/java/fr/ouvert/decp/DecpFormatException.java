package fr.ouvert.decp;

import java.io.IOException;

/**
 * A file that cannot be read as DECP at all: neither JSON nor XML, broken syntax, truncated. The message says the
 * file, the line and the column; the records before the break have already been delivered.
 */
public class DecpFormatException extends IOException {

	private final String file;
	private final long line;
	private final long column;

	public DecpFormatException(String file, long line, long column, String reason, Throwable cause) {
		super(file + ", ligne " + line + ", colonne " + column + " : " + reason, cause);
		this.file = file;
		this.line = line;
		this.column = column;
	}

	public String file() {
		return file;
	}

	public long line() {
		return line;
	}

	public long column() {
		return column;
	}
}
