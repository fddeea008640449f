package fr.ouvert.hatvp.declarations;

import java.io.IOException;

/**
 * A file that cannot be read as HATVP declarations: broken XML, another root element, a declaration without its
 * {@code uuid}. The message says the file, the line and column, the declaration (position and uuid when known),
 * the element path and why; the declarations before have already been delivered.
 */
public class DeclarationsFormatException extends IOException {

	private final String file;
	private final int declarationIndex;
	private final String path;

	public DeclarationsFormatException(String file, long line, long column, int declarationIndex, String uuid,
			String path, String reason, Throwable cause) {
		super(message(file, line, column, declarationIndex, uuid, path, reason), cause);
		this.file = file;
		this.declarationIndex = declarationIndex;
		this.path = path;
	}

	private static String message(String file, long line, long column, int index, String uuid, String path,
			String reason) {
		StringBuilder where = new StringBuilder(file);
		if (line > 0) {
			where.append(", ligne ").append(line).append(", colonne ").append(column);
		}
		if (index > 0) {
			where.append(", déclaration n° ").append(index);
			if (uuid != null && !uuid.isEmpty()) {
				where.append(" (").append(uuid).append(')');
			}
		}
		if (path != null && !path.isEmpty()) {
			where.append(", élément ").append(path);
		}
		return where + " : " + reason;
	}

	public String file() {
		return file;
	}

	/** The declaration's position in the file, from 1; 0 outside any declaration. */
	public int declarationIndex() {
		return declarationIndex;
	}

	public String path() {
		return path;
	}
}
