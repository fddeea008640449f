package fr.ouvert.catalog.harvest;

/**
 * A harvested document that cannot be read: not the syntax it claims, or a value of the wrong
 * kind where the mapping needs it. The message says where (source, item, property) and why.
 */
public class HarvestFormatException extends RuntimeException {

	private final String source;

	public HarvestFormatException(String source, String where, String why) {
		this(source, where, why, null);
	}

	public HarvestFormatException(String source, String where, String why, Throwable cause) {
		super(source + (where == null || where.isEmpty() ? "" : ", " + where) + ": " + why, cause);
		this.source = source;
	}

	/** The URL or file the document came from. */
	public String source() {
		return source;
	}
}
