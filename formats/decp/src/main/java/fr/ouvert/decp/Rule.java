package fr.ouvert.decp;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reading and validation rules, each with its stable issue code, what becomes of the record, and whether a
 * record raising it breaks the official schema of its generation (1.5.0 for 2019, 2.0.3 for 2022): the
 * conformance test compares that verdict with the schema's own, record by record.
 */
enum Rule {
	// Reading: the published text is repaired; the record is kept.
	ENCODING_ISO_8859_1("encoding-iso-8859-1", Issue.Severity.CORRECTED, false, false,
			"Bytes that are not valid UTF-8 are read as ISO-8859-1."),
	XML_CONTROL_CHARACTERS("xml-control-characters", Issue.Severity.CORRECTED, false, false,
			"ASCII control characters forbidden by XML are removed (reported on the record being read)."),
	NUMBER_AS_STRING("number-as-string", Issue.Severity.CORRECTED, true, true,
			"A number published as a JSON string (\"12 500,50\") is read as a number (spaces removed, comma decimal)."),
	DECIMAL_COMMA("decimal-comma", Issue.Severity.CORRECTED, true, true,
			"An XML number with a decimal comma or spaces is read as a number."),
	INTEGER_ROUNDED("integer-rounded", Issue.Severity.CORRECTED, true, true,
			"A duration with a fraction of month is rounded up, as the formats require."),
	INVALID_NUMBER("invalid-number", Issue.Severity.CORRECTED, true, true,
			"A value that is not a number (\"NC\", \"test\", NaN, \"\") in a numeric field is dropped (null)."),
	BOOLEAN_AS_STRING("boolean-as-string", Issue.Severity.CORRECTED, true, true,
			"A JSON boolean published as text or number (\"oui\", \"1\", \"true\") is read as a boolean."),
	INVALID_BOOLEAN("invalid-boolean", Issue.Severity.CORRECTED, true, true,
			"A value that is not a boolean (\"test\") in a boolean field is dropped (null)."),
	NUMBER_AS_TEXT("number-as-text", Issue.Severity.CORRECTED, true, true,
			"A JSON number in a text field (an id published as 2019001) is read as text."),
	INVALID_TYPE("invalid-type", Issue.Severity.CORRECTED, true, true,
			"An object or list where a single value is expected is dropped (null)."),
	DATE_TIMEZONE("date-timezone", Issue.Severity.CORRECTED, false, false,
			"A time-zone suffix or a time on a date (2019-04-25+02:00) is removed: the date is kept."),
	DATE_FORMAT("date-format", Issue.Severity.CORRECTED, true, true,
			"A date in another unambiguous form (2019-1-5, 05/01/2019) is rewritten as YYYY-MM-DD."),
	INVALID_DATE("invalid-date", Issue.Severity.CORRECTED, true, true,
			"A value that is not a date (\"NC\", 2019-02-30) is dropped (null)."),
	IMPLAUSIBLE_DATE("implausible-date", Issue.Severity.CORRECTED, false, false,
			"A date whose year is before 1990 or after 2100 (a typo like 0218) is dropped (null), never guessed."),
	ENUM_NORMALISED("enum-normalised", Issue.Severity.CORRECTED, true, true,
			"A list value written in another case, without accents or with other spaces (MARCHE, CODE POSTAL, "
					+ "Code departement) is replaced by the canonical value."),
	PROCEDURE_1_4_LABEL("procedure-1.4-label", Issue.Severity.CORRECTED, true, true,
			"A procedure label of schema 1.4 is replaced by its 1.5 label."),
	TYPE_IDENTIFIANT_NORMALISED("type-identifiant-normalised", Issue.Severity.CORRECTED, true, true,
			"A variant of an identifier type (TVA_INTRACOMMUNAUTAIRE, HORS_UE) is replaced by the schema's value."),
	TYPE_IDENTIFIANT_INFERRED("type-identifiant-inferred", Issue.Severity.CORRECTED, true, true,
			"A missing identifier type is set to SIRET when the identifier is 14 digits."),
	BUYER_ID_SEPARATORS("buyer-id-separators", Issue.Severity.CORRECTED, true, true,
			"Spaces and dots are removed from the buyer's SIRET (\"214 356 789 00012\")."),
	IDENTIFIER_SEPARATORS("identifier-separators", Issue.Severity.CORRECTED, false, false,
			"Spaces and dots are removed from a holder's SIRET (the schemas do not check holders' ids)."),
	FLATTENED_KEY("flattened-key", Issue.Severity.CORRECTED, true, true,
			"A flattened key (\"acheteur.id\") is read as the nested field."),
	LIST_SHAPE("list-shape", Issue.Severity.CORRECTED, true, true,
			"A list in another shape (wrapped items in a 2019 record, unwrapped in a 2022 record, a single object, "
					+ "a list of lists) is read as the list."),
	TYPES_PRIX_KEY("types-prix-key", Issue.Severity.CORRECTED, false, true,
			"Price types under a flat \"typePrix\" or \"TypePrix\" key are read as typesPrix."),
	// Schema rules: the value is kept as published.
	ADDITIONAL_PROPERTY("additional-property", Issue.Severity.WARNING, false, true,
			"A key the 2.0 schema does not define (additionalProperties: false) is ignored."),
	MISSING_FIELD("missing-field", Issue.Severity.WARNING, true, true,
			"A field the schema requires is missing or empty."),
	STRING_LENGTH("string-length", Issue.Severity.WARNING, true, true,
			"A text is shorter or longer than the schema allows (id 7-16 characters in 2019, 1-16 in 2022, "
					+ "objet 256 / 1000)."),
	ENUM_VALUE("enum-value", Issue.Severity.WARNING, true, true,
			"A value outside the schema's list is kept as published."),
	CPV_PATTERN("cpv-pattern", Issue.Severity.WARNING, true, true,
			"The CPV code does not match 8 digits with an optional check digit."),
	BUYER_ID_PATTERN("buyer-id-pattern", Issue.Severity.WARNING, true, true,
			"The buyer's identifier is not 14 digits."),
	OUT_OF_RANGE("out-of-range", Issue.Severity.WARNING, true, true,
			"A number below the schema's minimum or above its maximum (dureeMois >= 1, montant >= 1 in 2022, "
					+ "rates 0-1...)."),
	EMPTY_LIST("empty-list", Issue.Severity.WARNING, true, true,
			"A list that must hold at least one item is empty."),
	DUPLICATE_ITEMS("duplicate-items", Issue.Severity.WARNING, true, true,
			"A list that must hold unique items (titulaires, modifications) holds the same item twice."),
	// Business rules: the value is kept as published.
	INVALID_BUYER_SIRET("invalid-buyer-siret", Issue.Severity.WARNING, false, false,
			"The buyer's SIRET fails the Luhn check (La Poste's rule for its establishments)."),
	TITULAIRE_SIRET_PATTERN("titulaire-siret-pattern", Issue.Severity.WARNING, false, false,
			"A holder of type SIRET whose identifier is not 14 digits."),
	INVALID_TITULAIRE_SIRET("invalid-titulaire-siret", Issue.Severity.WARNING, false, false,
			"A holder's SIRET fails the Luhn check."),
	IMPLAUSIBLE_AMOUNT("implausible-amount", Issue.Severity.WARNING, false, false,
			"An amount below 1 EUR or above 3 billion EUR."),
	LONG_DURATION("long-duration", Issue.Severity.WARNING, false, false,
			"A duration above 180 months."),
	PUBLICATION_BEFORE_NOTIFICATION("publication-before-notification", Issue.Severity.WARNING, false, false,
			"The data were published before the contract (or the modification) was notified."),
	FUTURE_DATE("future-date", Issue.Severity.WARNING, false, false,
			"A notification or publication date after the day of reading."),
	MODIFICATION_ID_ORDER("modification-id-order", Issue.Severity.WARNING, false, false,
			"Modification ids (2022) are not an increasing sequence."),
	ORIGINE_UE_BELOW_FRANCE("origine-ue-below-france", Issue.Severity.WARNING, false, false,
			"origineUE is below origineFrance (France is part of the EU)."),
	UNKNOWN_ACTE_SOUS_TRAITANCE("unknown-acte-sous-traitance", Issue.Severity.WARNING, false, false,
			"A modification of a subcontracting act refers to no published act."),
	GENERATION_DATE("generation-date", Issue.Severity.WARNING, false, false,
			"A 2022-format record notified before 2024, or a 2019-format record notified from 2024 on."),
	REPLACEMENT_CHARACTER("replacement-character", Issue.Severity.WARNING, false, false,
			"A text holds U+FFFD replacement characters: it was damaged by a wrong encoding before publication."),
	// Rejections: nothing meaningful can be stored.
	NOT_A_RECORD("not-a-record", Issue.Severity.REJECTED, true, true,
			"The record is not a JSON object or an XML element with fields."),
	MISSING_ID("missing-id", Issue.Severity.REJECTED, true, true,
			"The contract has no id: it cannot be identified."),
	MISSING_BUYER_ID("missing-buyer-id", Issue.Severity.REJECTED, true, true,
			"The contract has no buyer (or conceding authority) identifier: it cannot be identified.");

	private static final Map<String, Rule> BY_CODE = Arrays.stream(values())
			.collect(Collectors.toUnmodifiableMap(Rule::code, Function.identity()));

	private final String code;
	private final Issue.Severity severity;
	private final boolean breaks2019Schema;
	private final boolean breaks2022Schema;
	private final String description;

	Rule(String code, Issue.Severity severity, boolean breaks2019Schema, boolean breaks2022Schema,
			String description) {
		this.code = code;
		this.severity = severity;
		this.breaks2019Schema = breaks2019Schema;
		this.breaks2022Schema = breaks2022Schema;
		this.description = description;
	}

	String code() {
		return code;
	}

	Issue.Severity severity() {
		return severity;
	}

	String description() {
		return description;
	}

	/** Whether a record raising this rule is invalid against its generation's official schema. */
	boolean breaksSchema(Generation generation) {
		return generation == Generation.DECP_2019 ? breaks2019Schema : breaks2022Schema;
	}

	Issue issue(String field, String message) {
		return new Issue(severity, code, field, message);
	}

	static Rule ofCode(String code) {
		return BY_CODE.get(code);
	}
}
