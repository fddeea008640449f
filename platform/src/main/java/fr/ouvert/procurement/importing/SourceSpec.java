package fr.ouvert.procurement.importing;

import java.util.regex.Pattern;

/**
 * A publisher of DECP files as an import names it.
 *
 * @param code a stable code in lower case ({@code aife}, {@code pes-marche}, {@code publication-ville-de-rennes})
 * @param name the name shown on the sources page
 * @param priority when two sources publish one contract, the lower number's copy wins (buyers' own publications
 *        are 0; the default is 100)
 */
public record SourceSpec(String code, String name, int priority) {

	public static final int DEFAULT_PRIORITY = 100;
	private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

	public SourceSpec {
		if (code == null || !CODE.matcher(code).matches()) {
			throw new IllegalArgumentException("Code de source invalide : « " + code
					+ " » (lettres minuscules, chiffres, « . », « _ », « - », 100 caractères au plus)");
		}
		if (name == null || name.isBlank()) {
			name = code;
		}
	}

	/**
	 * The source a file's name designates: its prefix before the first {@code _} ({@code aife_2019-04-04.json} →
	 * {@code aife}), in lower case.
	 */
	public static SourceSpec ofFileName(String fileName) {
		String base = fileName.contains("_") ? fileName.substring(0, fileName.indexOf('_'))
				: fileName.replaceFirst("\\.[^.]*$", "");
		return new SourceSpec(base.toLowerCase(java.util.Locale.ROOT), null, DEFAULT_PRIORITY);
	}
}
