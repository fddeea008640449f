package fr.ouvert.decp;

import java.io.Closeable;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes contracts as one DECP 2022 JSON document ({@code {"marches":{"marche":[…],"contrat-concession":[…]}}},
 * schema 2.0.3, with its XML-like wrappers), one contract at a time. Contracts must come grouped by kind, marchés
 * first: the two arrays are written one after the other.
 *
 * <p>A contract of the 2019 generation is converted as far as the 2022 model can express it: {@code nature}
 * Accord-cadre becomes {@code techniques} Accord-cadre, Marché subséquent becomes {@code modalitesExecution}
 * Marchés subséquents (both with {@code nature} Marché); the 1.5 {@code formePrix} (Ferme, Ferme et actualisable,
 * Révisable) becomes {@code typesPrix} (Définitif ferme, Définitif actualisable, Définitif révisable); a
 * modification gets its rank as {@code id}. What 2.0 cannot hold is left out: names ({@code acheteur.nom},
 * {@code denominationSociale}, {@code lieuExecution.nom}), {@code objetModification}, a concession's
 * {@code lieuExecution} and CPV code, a concession modification's new holders. Fields the 2.0 schema requires but
 * the record does not carry (techniques, ccag, offresRecues…) are omitted rather than invented, so such a record
 * does not validate against 2.0.3.
 *
 * <p>{@link #close()} ends the document and closes the stream.
 */
public final class Decp2022JsonWriter implements Closeable {

	private static final JsonFactory JSON = JsonFactory.builder()
			.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
	private static final Map<String, String> PRICE_TYPES_2019 = Map.of(
			"Ferme", "Définitif ferme",
			"Ferme et actualisable", "Définitif actualisable",
			"Révisable", "Définitif révisable");

	private final JsonGenerator json;
	private ContractKind openArray;
	private boolean concessionsWritten;

	public Decp2022JsonWriter(OutputStream out) {
		json = JSON.createGenerator(ObjectWriteContext.empty(), out);
		json.writeStartObject();
		json.writeName("marches");
		json.writeStartObject();
	}

	/**
	 * Writes one contract.
	 *
	 * @throws IllegalStateException when a marché comes after a concession: the document has one array per kind
	 */
	public void write(Contract contract) {
		if (contract.kind() != openArray) {
			if (contract.kind() == ContractKind.MARCHE && concessionsWritten) {
				throw new IllegalStateException("Marché " + contract.uid()
						+ " après des concessions : les contrats doivent être groupés par nature, marchés d'abord");
			}
			if (openArray != null) {
				json.writeEndArray();
			}
			json.writeName(contract.kind() == ContractKind.MARCHE ? "marche" : "contrat-concession");
			json.writeStartArray();
			openArray = contract.kind();
			concessionsWritten |= contract.kind() == ContractKind.CONCESSION;
		}
		if (contract.kind() == ContractKind.MARCHE) {
			writeMarche(contract);
		} else {
			writeConcession(contract);
		}
	}

	private void writeMarche(Contract c) {
		boolean from2019 = c.generation() == Generation.DECP_2019;
		json.writeStartObject();
		string("id", c.id());
		if (c.acheteurId() != null) {
			json.writeName("acheteur");
			json.writeStartObject();
			string("id", c.acheteurId());
			json.writeEndObject();
		}
		List<String> techniques = new ArrayList<>(c.techniques());
		List<String> modalites = new ArrayList<>(c.modalitesExecution());
		String nature = c.nature();
		if ("Accord-cadre".equals(nature)) {
			addOnce(techniques, "Accord-cadre");
			nature = "Marché";
		} else if ("Marché subséquent".equals(nature)) {
			addOnce(modalites, "Marchés subséquents");
			nature = "Marché";
		}
		string("nature", nature);
		string("objet", c.objet());
		string("codeCPV", c.codeCpv());
		wrappedStrings("techniques", "technique", techniques);
		wrappedStrings("modalitesExecution", "modaliteExecution", modalites);
		string("idAccordCadre", c.idAccordCadre());
		bool("marcheInnovant", c.marcheInnovant());
		string("ccag", c.ccag());
		integer("offresRecues", c.offresRecues());
		bool("attributionAvance", c.attributionAvance());
		number("tauxAvance", c.tauxAvance());
		string("typeGroupementOperateurs", c.typeGroupementOperateurs());
		bool("sousTraitanceDeclaree", c.sousTraitanceDeclaree());
		if (!c.actesSousTraitance().isEmpty()) {
			json.writeName("actesSousTraitance");
			json.writeStartArray();
			for (ActeSousTraitance acte : c.actesSousTraitance()) {
				json.writeStartObject();
				json.writeName("acteSousTraitance");
				json.writeStartObject();
				integer("id", acte.id());
				if (acte.sousTraitant() != null) {
					json.writeName("sousTraitant");
					holder(acte.sousTraitant());
				}
				integer("dureeMois", acte.dureeMois());
				date("dateNotification", acte.dateNotification());
				date("datePublicationDonnees", acte.datePublicationDonnees());
				number("montant", acte.montant());
				string("variationPrix", acte.variationPrix());
				json.writeEndObject();
				json.writeEndObject();
			}
			json.writeEndArray();
		}
		string("procedure", c.procedure());
		if (c.lieuExecution() != null) {
			json.writeName("lieuExecution");
			json.writeStartObject();
			string("code", c.lieuExecution().code());
			string("typeCode", c.lieuExecution().typeCode());
			json.writeEndObject();
		}
		integer("dureeMois", c.dureeMois());
		date("dateNotification", c.dateNotification());
		date("datePublicationDonnees", c.datePublicationDonnees());
		number("montant", c.montant());
		List<String> typesPrix = c.typesPrix();
		String formePrix = c.formePrix();
		if (from2019 && formePrix != null && PRICE_TYPES_2019.containsKey(formePrix)) {
			typesPrix = List.of(PRICE_TYPES_2019.get(formePrix));
			formePrix = null;
		}
		wrappedStrings("typesPrix", "typePrix", typesPrix);
		string("formePrix", formePrix);
		number("origineUE", c.origineUE());
		number("origineFrance", c.origineFrance());
		holders("titulaires", "titulaire", c.titulaires());
		wrappedStrings("considerationsSociales", "considerationSociale", c.considerationsSociales());
		wrappedStrings("considerationsEnvironnementales", "considerationEnvironnementale",
				c.considerationsEnvironnementales());
		if (!c.modificationsActesSousTraitance().isEmpty()) {
			json.writeName("modificationsActesSousTraitance");
			json.writeStartArray();
			for (ModificationActeSousTraitance m : c.modificationsActesSousTraitance()) {
				json.writeStartObject();
				json.writeName("modificationActeSousTraitance");
				json.writeStartObject();
				integer("id", m.id());
				integer("dureeMois", m.dureeMois());
				date("dateNotificationModificationSousTraitance", m.dateNotification());
				number("montant", m.montant());
				date("datePublicationDonnees", m.datePublicationDonnees());
				json.writeEndObject();
				json.writeEndObject();
			}
			json.writeEndArray();
		}
		modifications(c, "dateNotificationModification", "montant", true);
		json.writeEndObject();
	}

	private void writeConcession(Contract c) {
		json.writeStartObject();
		string("id", c.id());
		if (c.acheteurId() != null) {
			json.writeName("autoriteConcedante");
			json.writeStartObject();
			string("id", c.acheteurId());
			json.writeEndObject();
		}
		string("nature", c.nature());
		string("objet", c.objet());
		string("procedure", c.procedure());
		integer("dureeMois", c.dureeMois());
		date("dateSignature", c.dateNotification());
		date("datePublicationDonnees", c.datePublicationDonnees());
		date("dateDebutExecution", c.dateDebutExecution());
		number("valeurGlobale", c.montant());
		number("montantSubventionPublique", c.montantSubventionPublique());
		if (!c.donneesExecution().isEmpty()) {
			json.writeName("donneesExecution");
			json.writeStartArray();
			for (DonneesAnnuelles annee : c.donneesExecution()) {
				json.writeStartObject();
				json.writeName("donneesAnnuelles");
				json.writeStartObject();
				date("datePublicationDonneesExecution", annee.datePublicationDonneesExecution());
				number("depensesInvestissement", annee.depensesInvestissement());
				json.writeName("tarifs");
				json.writeStartArray();
				for (DonneesAnnuelles.Tarif tarif : annee.tarifs()) {
					json.writeStartObject();
					json.writeName("tarif");
					json.writeStartObject();
					string("intituleTarif", tarif.intituleTarif());
					number("tarif", tarif.tarif());
					json.writeEndObject();
					json.writeEndObject();
				}
				json.writeEndArray();
				json.writeEndObject();
				json.writeEndObject();
			}
			json.writeEndArray();
		}
		holders("concessionnaires", "concessionnaire", c.titulaires());
		wrappedStrings("considerationsSociales", "considerationSociale", c.considerationsSociales());
		wrappedStrings("considerationsEnvironnementales", "considerationEnvironnementale",
				c.considerationsEnvironnementales());
		modifications(c, "dateSignatureModification", "valeurGlobale", false);
		json.writeEndObject();
	}

	private void modifications(Contract c, String dateName, String amountName, boolean withHolders) {
		if (c.modifications().isEmpty()) {
			return;
		}
		json.writeName("modifications");
		json.writeStartArray();
		for (Modification m : c.modifications()) {
			json.writeStartObject();
			json.writeName("modification");
			json.writeStartObject();
			json.writeNumberProperty("id", m.id() != null ? m.id() : m.position());
			date(dateName, m.dateNotification());
			date("datePublicationDonneesModification", m.datePublicationDonnees());
			integer("dureeMois", m.dureeMois());
			number(amountName, m.montant());
			if (withHolders && m.titulaires() != null && !m.titulaires().isEmpty()) {
				holders("titulaires", "titulaire", m.titulaires());
			}
			json.writeEndObject();
			json.writeEndObject();
		}
		json.writeEndArray();
	}

	private void holders(String arrayName, String wrapper, List<Titulaire> holders) {
		if (holders.isEmpty()) {
			return;
		}
		json.writeName(arrayName);
		json.writeStartArray();
		for (Titulaire t : holders) {
			json.writeStartObject();
			json.writeName(wrapper);
			holder(t);
			json.writeEndObject();
		}
		json.writeEndArray();
	}

	private void holder(Titulaire t) {
		json.writeStartObject();
		string("typeIdentifiant", t.typeIdentifiant());
		string("id", t.id());
		json.writeEndObject();
	}

	private void wrappedStrings(String name, String itemName, List<String> values) {
		if (values.isEmpty()) {
			return;
		}
		json.writeName(name);
		json.writeStartObject();
		json.writeName(itemName);
		json.writeStartArray();
		for (String value : values) {
			json.writeString(value);
		}
		json.writeEndArray();
		json.writeEndObject();
	}

	private static void addOnce(List<String> values, String value) {
		if (!values.contains(value)) {
			values.add(value);
		}
	}

	private void string(String name, String value) {
		if (value != null) {
			json.writeStringProperty(name, value);
		}
	}

	private void integer(String name, Integer value) {
		if (value != null) {
			json.writeNumberProperty(name, value.intValue());
		}
	}

	private void number(String name, BigDecimal value) {
		if (value != null) {
			json.writeNumberProperty(name, value);
		}
	}

	private void bool(String name, Boolean value) {
		if (value != null) {
			json.writeBooleanProperty(name, value);
		}
	}

	private void date(String name, LocalDate value) {
		if (value != null) {
			json.writeStringProperty(name, value.toString());
		}
	}

	/** Ends the document (an empty {@code marche} array when nothing was written) and closes the stream. */
	@Override
	public void close() {
		if (openArray == null) {
			json.writeName("marche");
			json.writeStartArray();
		}
		json.writeEndArray();
		json.writeEndObject();
		json.writeEndObject();
		json.close();
	}
}
