package fr.ouvert.decp;

import fr.ouvert.tableschema.FrenchIdentifiers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a read contract against its generation's official schema (1.5.0 or 2.0.3: required fields, lists,
 * lengths, patterns, minimums) and against business rules (SIRET checksums, plausible amounts and durations,
 * coherent dates). Hand-written for speed; {@code SchemaConformanceTest} proves it against the schemas.
 */
final class RecordValidator {

	private static final Pattern CPV = Pattern.compile("[0-9]{8}(-[0-9])?");
	private static final BigDecimal ONE = BigDecimal.ONE;
	private static final BigDecimal THREE_BILLION = new BigDecimal("3000000000");
	private static final LocalDate GENERATION_2022_START = LocalDate.of(2024, 1, 1);
	private static final int LONG_DURATION_MONTHS = 180;

	private final LocalDate today;

	RecordValidator(LocalDate today) {
		this.today = today;
	}

	void validate(Contract c, List<Issue> issues) {
		new Check(c, issues).run();
	}

	private final class Check {
		private final Contract c;
		private final List<Issue> issues;
		private final boolean v2019;
		private final boolean concession;
		private final String buyer;
		private final String notification;
		private final String amount;
		private final String holders;

		Check(Contract c, List<Issue> issues) {
			this.c = c;
			this.issues = issues;
			this.v2019 = c.generation() == Generation.DECP_2019;
			this.concession = c.kind() == ContractKind.CONCESSION;
			this.buyer = concession ? "autoriteConcedante" : "acheteur";
			this.notification = concession ? "dateSignature" : "dateNotification";
			this.amount = concession ? "valeurGlobale" : "montant";
			this.holders = concession ? "concessionnaires" : "titulaires";
		}

		void run() {
			schema();
			business();
		}

		private void schema() {
			if (c.id() != null) {
				length("id", c.id(), v2019 ? 7 : 1, 16);
			}
			String buyerId = c.acheteurId();
			if (buyerId != null && !(buyerId.length() == 14 && RecordMapper.allDigits(buyerId))) {
				issues.add(Rule.BUYER_ID_PATTERN.issue(buyer + ".id", "« " + buyerId
						+ " » n'est pas un SIRET : 14 chiffres attendus."));
			}
			if (v2019) {
				require(buyer + ".nom", c.acheteurNom());
			}
			require("nature", c.nature());
			allowed("nature", c.nature(), concession ? Vocabulary.NATURE_CONCESSION : Vocabulary.NATURE_MARCHE);
			require("objet", c.objet());
			if (c.objet() != null) {
				length("objet", c.objet(), 0, v2019 ? 256 : 1000);
			}
			require("procedure", c.procedure());
			allowed("procedure", c.procedure(),
					concession ? Vocabulary.PROCEDURE_CONCESSION : Vocabulary.PROCEDURE_MARCHE);
			if (!concession || v2019) {
				LieuExecution lieu = c.lieuExecution();
				if (lieu == null) {
					missing("lieuExecution");
				} else {
					require("lieuExecution.code", lieu.code());
					require("lieuExecution.typeCode", lieu.typeCode());
					allowed("lieuExecution.typeCode", lieu.typeCode(), Vocabulary.TYPE_CODE);
					if (v2019) {
						require("lieuExecution.nom", lieu.nom());
					}
					if (concession && lieu.code() != null) {
						length("lieuExecution.code", lieu.code(), 0, 6);
					}
				}
			}
			require("dureeMois", c.dureeMois());
			minimum("dureeMois", c.dureeMois(), 1);
			require(notification, c.dateNotification());
			require("datePublicationDonnees", c.datePublicationDonnees());
			require(amount, c.montant());
			if (!v2019 || !concession) {
				minimum(amount, c.montant(), v2019 ? BigDecimal.ZERO : ONE);
			}
			titulaires(holders, c.titulaires(), true);
			modifications();
			if (concession) {
				concession();
			} else {
				marche();
			}
		}

