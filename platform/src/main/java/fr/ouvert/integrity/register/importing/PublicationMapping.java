package fr.ouvert.integrity.register.importing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import fr.ouvert.hatvp.register.ActionRepresentationInteret;
import fr.ouvert.hatvp.register.Activite;
import fr.ouvert.hatvp.register.AmountBracket;
import fr.ouvert.hatvp.register.CategorieOrganisation;
import fr.ouvert.hatvp.register.ElementListe;
import fr.ouvert.hatvp.register.Exercice;
import fr.ouvert.hatvp.register.Organisation;
import fr.ouvert.hatvp.register.Personne;
import fr.ouvert.hatvp.register.Publication;
import fr.ouvert.integrity.register.domain.Identity;
import fr.ouvert.integrity.register.domain.Report;
import fr.ouvert.integrity.register.domain.Vocabulary;

/**
 * HATVP's publication (the library's model) to the register's identity and reports. HATVP's moments carry no zone:
 * they are French legal time. Brackets are stored in the JSON's wording whatever the source wrote («  € » in the
 * CSV), so a JSON and a CSV export of the same register store the same thing.
 */
public final class PublicationMapping {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private PublicationMapping() {
	}

	static Identity identity(Publication p) {
		String code = p.categorieOrganisation() == null ? null : p.categorieOrganisation().code();
		String label = p.categorieOrganisation() == null ? null : p.categorieOrganisation().label();
		Optional<Vocabulary.Category> known = Vocabulary.category(code).or(() -> Vocabulary.category(label));
		return new Identity(p.denomination(), p.nomUsageHatvp() != null ? p.nomUsageHatvp() : p.nomUsage(), p.sigleHatvp(),
				p.identifiantNational(), p.typeIdentifiantNational(),
				known.map(Vocabulary.Category::code).orElse(code != null ? code : "AUORG"),
				known.map(Vocabulary.Category::label).orElse(label),
				known.map(Vocabulary.Category::family).orElse(p.categorieOrganisation() == null ? null : p.categorieOrganisation().categorie()),
				p.adresse(), p.codePostal(), p.ville(), p.pays(), p.lienSiteWeb(), p.lienPageTwitter(), p.lienPageFacebook(),
				p.lienPageLinkedin(), people(p.dirigeants()), people(p.collaborateurs()), Boolean.TRUE.equals(p.declarationTiers()),
				parties(p.clients()), Boolean.TRUE.equals(p.declarationOrgaAppartenance()), parties(p.affiliations()),
				codes(p.secteursActivites(), true), codes(p.niveauxIntervention(), false),
				p.dateCessation() == null ? null : p.dateCessation().toLocalDate().toString(),
				new Identity.AsPublished(p.nomUsage(), p.nomUsageHatvp(),
						Boolean.TRUE.equals(p.publierMonAdresseEmail()) ? p.emailDeContact() : null,
						Boolean.TRUE.equals(p.publierMonTelephoneDeContact()) ? p.telephoneDeContact() : null,
						p.publierMonAdressePhysique(), p.publierMonAdresseEmail(), p.publierMonTelephoneDeContact(),
						p.categorieOrganisation() == null ? null : p.categorieOrganisation().notifSansChiffreAffaire(),
						p.dateCreation() == null ? null : p.dateCreation().toString(),
						p.dateDernierePublicationActivite() == null ? null : p.dateDernierePublicationActivite().toString(),
						p.isActivitesPubliees(), p.motifDesinscription(),
						p.motivationDesinscription()));
	}

	static Report report(Exercice e) {
		return new Report(e.exerciceId(), e.dateDebut(), e.dateFin(), instant(e.publicationDate()),
				e.expenseBracket().map(AmountBracket::jsonLabel).orElse(blankToNull(e.montantDepense())),
				e.turnoverBracket().map(AmountBracket::jsonLabel).orElse(blankToNull(e.chiffreAffaire())),
				Boolean.TRUE.equals(e.hasNotChiffreAffaire()),
				e.nombreSalaries() == null ? null : BigDecimal.valueOf(e.nombreSalaries()), Boolean.TRUE.equals(e.noActivite()),
				e.nombreActivite(), e.commentaire(), e.activites().stream().map(PublicationMapping::activity).toList());
	}

