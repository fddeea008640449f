package fr.ouvert.integrity.register.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import fr.ouvert.hatvp.register.ActionType;
import fr.ouvert.hatvp.register.AmountBracket;
import fr.ouvert.hatvp.register.DecisionType;
import fr.ouvert.hatvp.register.InterventionLevel;
import fr.ouvert.hatvp.register.OfficialTarget;
import fr.ouvert.hatvp.register.OfficialType;
import fr.ouvert.hatvp.register.Sector;

/**
 * HATVP's value lists as the register's forms, filters and pages use them (domain reference §1.3): categories of
 * organisations, sectors, levels of intervention, decisions, actions, types of public officials and the expense and
 * turnover brackets (the last two from the {@code ouvert-hatvp} library). Labels are matched after folding case, accents, apostrophes and spaces, since HATVP's own
 * files spell them in several ways ("Cabinet de conseil" / "Cabinet de conseils", ' / ’).
 */
public final class Vocabulary {

	private Vocabulary() {
	}

	/** A value of a list: a stable code and HATVP's French label. */
	public record Term(String code, String label) {
	}

	/** A category of organisation with its family (SOCIETE, AVO_CONS, ORGA_REP, ORGA_NON_GOUV, ORGA_PUB, AUTRE). */
	public record Category(String code, String label, String family) {
	}

	public static final List<Category> CATEGORIES = List.of(
			new Category("SOCOM", "Société commerciale", "SOCIETE"),
			new Category("SOCIV", "Société civile (autre que cabinet d'avocats)", "SOCIETE"),
			new Category("COCAB", "Cabinet de conseils", "AVO_CONS"),
			new Category("CONSIND", "Consultant indépendant", "AVO_CONS"),
			new Category("AVOCAB", "Cabinet d'avocats", "AVO_CONS"),
			new Category("AVOIND", "Avocat indépendant", "AVO_CONS"),
			new Category("ORPRO", "Organisation professionnelle", "ORGA_REP"),
			new Category("SYNDI", "Syndicat", "ORGA_REP"),
			new Category("CHAMCO", "Chambre consulaire", "ORGA_REP"),
			new Category("ASSOC", "Association", "ORGA_NON_GOUV"),
			new Category("FONDA", "Fondation", "ORGA_NON_GOUV"),
			new Category("ORGNG", "Autres organisations non gouvernementales", "ORGA_NON_GOUV"),
			new Category("RECHE", "Organisme de recherche ou de réflexion", "ORGA_NON_GOUV"),
			new Category("EPAIC", "Etablissement public exerçant une activité industrielle et commerciale", "ORGA_PUB"),
			new Category("GIPIC", "Groupement d'intérêt public exerçant une activité industrielle et commerciale", "ORGA_PUB"),
			new Category("AUORG", "Autres organisations", "AUTRE"));

	/** The library's lists, as terms with their HATVP codes (the enum names) and labels. */
	public static final List<Term> SECTORS = Arrays.stream(Sector.values()).map(s -> new Term(s.name(), s.label())).toList();

	public static final List<Term> LEVELS = Arrays.stream(InterventionLevel.values())
		.map(l -> new Term(l.code(), l.label()))
		.toList();

	public static final List<String> DECISIONS = Arrays.stream(DecisionType.values()).map(DecisionType::label).toList();

	public static final List<String> ACTIONS = Arrays.stream(ActionType.values()).map(ActionType::label).toList();

	/** The decisions as form choices: D1, D2… in the list's order (labels hold commas, which forms would split). */
	public static final List<Term> DECISION_CHOICES = choices("D", DECISIONS);

	/** The actions as form choices: A1, A2… in the list's order. */
	public static final List<Term> ACTION_CHOICES = choices("A", ACTIONS);

	private static List<Term> choices(String prefix, List<String> labels) {
		List<Term> terms = new java.util.ArrayList<>();
		for (int i = 0; i < labels.size(); i++) {
			terms.add(new Term(prefix + (i + 1), labels.get(i)));
		}
		return List.copyOf(terms);
	}