		private void marche() {
			if (c.codeCpv() == null) {
				missing("codeCPV");
			} else if (!CPV.matcher(c.codeCpv()).matches()) {
				issues.add(Rule.CPV_PATTERN.issue("codeCPV", "« " + c.codeCpv()
						+ " » n'est pas un code CPV : 8 chiffres, éventuellement suivis de « -chiffre de contrôle »."));
			}
			require("formePrix", c.formePrix());
			allowed("formePrix", c.formePrix(), Vocabulary.FORME_PRIX);
			if (v2019) {
				return;
			}
			list("techniques", c.techniques(), Vocabulary.TECHNIQUE);
			list("modalitesExecution", c.modalitesExecution(), Vocabulary.MODALITE_EXECUTION);
			if (c.idAccordCadre() != null) {
				length("idAccordCadre", c.idAccordCadre(), 1, 16);
			}
			require("marcheInnovant", c.marcheInnovant());
			require("ccag", c.ccag());
			allowed("ccag", c.ccag(), Vocabulary.CCAG);
			require("offresRecues", c.offresRecues());
			minimum("offresRecues", c.offresRecues(), 1);
			require("attributionAvance", c.attributionAvance());
			range("tauxAvance", c.tauxAvance());
			require("typeGroupementOperateurs", c.typeGroupementOperateurs());
			allowed("typeGroupementOperateurs", c.typeGroupementOperateurs(), Vocabulary.TYPE_GROUPEMENT);
			require("sousTraitanceDeclaree", c.sousTraitanceDeclaree());
			list("typesPrix", c.typesPrix(), Vocabulary.TYPE_PRIX);
			range("origineUE", c.origineUE());
			range("origineFrance", c.origineFrance());
			list("considerationsSociales", c.considerationsSociales(), Vocabulary.CONSIDERATION_SOCIALE_MARCHE);
			list("considerationsEnvironnementales", c.considerationsEnvironnementales(),
					Vocabulary.CONSIDERATION_ENVIRONNEMENTALE);
			Set<Integer> acteIds = new HashSet<>();
			for (int i = 0; i < c.actesSousTraitance().size(); i++) {
				ActeSousTraitance acte = c.actesSousTraitance().get(i);
				String path = "actesSousTraitance[" + (i + 1) + "]";
				require(path + ".id", acte.id());
				minimum(path + ".id", acte.id(), 1);
				if (acte.sousTraitant() == null) {
					missing(path + ".sousTraitant");
				} else {
					titulaire(path + ".sousTraitant", acte.sousTraitant());
				}
				require(path + ".dureeMois", acte.dureeMois());
				minimum(path + ".dureeMois", acte.dureeMois(), 1);
				require(path + ".dateNotification", acte.dateNotification());
				require(path + ".datePublicationDonnees", acte.datePublicationDonnees());
				require(path + ".montant", acte.montant());
				minimum(path + ".montant", acte.montant(), ONE);
				require(path + ".variationPrix", acte.variationPrix());
				allowed(path + ".variationPrix", acte.variationPrix(), Vocabulary.VARIATION_PRIX);
				if (acte.id() != null) {
					acteIds.add(acte.id());
				}
			}
			for (int i = 0; i < c.modificationsActesSousTraitance().size(); i++) {
				ModificationActeSousTraitance m = c.modificationsActesSousTraitance().get(i);
				String path = "modificationsActesSousTraitance[" + (i + 1) + "]";
				require(path + ".id", m.id());
				minimum(path + ".id", m.id(), 1);
				require(path + ".dateNotificationModificationSousTraitance", m.dateNotification());
				require(path + ".datePublicationDonnees", m.datePublicationDonnees());
				minimum(path + ".dureeMois", m.dureeMois(), 1);
				minimum(path + ".montant", m.montant(), ONE);
				if (m.id() != null && !acteIds.contains(m.id())) {
					issues.add(Rule.UNKNOWN_ACTE_SOUS_TRAITANCE.issue(path + ".id", "Aucun acte de sous-traitance "
							+ "d'identifiant " + m.id() + " n'est publié pour ce marché."));
				}
			}
		}

