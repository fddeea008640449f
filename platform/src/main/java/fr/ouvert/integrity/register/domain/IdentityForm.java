package fr.ouvert.integrity.register.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.ouvert.kernel.web.FormErrors;
import fr.ouvert.kernel.web.Forms;

/**
 * The registration form as posted. People are typed one per line as {@code Prénom NOM ; fonction}, clients and
 * affiliations as {@code Dénomination ; identifiant} (the identifier is optional).
 */
public record IdentityForm(String denomination, String nationalIdType, String nationalId, String category,
		String address, String postalCode, String city, String country, String website, String directors,
		String collaborators, String clients, String affiliations, List<String> sectors, List<String> levels) {

	public IdentityForm {
		sectors = sectors == null ? List.of() : List.copyOf(sectors);
		levels = levels == null ? List.of() : List.copyOf(levels);
	}

	public static IdentityForm empty() {
		return new IdentityForm("", "SIREN", "", "", "", "", "", "France", "", "", "", "", "", List.of(), List.of());
	}

	/** The form filled with a stored identity, for amending it. */
	public static IdentityForm of(Identity identity) {
		return new IdentityForm(identity.denomination(), identity.nationalIdType(), identity.nationalId(),
				identity.categoryCode(), nullToEmpty(identity.address()), nullToEmpty(identity.postalCode()),
				nullToEmpty(identity.city()), nullToEmpty(identity.country()), nullToEmpty(identity.website()),
				peopleText(identity.directors()), peopleText(identity.collaborators()), partiesText(identity.clients()),
				partiesText(identity.affiliations()), identity.sectors(), identity.levels());
	}

	/** The identity this form declares, or what is wrong with it. */
	public Identity validate(FormErrors errors) {
		String name = Forms.blankToNull(denomination);
		errors.rejectIf(name == null || name.length() > 300, "denomination", "register.error.denomination");
		String type = Forms.blankToNull(nationalIdType);
		String id = Forms.blankToNull(nationalId) == null ? null : nationalId.replaceAll("\\s", "").toUpperCase();
		errors.rejectIf(type == null || !List.of("SIREN", "RNA", "HATVP").contains(type), "nationalIdType",
				"register.error.nationalIdType");
		errors.rejectIf(type != null && !NationalIds.valid(type, id), "nationalId", "register.error.nationalId." + type);
		Optional<Vocabulary.Category> cat = Vocabulary.category(category);
		errors.rejectIf(cat.isEmpty(), "category", "register.error.category");
		List<String> sectorCodes = sectors.stream().map(Vocabulary::sector).flatMap(Optional::stream).map(Vocabulary.Term::code)
			.distinct().toList();
		errors.rejectIf(sectorCodes.isEmpty() || sectorCodes.size() != sectors.size(), "sectors", "register.error.sectors");
		List<String> levelCodes = levels.stream().map(Vocabulary::level).flatMap(Optional::stream).map(Vocabulary.Term::code)
			.distinct().toList();
		errors.rejectIf(levelCodes.size() != levels.size(), "levels", "register.error.levels");
		String site = Forms.blankToNull(website);
		errors.rejectIf(site != null && !site.matches("https?://\\S+"), "website", "register.error.website");
		List<Identity.Person> directorList = people(directors, "directors", errors);
		List<Identity.Person> staff = people(collaborators, "collaborators", errors);
		errors.rejectIf(staff.isEmpty() && !errors.has("collaborators"), "collaborators", "register.error.collaborators");
		List<Identity.Party> clientList = parties(clients, "clients", errors);
		List<Identity.Party> affiliationList = parties(affiliations, "affiliations", errors);
		if (!errors.isEmpty()) {
			return null;
		}
		Vocabulary.Category c = cat.get();
		return new Identity(name, null, null, id, type, c.code(), c.label(), c.family(), Forms.blankToNull(address),
				Forms.blankToNull(postalCode), Forms.blankToNull(city), Forms.blankToNull(country), site, null, null, null,
				directorList, staff, !clientList.isEmpty(), clientList, !affiliationList.isEmpty(), affiliationList,
				sectorCodes, levelCodes, null, null);
	}

	private static List<Identity.Person> people(String text, String field, FormErrors errors) {
		List<Identity.Person> people = new ArrayList<>();
		for (String line : lines(text)) {
			String[] parts = line.split(";", 2);
			String[] names = parts[0].strip().split("\\s+");
			if (names.length < 2 || parts.length < 2 || parts[1].isBlank() || line.length() > 300) {
				errors.reject(field, "register.error.person");
				return List.of();
			}
			String first = String.join(" ", java.util.Arrays.copyOf(names, names.length - 1));
			people.add(new Identity.Person(null, names[names.length - 1], first, parts[1].strip()));
		}
		return people;
	}

	private static List<Identity.Party> parties(String text, String field, FormErrors errors) {
		List<Identity.Party> parties = new ArrayList<>();
		for (String line : lines(text)) {
			String[] parts = line.split(";", 2);
			String name = parts[0].strip();
			String id = parts.length > 1 ? Forms.blankToNull(parts[1].replaceAll("\\s", "").toUpperCase()) : null;
			String type = id == null ? null : NationalIds.typeOf(id).orElse(null);
			if (name.isEmpty() || line.length() > 300 || (id != null && type == null)) {
				errors.reject(field, "register.error.party");
				return List.of();
			}
			parties.add(new Identity.Party(name, id, type, false));
		}
		return parties;
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	private static String peopleText(List<Identity.Person> people) {
		return String.join("\n", people.stream()
			.map(p -> (nullToEmpty(p.firstName()) + " " + nullToEmpty(p.lastName())).strip() + " ; " + nullToEmpty(p.function()))
			.toList());
	}

	private static String partiesText(List<Identity.Party> parties) {
		return String.join("\n", parties.stream()
			.map(p -> p.nationalId() == null ? p.denomination() : p.denomination() + " ; " + p.nationalId()).toList());
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}
}