	/**
	 * A stored representative back in HATVP's model, for the downloads in HATVP's shapes.
	 * @param flagged whether each report (same order) is late or missing: HATVP's {@code defautDeclaration}
	 */
	public static Publication publication(Identity i, Instant firstPublished, Instant updated, List<Report> reports,
			List<Boolean> flagged) {
		List<Exercice> exercices = new java.util.ArrayList<>();
		for (int n = 0; n < reports.size(); n++) {
			exercices.add(exercice(reports.get(n), flagged.get(n)));
		}
		Instant lastActivity = reports.stream().flatMap(r -> r.activities().stream()).map(Report.Activity::publishedAt)
			.filter(java.util.Objects::nonNull).max(Instant::compareTo)
			.or(() -> reports.stream().map(Report::filedAt).filter(java.util.Objects::nonNull).max(Instant::compareTo))
			.orElse(null);
		Identity.AsPublished published = i.asPublished() != null ? i.asPublished()
				: new Identity.AsPublished(null, i.usageName(), null, null, null, null, null, null, null, null, null, null, null);
		// What an import kept wins; a registration made here derives it from its reports.
		LocalDateTime lastActivityAt = published.activitiesPublished() != null
				? (published.lastActivityPublishedAt() == null ? null : LocalDateTime.parse(published.lastActivityPublishedAt()))
				: local(lastActivity);
		boolean activitiesPublished = published.activitiesPublished() != null ? published.activitiesPublished()
				: lastActivity != null;
		return new Publication(i.denomination(), published.usageName(), published.hatvpUsageName(), i.acronym(), i.nationalId(),
				i.nationalIdType(), new CategorieOrganisation(i.categoryCode(), i.categoryLabel(), i.categoryFamily(),
						published.categoryWithoutTurnover()),
				i.address(), i.postalCode(), i.city(), i.country(), i.website(), i.twitter(), i.facebook(), i.linkedin(),
				published.contactEmail(), published.contactPhone(), published.publishAddress(), published.publishEmail(),
				published.publishPhone(),
				i.directors().stream().map(p -> new Personne(p.civility(), p.lastName(), p.firstName(), p.function())).toList(),
				i.collaborators().stream().map(p -> new Personne(p.civility(), p.lastName(), p.firstName(), p.function())).toList(),
				i.onBehalfOfThirdParties(), organisations(i.clients(), true), i.memberOfOrganisations(),
				organisations(i.affiliations(), false), elements(i.sectors(), Vocabulary.SECTORS),
				elements(i.levels(), Vocabulary.LEVELS), local(firstPublished),
				published.createdAt() != null ? LocalDateTime.parse(published.createdAt()) : local(updated),
				lastActivityAt, activitiesPublished,
				i.cessationDate() == null ? null : java.time.LocalDate.parse(i.cessationDate()).atStartOfDay(),
				published.removalReason(), published.removalMotivation(), exercices);
	}

	private static Exercice exercice(Report r, boolean flagged) {
		return new Exercice(r.hatvpId(), r.start(), r.end(), local(r.filedAt()), r.expenseBracket(), r.turnoverBracket(),
				r.filedAt() == null && !r.noTurnover() ? null : r.noTurnover(), r.staff() == null ? null : r.staff().intValue(), r.declaredActivities(),
				r.noActivity(), flagged, r.comment(), r.activities().stream().map(a -> new Activite(a.sheetId(), a.object(),
						a.fields(), local(a.publishedAt()), a.actions().stream().map(x -> new ActionRepresentationInteret(
								x.officials(), x.officialOther(), x.decisions(), x.actions(), x.actionOther(), x.thirdParties(),
								x.observation())).toList())).toList());
	}

	private static List<Organisation> organisations(List<Identity.Party> parties, boolean clients) {
		return parties.stream().map(p -> new Organisation(p.denomination(), p.nationalId(), p.nationalIdType(),
				clients ? Boolean.valueOf(p.former()) : null)).toList();
	}

	private static List<ElementListe> elements(List<String> codes, List<Vocabulary.Term> list) {
		return codes.stream().map(code -> {
			int rank = 0;
			for (int n = 0; n < list.size(); n++) {
				if (list.get(n).code().equals(code)) {
					rank = n + 1;
				}
			}
			String label = rank == 0 ? code : list.get(rank - 1).label();
			return new ElementListe(code, label, rank == 0 ? null : rank, null);
		}).toList();
	}

	private static LocalDateTime local(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, PARIS).withNano(0);
	}

	static Instant instant(LocalDateTime moment) {
		return moment == null ? null : moment.atZone(PARIS).toInstant();
	}

	private static Report.Activity activity(Activite a) {
		return new Report.Activity(a.identifiantFiche(), a.objet() == null ? "" : a.objet(), a.domainesIntervention(),
				instant(a.publicationDate()), a.actionsRepresentationInteret().stream().map(PublicationMapping::action).toList());
	}

	private static Report.Action action(ActionRepresentationInteret a) {
		return new Report.Action(a.reponsablesPublics(), a.responsablePublicAutre(), a.decisionsConcernees(),
				a.actionsMenees(), a.actionMeneeAutre(), a.tiers(), a.observation());
	}

	private static List<Identity.Person> people(List<Personne> people) {
		return people.stream().map(p -> new Identity.Person(p.civilite(), p.nom(), p.prenom(), p.fonction())).toList();
	}

	private static List<Identity.Party> parties(List<Organisation> organisations) {
		return organisations.stream().map(o -> new Identity.Party(o.denomination(), blankToNull(o.identifiantNational()),
				blankToNull(o.typeIdentifiantNational()), Boolean.TRUE.equals(o.ancienClient()))).toList();
	}

	/** The list's codes; an item without a code is looked up by its label (the CSV export has labels only). */
	private static List<String> codes(List<ElementListe> items, boolean sectors) {
		return items.stream().map(item -> {
			if (item.code() != null) {
				return item.code();
			}
			Optional<Vocabulary.Term> term = sectors ? Vocabulary.sector(item.label()) : Vocabulary.level(item.label());
			return term.map(Vocabulary.Term::code).orElse(item.label());
		}).filter(code -> code != null).distinct().toList();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