		private void concession() {
			require("dateDebutExecution", c.dateDebutExecution());
			require("montantSubventionPublique", c.montantSubventionPublique());
			minimum("montantSubventionPublique", c.montantSubventionPublique(), BigDecimal.ZERO);
			for (int i = 0; i < c.donneesExecution().size(); i++) {
				DonneesAnnuelles d = c.donneesExecution().get(i);
				String path = "donneesExecution[" + (i + 1) + "]";
				if (v2019) {
					require(path + ".datePublicationDonneesExecution", d.datePublicationDonneesExecution());
					require(path + ".depensesInvestissement", d.depensesInvestissement());
					if (d.tarifs().isEmpty()) {
						issues.add(Rule.EMPTY_LIST.issue(path + ".tarifs", "Au moins un tarif est attendu."));
					}
				}
				minimum(path + ".depensesInvestissement", d.depensesInvestissement(), BigDecimal.ZERO);
				for (int j = 0; j < d.tarifs().size(); j++) {
					DonneesAnnuelles.Tarif t = d.tarifs().get(j);
					String tarifPath = path + ".tarifs[" + (j + 1) + "]";
					require(tarifPath + ".intituleTarif", t.intituleTarif());
					if (t.intituleTarif() != null) {
						length(tarifPath + ".intituleTarif", t.intituleTarif(), 0, 256);
					}
					require(tarifPath + ".tarif", t.tarif());
					minimum(tarifPath + ".tarif", t.tarif(), BigDecimal.ZERO);
				}
			}
			if (!v2019) {
				list("considerationsSociales", c.considerationsSociales(),
						Vocabulary.CONSIDERATION_SOCIALE_CONCESSION);
				list("considerationsEnvironnementales", c.considerationsEnvironnementales(),
						Vocabulary.CONSIDERATION_ENVIRONNEMENTALE);
			}
		}

		private void modifications() {
			String notificationKey = concession ? "dateSignatureModification" : "dateNotificationModification";
			for (Modification m : c.modifications()) {
				String path = "modifications[" + m.position() + "]";
				if (v2019) {
					if (!concession || m.objetModification() != null) {
						require(path + ".objetModification", m.objetModification());
					}
					if (m.objetModification() != null) {
						length(path + ".objetModification", m.objetModification(), 0, 256);
					}
				} else {
					require(path + ".id", m.id());
					minimum(path + ".id", m.id(), 1);
				}
				require(path + "." + notificationKey, m.dateNotification());
				require(path + ".datePublicationDonneesModification", m.datePublicationDonnees());
				minimum(path + ".dureeMois", m.dureeMois(), 1);
				if (!v2019) {
					minimum(path + "." + amount, m.montant(), ONE);
				}
				if (m.titulaires() != null) {
					titulaires(path + ".titulaires", m.titulaires(), false);
				}
			}
		}

		private void titulaires(String path, List<Titulaire> titulaires, boolean required) {
			if (titulaires.isEmpty()) {
				if (required) {
					issues.add(Rule.EMPTY_LIST.issue(path, "Au moins un " + (concession ? "concessionnaire"
							: "titulaire") + " est attendu."));
				}
				return;
			}
			for (int i = 0; i < titulaires.size(); i++) {
				titulaire(path + "[" + (i + 1) + "]", titulaires.get(i));
			}
		}

