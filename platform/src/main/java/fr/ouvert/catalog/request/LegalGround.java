package fr.ouvert.catalog.request;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The grounds on which an administration may refuse to communicate a document, hence to open it:
 * articles L311-5 (documents that are not communicable) and L311-6 (documents communicable only to
 * the person concerned) of the Code des relations entre le public et l'administration. The label
 * of each ground is in the messages ({@code catalog.request.ground.<code>}).
 */
public enum LegalGround {
	DOCUMENTS_EXCLUS("documents-exclus", "L311-5, 1°"),
	DELIBERATIONS_GOUVERNEMENT("deliberations-gouvernement", "L311-5, 2° a"),
	DEFENSE_NATIONALE("defense-nationale", "L311-5, 2° b"),
	POLITIQUE_EXTERIEURE("politique-exterieure", "L311-5, 2° c"),
	SURETE_ETAT("surete-etat", "L311-5, 2° d"),
	MONNAIE_CREDIT_PUBLIC("monnaie-credit-public", "L311-5, 2° e"),
	PROCEDURES_JURIDICTIONNELLES("procedures-juridictionnelles", "L311-5, 2° f"),
	RECHERCHE_INFRACTIONS("recherche-infractions", "L311-5, 2° g"),
	AUTRES_SECRETS_LEGAUX("autres-secrets-legaux", "L311-5, 2° h"),
	VIE_PRIVEE("vie-privee", "L311-6, 1°"),
	SECRET_MEDICAL("secret-medical", "L311-6, 1°"),
	SECRET_AFFAIRES("secret-affaires", "L311-6, 1°"),
	APPRECIATION_PERSONNE("appreciation-personne", "L311-6, 2°"),
	COMPORTEMENT_PERSONNE("comportement-personne", "L311-6, 3°");

	private final String code;
	private final String article;

	LegalGround(String code, String article) {
		this.code = code;
		this.article = article;
	}

	public String code() {
		return code;
	}

	/** Article and paragraph of the CRPA, e.g. {@code L311-5, 2° b}. */
	public String article() {
		return article;
	}

	public static Optional<LegalGround> of(String code) {
		return Arrays.stream(values()).filter(g -> g.code.equals(code)).findFirst();
	}

	static LegalGround fromCode(String code) {
		return of(code).orElseThrow(() -> new IllegalArgumentException("Unknown legal ground " + code));
	}

	/** A SQL expression giving the article of the ground held in {@code column}, for the open data. */
	static String articleSql(String column) {
		return Arrays.stream(values())
			.map(g -> "when '" + g.code + "' then '" + g.article + "'")
			.collect(Collectors.joining(" ", "case " + column + " ", " end"));
	}
}
