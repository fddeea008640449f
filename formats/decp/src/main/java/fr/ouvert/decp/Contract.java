package fr.ouvert.decp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One contract as published in the DECP, in one model for both generations and both kinds: the initial data and
 * its modifications. Field names are the formats' own. A concession's {@code autoriteConcedante} is the buyer,
 * its {@code dateSignature} is {@link #dateNotification()}, its {@code valeurGlobale} is {@link #montant()} and its
 * {@code concessionnaires} are the {@link #titulaires()}.
 *
 * <p>Values are normalised (see the reader's corrections) but never invented: a missing value is {@code null}.
 */
public record Contract(
		ContractKind kind,
		Generation generation,
		String id,
		String acheteurId,
		String acheteurNom,
		String nature,
		String objet,
		String codeCpv,
		String procedure,
		LieuExecution lieuExecution,
		Integer dureeMois,
		LocalDate dateNotification,
		LocalDate datePublicationDonnees,
		BigDecimal montant,
		String formePrix,
		List<Titulaire> titulaires,
		List<Modification> modifications,
		// 2022 format (marchés)
		List<String> techniques,
		List<String> modalitesExecution,
		String idAccordCadre,
		Boolean marcheInnovant,
		String ccag,
		Integer offresRecues,
		Boolean attributionAvance,
		BigDecimal tauxAvance,
		String typeGroupementOperateurs,
		Boolean sousTraitanceDeclaree,
		List<String> typesPrix,
		BigDecimal origineUE,
		BigDecimal origineFrance,
		List<String> considerationsSociales,
		List<String> considerationsEnvironnementales,
		List<ActeSousTraitance> actesSousTraitance,
		List<ModificationActeSousTraitance> modificationsActesSousTraitance,
		// concessions
		LocalDate dateDebutExecution,
		BigDecimal montantSubventionPublique,
		List<DonneesAnnuelles> donneesExecution) {

	private static final Pattern ID_SEPARATORS = Pattern.compile("[ ,\\\\./]");

	public Contract {
		titulaires = copy(titulaires);
		modifications = copy(modifications);
		techniques = copy(techniques);
		modalitesExecution = copy(modalitesExecution);
		typesPrix = copy(typesPrix);
		considerationsSociales = copy(considerationsSociales);
		considerationsEnvironnementales = copy(considerationsEnvironnementales);
		actesSousTraitance = copy(actesSousTraitance);
		modificationsActesSousTraitance = copy(modificationsActesSousTraitance);
		donneesExecution = copy(donneesExecution);
	}

	private static <T> List<T> copy(List<T> list) {
		return list == null ? List.of() : List.copyOf(list);
	}

	/**
	 * The national key of the contract: the buyer's SIRET followed by the id, whose spaces, commas, dots,
	 * slashes and backslashes become underscores (decp-processing's rule). {@code null} without buyer or id.
	 */
	public String uid() {
		return uid(acheteurId, id);
	}

	public static String uid(String acheteurId, String id) {
		if (acheteurId == null || id == null) {
			return null;
		}
		return acheteurId + ID_SEPARATORS.matcher(id).replaceAll("_");
	}

	/**
	 * The successive states of the contract: the initial data (sequence 0), then one version per modification,
	 * each carrying the values in force after it (unchanged values carried forward).
	 */
	public List<ContractVersion> versions() {
		List<ContractVersion> versions = new ArrayList<>(modifications.size() + 1);
		ContractVersion current = new ContractVersion(0, null, null, dateNotification, datePublicationDonnees,
				montant, dureeMois, titulaires);
		versions.add(current);
		for (Modification m : modifications) {
			current = new ContractVersion(m.position(), m.id(), m.objetModification(), m.dateNotification(),
					m.datePublicationDonnees(), m.montant() != null ? m.montant() : current.montant(),
					m.dureeMois() != null ? m.dureeMois() : current.dureeMois(),
					m.titulaires() != null && !m.titulaires().isEmpty() ? m.titulaires() : current.titulaires());
			versions.add(current);
		}
		return versions;
	}

	/** The state after the last modification (the initial data when there is none). */
	public ContractVersion current() {
		List<ContractVersion> versions = versions();
		return versions.get(versions.size() - 1);
	}

	public static Builder builder(ContractKind kind, Generation generation) {
		return new Builder(kind, generation);
	}

	public Builder toBuilder() {
		Builder b = new Builder(kind, generation);
		b.id = id;
		b.acheteurId = acheteurId;
		b.acheteurNom = acheteurNom;
		b.nature = nature;
		b.objet = objet;
		b.codeCpv = codeCpv;
		b.procedure = procedure;
		b.lieuExecution = lieuExecution;
		b.dureeMois = dureeMois;
		b.dateNotification = dateNotification;
		b.datePublicationDonnees = datePublicationDonnees;
		b.montant = montant;
		b.formePrix = formePrix;
		b.titulaires = titulaires;
		b.modifications = modifications;
		b.techniques = techniques;
		b.modalitesExecution = modalitesExecution;
		b.idAccordCadre = idAccordCadre;
		b.marcheInnovant = marcheInnovant;
		b.ccag = ccag;
		b.offresRecues = offresRecues;
		b.attributionAvance = attributionAvance;
		b.tauxAvance = tauxAvance;
		b.typeGroupementOperateurs = typeGroupementOperateurs;
		b.sousTraitanceDeclaree = sousTraitanceDeclaree;
		b.typesPrix = typesPrix;
		b.origineUE = origineUE;
		b.origineFrance = origineFrance;
		b.considerationsSociales = considerationsSociales;
		b.considerationsEnvironnementales = considerationsEnvironnementales;
		b.actesSousTraitance = actesSousTraitance;
		b.modificationsActesSousTraitance = modificationsActesSousTraitance;
		b.dateDebutExecution = dateDebutExecution;
		b.montantSubventionPublique = montantSubventionPublique;
		b.donneesExecution = donneesExecution;
		return b;
	}

	/** Builds a contract field by field, as readers and generators meet the fields. */
	public static final class Builder {
		private final ContractKind kind;
		private final Generation generation;
		private String id;
		private String acheteurId;
		private String acheteurNom;
		private String nature;
		private String objet;
		private String codeCpv;
		private String procedure;
		private LieuExecution lieuExecution;
		private Integer dureeMois;
		private LocalDate dateNotification;
		private LocalDate datePublicationDonnees;
		private BigDecimal montant;
		private String formePrix;
		private List<Titulaire> titulaires;
		private List<Modification> modifications;
		private List<String> techniques;
		private List<String> modalitesExecution;
		private String idAccordCadre;
		private Boolean marcheInnovant;
		private String ccag;
		private Integer offresRecues;
		private Boolean attributionAvance;
		private BigDecimal tauxAvance;
		private String typeGroupementOperateurs;
		private Boolean sousTraitanceDeclaree;
		private List<String> typesPrix;
		private BigDecimal origineUE;
		private BigDecimal origineFrance;
		private List<String> considerationsSociales;
		private List<String> considerationsEnvironnementales;
		private List<ActeSousTraitance> actesSousTraitance;
		private List<ModificationActeSousTraitance> modificationsActesSousTraitance;
		private LocalDate dateDebutExecution;
		private BigDecimal montantSubventionPublique;
		private List<DonneesAnnuelles> donneesExecution;

		private Builder(ContractKind kind, Generation generation) {
			this.kind = kind;
			this.generation = generation;
		}

		public Builder id(String v) { id = v; return this; }
		public Builder acheteurId(String v) { acheteurId = v; return this; }
		public Builder acheteurNom(String v) { acheteurNom = v; return this; }
		public Builder nature(String v) { nature = v; return this; }
		public Builder objet(String v) { objet = v; return this; }
		public Builder codeCpv(String v) { codeCpv = v; return this; }
		public Builder procedure(String v) { procedure = v; return this; }
		public Builder lieuExecution(LieuExecution v) { lieuExecution = v; return this; }
		public Builder dureeMois(Integer v) { dureeMois = v; return this; }
		public Builder dateNotification(LocalDate v) { dateNotification = v; return this; }
		public Builder datePublicationDonnees(LocalDate v) { datePublicationDonnees = v; return this; }
		public Builder montant(BigDecimal v) { montant = v; return this; }
		public Builder formePrix(String v) { formePrix = v; return this; }
		public Builder titulaires(List<Titulaire> v) { titulaires = v; return this; }
		public Builder modifications(List<Modification> v) { modifications = v; return this; }
		public Builder techniques(List<String> v) { techniques = v; return this; }
		public Builder modalitesExecution(List<String> v) { modalitesExecution = v; return this; }
		public Builder idAccordCadre(String v) { idAccordCadre = v; return this; }
		public Builder marcheInnovant(Boolean v) { marcheInnovant = v; return this; }
		public Builder ccag(String v) { ccag = v; return this; }
		public Builder offresRecues(Integer v) { offresRecues = v; return this; }
		public Builder attributionAvance(Boolean v) { attributionAvance = v; return this; }
		public Builder tauxAvance(BigDecimal v) { tauxAvance = v; return this; }
		public Builder typeGroupementOperateurs(String v) { typeGroupementOperateurs = v; return this; }
		public Builder sousTraitanceDeclaree(Boolean v) { sousTraitanceDeclaree = v; return this; }
		public Builder typesPrix(List<String> v) { typesPrix = v; return this; }
		public Builder origineUE(BigDecimal v) { origineUE = v; return this; }
		public Builder origineFrance(BigDecimal v) { origineFrance = v; return this; }
		public Builder considerationsSociales(List<String> v) { considerationsSociales = v; return this; }
		public Builder considerationsEnvironnementales(List<String> v) { considerationsEnvironnementales = v; return this; }
		public Builder actesSousTraitance(List<ActeSousTraitance> v) { actesSousTraitance = v; return this; }
		public Builder modificationsActesSousTraitance(List<ModificationActeSousTraitance> v) { modificationsActesSousTraitance = v; return this; }
		public Builder dateDebutExecution(LocalDate v) { dateDebutExecution = v; return this; }
		public Builder montantSubventionPublique(BigDecimal v) { montantSubventionPublique = v; return this; }
		public Builder donneesExecution(List<DonneesAnnuelles> v) { donneesExecution = v; return this; }

		public Contract build() {
			return new Contract(kind, generation, id, acheteurId, acheteurNom, nature, objet, codeCpv, procedure,
					lieuExecution, dureeMois, dateNotification, datePublicationDonnees, montant, formePrix,
					titulaires, modifications, techniques, modalitesExecution, idAccordCadre, marcheInnovant, ccag,
					offresRecues, attributionAvance, tauxAvance, typeGroupementOperateurs, sousTraitanceDeclaree,
					typesPrix, origineUE, origineFrance, considerationsSociales, considerationsEnvironnementales,
					actesSousTraitance, modificationsActesSousTraitance, dateDebutExecution,
					montantSubventionPublique, donneesExecution);
		}
	}
}