		private void titulaire(String path, Titulaire t) {
			require(path + ".typeIdentifiant", t.typeIdentifiant());
			allowed(path + ".typeIdentifiant", t.typeIdentifiant(), Vocabulary.TYPE_IDENTIFIANT);
			require(path + ".id", t.id());
			if (v2019 && !path.contains(".sousTraitant")) {
				require(path + ".denominationSociale", t.denominationSociale());
			}
			if (t.isSiret() && t.id() != null) {
				if (!(t.id().length() == 14 && RecordMapper.allDigits(t.id()))) {
					issues.add(Rule.TITULAIRE_SIRET_PATTERN.issue(path + ".id", "« " + t.id()
							+ " » est déclaré SIRET mais n'a pas 14 chiffres."));
				} else if (!FrenchIdentifiers.hasValidSiretKey(t.id())) {
					issues.add(Rule.INVALID_TITULAIRE_SIRET.issue(path + ".id", "Le SIRET " + t.id()
							+ " ne passe pas la clé de contrôle (Luhn)."));
				} else if (!FrenchIdentifiers.isValidSiret(t.id())) {
					issues.add(Rule.INVALID_TITULAIRE_SIREN.issue(path + ".id", "Le SIREN " + t.id().substring(0, 9)
							+ " du SIRET " + t.id() + " ne passe pas la clé de contrôle (Luhn)."));
				}
			}
		}

		private void business() {
			String buyerId = c.acheteurId();
			if (buyerId != null && buyerId.length() == 14 && RecordMapper.allDigits(buyerId)) {
				if (!FrenchIdentifiers.hasValidSiretKey(buyerId)) {
					issues.add(Rule.INVALID_BUYER_SIRET.issue(buyer + ".id", "Le SIRET " + buyerId
							+ " ne passe pas la clé de contrôle (Luhn)."));
				} else if (!FrenchIdentifiers.isValidSiret(buyerId)) {
					issues.add(Rule.INVALID_BUYER_SIREN.issue(buyer + ".id", "Le SIREN " + buyerId.substring(0, 9)
							+ " du SIRET " + buyerId + " ne passe pas la clé de contrôle (Luhn)."));
				}
			}
			plausibleAmount(amount, c.montant());
			if (c.dureeMois() != null && c.dureeMois() > LONG_DURATION_MONTHS) {
				issues.add(Rule.LONG_DURATION.issue("dureeMois", "Durée de " + c.dureeMois()
						+ " mois : plus de 180 mois (15 ans)."));
			}
			publishedAfter("datePublicationDonnees", c.datePublicationDonnees(), c.dateNotification());
			notInFuture(notification, c.dateNotification());
			notInFuture("datePublicationDonnees", c.datePublicationDonnees());
			Integer previousId = null;
			for (Modification m : c.modifications()) {
				String path = "modifications[" + m.position() + "]";
				plausibleAmount(path + "." + amount, m.montant());
				publishedAfter(path + ".datePublicationDonneesModification", m.datePublicationDonnees(),
						m.dateNotification());
				notInFuture(path + ".datePublicationDonneesModification", m.datePublicationDonnees());
				if (m.id() != null) {
					if (previousId != null && m.id() <= previousId) {
						issues.add(Rule.MODIFICATION_ID_ORDER.issue(path + ".id", "L'identifiant de modification "
								+ m.id() + " ne suit pas le précédent (" + previousId + ")."));
					}
					previousId = m.id();
				}
			}
			if (c.origineUE() != null && c.origineFrance() != null
					&& c.origineUE().compareTo(c.origineFrance()) < 0) {
				issues.add(Rule.ORIGINE_UE_BELOW_FRANCE.issue("origineUE", "origineUE (" + c.origineUE()
						+ ") est inférieure à origineFrance (" + c.origineFrance() + ") : la France est dans l'UE."));
			}
			LocalDate start = concession ? c.dateDebutExecution() : c.dateNotification();
			// A 2019 record starts before 2024, a 2022 one from 2024. Compared as two booleans rather than by a
			// branch on the generation: the JIT compiler, having seen files of one generation, left a trap on that
			// branch that sent every record of the other generation back to the interpreter (330,000 times in the
			// national import, bench/README.md "Procurement").
			if (start != null && start.isBefore(GENERATION_2022_START) != v2019) {
				issues.add(Rule.GENERATION_DATE.issue(concession ? "dateDebutExecution" : "dateNotification",
						v2019 ? "Contrat au format 2019 commençant le " + start + " : le format 2022 s'applique "
								+ "depuis le 1er janvier 2024."
								: "Contrat au format 2022 commençant le " + start + " : ce format s'applique "
										+ "aux contrats notifiés à partir du 1er janvier 2024."));
			}
		}