	/** The label of a form choice, if the code is one. */
	public static Optional<String> choice(List<Term> choices, String code) {
		return choices.stream().filter(t -> t.code().equals(code)).map(Term::label).findFirst();
	}

	/**
	 * The types of public officials (loi 2013-907 art. 18-2): the library's list ({@link OfficialType}, codes are its
	 * names), then local officials (the register's extension) and « Autres : à préciser ». The same codes are the rows
	 * of {@code integrity_official_type}.
	 */
	public static final List<Term> OFFICIAL_TYPES = officialTypes();

	private static List<Term> officialTypes() {
		List<Term> types = new java.util.ArrayList<>();
		for (OfficialType type : OfficialType.values()) {
			types.add(new Term(type.name(), type.label()));
		}
		types.add(new Term("ELU_LOCAL", "Titulaire d'une fonction exécutive locale ou agent public territorial"));
		types.add(new Term("AUTRE", "Autres : à préciser"));
		return List.copyOf(types);
	}

	/** The expense scale of décret 2017-867, as the JSON writes it. */
	public static final List<String> EXPENSE_BRACKETS = AmountBracket.EXPENSE_SCALE.stream().map(AmountBracket::jsonLabel)
		.toList();

	/** The turnover scale, as the JSON writes it. */
	public static final List<String> TURNOVER_BRACKETS = AmountBracket.TURNOVER_SCALE.stream().map(AmountBracket::jsonLabel)
		.toList();

	private static final Map<String, Category> CATEGORY_BY_KEY = new LinkedHashMap<>();
	private static final Map<String, Term> SECTOR_BY_KEY = new LinkedHashMap<>();
	private static final Map<String, Term> LEVEL_BY_KEY = new LinkedHashMap<>();

	static {
		for (Category c : CATEGORIES) {
			CATEGORY_BY_KEY.put(fold(c.code()), c);
			CATEGORY_BY_KEY.put(fold(c.label()), c);
		}
		CATEGORY_BY_KEY.put(fold("Cabinet de conseil"), category("COCAB").orElseThrow());
		for (Term t : SECTORS) {
			SECTOR_BY_KEY.put(fold(t.code()), t);
			SECTOR_BY_KEY.put(fold(t.label()), t);
		}
		for (Term t : LEVELS) {
			LEVEL_BY_KEY.put(fold(t.code()), t);
			LEVEL_BY_KEY.put(fold(t.label()), t);
		}
	}

	/** A category by its code or its label (in any of HATVP's spellings). */
	public static Optional<Category> category(String codeOrLabel) {
		return codeOrLabel == null ? Optional.empty() : Optional.ofNullable(CATEGORY_BY_KEY.get(fold(codeOrLabel)));
	}

	public static Optional<Term> sector(String codeOrLabel) {
		return codeOrLabel == null ? Optional.empty() : Optional.ofNullable(SECTOR_BY_KEY.get(fold(codeOrLabel)));
	}

	public static Optional<Term> level(String codeOrLabel) {
		return codeOrLabel == null ? Optional.empty() : Optional.ofNullable(LEVEL_BY_KEY.get(fold(codeOrLabel)));
	}

	public static Optional<Term> officialType(String code) {
		return OFFICIAL_TYPES.stream().filter(t -> t.code().equals(code)).findFirst();
	}

	/**
	 * The type of official an entry of {@code reponsablesPublics} names (its part before " - ", truncated labels
	 * included, as the library reads it). Empty for a label of no known type.
	 */
	public static Optional<Term> officialTypeOf(String entry) {
		if (entry == null) {
			return Optional.empty();
		}
		OfficialTarget target = OfficialTarget.parse(entry);
		if (target.type() != null) {
			return officialType(target.type().name());
		}
		return OFFICIAL_TYPES.stream().skip(OfficialType.values().length).filter(t -> fold(t.label()).equals(fold(target.label())))
			.findFirst();
	}

	/** Lower case, without accents, one kind of apostrophe, single spaces, trimmed. */
	static String fold(String text) {
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return decomposed.replace('’', '\'').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
	}
}