		private void plausibleAmount(String path, BigDecimal value) {
			if (value == null) {
				return;
			}
			if (value.compareTo(ONE) < 0) {
				issues.add(Rule.IMPLAUSIBLE_AMOUNT.issue(path, "Montant de " + value.toPlainString()
						+ " € : moins de 1 €."));
			} else if (value.compareTo(THREE_BILLION) > 0) {
				issues.add(Rule.IMPLAUSIBLE_AMOUNT.issue(path, "Montant de " + value.toPlainString()
						+ " € : plus de 3 milliards d'euros."));
			}
		}

		private void publishedAfter(String path, LocalDate publication, LocalDate notified) {
			if (publication != null && notified != null && publication.isBefore(notified)) {
				issues.add(Rule.PUBLICATION_BEFORE_NOTIFICATION.issue(path, "Données publiées le " + publication
						+ ", avant la notification du " + notified + "."));
			}
		}

		private void notInFuture(String path, LocalDate date) {
			if (date != null && date.isAfter(today)) {
				issues.add(Rule.FUTURE_DATE.issue(path, "La date " + date + " est postérieure au jour de la lecture ("
						+ today + ")."));
			}
		}

		private void require(String path, Object value) {
			if (value == null) {
				missing(path);
			}
		}

		private void missing(String path) {
			issues.add(Rule.MISSING_FIELD.issue(path, "Le champ obligatoire « " + path + " » est absent ou vide."));
		}

		private void length(String path, String value, int min, int max) {
			int length = value.codePointCount(0, value.length());
			if (length < min || length > max) {
				issues.add(Rule.STRING_LENGTH.issue(path, "Longueur de " + length + " caractères : entre " + min
						+ " et " + max + " attendus."));
			}
		}

		private void allowed(String path, String value, Vocabulary.Enumeration enumeration) {
			if (value != null && !enumeration.allows(c.generation(), value)) {
				issues.add(Rule.ENUM_VALUE.issue(path, "« " + RecordMapper.abbreviate(value)
						+ " » n'est pas une valeur de la liste du schéma " + c.generation().schemaVersion() + "."));
			}
		}

		private void list(String path, List<String> values, Vocabulary.Enumeration enumeration) {
			if (values.isEmpty()) {
				missing(path);
				return;
			}
			Set<String> seen = new HashSet<>();
			for (int i = 0; i < values.size(); i++) {
				allowed(path + "[" + (i + 1) + "]", values.get(i), enumeration);
				if (!seen.add(values.get(i))) {
					issues.add(Rule.DUPLICATE_ITEMS.issue(path, "La valeur « " + values.get(i)
							+ " » figure deux fois."));
				}
			}
		}

		private void minimum(String path, Integer value, int min) {
			if (value != null && value < min) {
				issues.add(Rule.OUT_OF_RANGE.issue(path, value + " est inférieur au minimum " + min + "."));
			}
		}

		private void minimum(String path, BigDecimal value, BigDecimal min) {
			if (value != null && value.compareTo(min) < 0) {
				issues.add(Rule.OUT_OF_RANGE.issue(path, value.toPlainString() + " est inférieur au minimum "
						+ min.toPlainString() + "."));
			}
		}

		private void range(String path, BigDecimal value) {
			if (value != null && (value.signum() < 0 || value.compareTo(ONE) > 0)) {
				issues.add(Rule.OUT_OF_RANGE.issue(path, value.toPlainString() + " n'est pas entre 0 et 1."));
			}
		}
	}
}
