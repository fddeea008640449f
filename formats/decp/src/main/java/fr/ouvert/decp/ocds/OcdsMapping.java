package fr.ouvert.decp.ocds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import fr.ouvert.decp.ActeSousTraitance;
import fr.ouvert.decp.Contract;
import fr.ouvert.decp.ContractKind;
import fr.ouvert.decp.ContractVersion;
import fr.ouvert.decp.DonneesAnnuelles;
import fr.ouvert.decp.Generation;
import fr.ouvert.decp.ModificationActeSousTraitance;
import fr.ouvert.decp.ProcurementCategory;
import fr.ouvert.decp.Titulaire;
import tools.jackson.core.JsonGenerator;

/**
 * The DECP → OCDS 1.1 mapping (one ocid per contract, one release per version), written straight to a
 * generator. The rules, and where they depart from the legacy decp-rama converter, are in the module's README
 * (section OCDS).
 */
final class OcdsMapping {

	/** The extensions whose fields the releases use. */
	static final List<String> EXTENSIONS = List.of(
			"https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/master/extension.json",
			"https://raw.githubusercontent.com/open-contracting-extensions/ocds_techniques_extension/master/extension.json",
			"https://raw.githubusercontent.com/open-contracting-extensions/ocds_subcontracting_extension/master/extension.json");

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
	private static final Map<LocalDate, String> DATE_TIMES = new ConcurrentHashMap<>();
	private static final Map<String, String> METHODS = Map.ofEntries(
			Map.entry("Appel d'offres ouvert", "open"),
			Map.entry("Procédure adaptée", "open"),
			Map.entry("Appel d'offres restreint", "selective"),
			Map.entry("Procédure avec négociation", "selective"),
			Map.entry("Procédure concurrentielle avec négociation", "selective"),
			Map.entry("Procédure négociée avec mise en concurrence préalable", "selective"),
			Map.entry("Dialogue compétitif", "selective"),
			Map.entry("Marché passé sans publicité ni mise en concurrence préalable", "limited"),
			Map.entry("Marché négocié sans publicité ni mise en concurrence préalable", "limited"),
			Map.entry("Procédure négociée ouverte", "open"),
			Map.entry("Procédure non négociée ouverte", "open"),
			Map.entry("Procédure négociée restreinte", "selective"),
			Map.entry("Procédure non négociée restreinte", "selective"));

	private OcdsMapping() {
	}

	/** One release of a contract: a version and what the mapping needs around it. */
	record Release(String prefix, Contract contract, List<ContractVersion> versions, int index, String ocid,
			LocalDate date) {

		ContractVersion version() {
			return versions.get(index);
		}

		String id() {
			return releaseId(ocid, version());
		}
	}

	static String ocid(String prefix, Contract contract) {
		String uid = contract.uid();
		if (uid == null) {
			throw new IllegalArgumentException("Contrat sans identifiant national (SIRET de l'acheteur ou id manquant) : "
					+ "pas d'ocid possible (id " + contract.id() + ", acheteur " + contract.acheteurId() + ")");
		}
		return prefix + "-" + uid;
	}

	private static String releaseId(String ocid, ContractVersion version) {
		int number = version.modificationId() != null ? version.modificationId() : version.sequence();
		return ocid + (number < 10 ? "-0" : "-") + number;
	}

	/**
	 * The releases of a contract, in version order. A release is dated by its version's publication date, else
	 * its notification date, else {@code fallbackDate}; a version dated before the one it modifies (an error of
	 * the data) takes that one's date, so that merging by date keeps the versions in order.
	 */
	static List<Release> releases(String prefix, Contract contract, LocalDate fallbackDate) {
		String ocid = ocid(prefix, contract);
		List<ContractVersion> versions = contract.versions();
		List<Release> releases = new ArrayList<>(versions.size());
		LocalDate previous = null;
		for (int i = 0; i < versions.size(); i++) {
			ContractVersion v = versions.get(i);
			LocalDate date = v.datePublicationDonnees() != null ? v.datePublicationDonnees()
					: v.dateNotification() != null ? v.dateNotification() : fallbackDate;
			if (previous != null && date.isBefore(previous)) {
				date = previous;
			}
			releases.add(new Release(prefix, contract, versions, i, ocid, date));
			previous = date;
		}
		return releases;
	}

	/** Midnight in Paris on that day, with its offset; cached, dates being few and formatting costly. */
	static String dateTime(LocalDate date) {
		return DATE_TIMES.computeIfAbsent(date, day -> day.atStartOfDay(PARIS).format(DATE_TIME));
	}

	static void write(JsonGenerator json, Release r) {
		Contract c = r.contract();
		ContractVersion version = r.version();
		ContractVersion previous = r.index() == 0 ? null : r.versions().get(r.index() - 1);
		json.writeStartObject();
		json.writeStringProperty("ocid", r.ocid());
		json.writeStringProperty("id", r.id());
		json.writeStringProperty("date", dateTime(r.date()));
		json.writeStringProperty("language", "fr");
		json.writeName("tag");
		json.writeStartArray();
		if (previous == null) {
			json.writeString("award");
			json.writeString("contract");
		} else {
			boolean holdersChanged = !holderKeys(version.titulaires()).equals(holderKeys(previous.titulaires()));
			if (holdersChanged) {
				json.writeString("awardUpdate");
				json.writeString("contractUpdate");
			}
			if (!holdersChanged || !Objects.equals(version.montant(), previous.montant())
					|| !Objects.equals(version.dureeMois(), previous.dureeMois())) {
				json.writeString("contractAmendment");
			}
		}
		json.writeEndArray();
		json.writeStringProperty("initiationType", "tender");
		writeParties(json, c, version);
		if (c.acheteurId() != null) {
			json.writeName("buyer");
			organisationReference(json, new Titulaire("SIRET", c.acheteurId(), c.acheteurNom()));
		}
		writeTender(json, r);
		if (c.offresRecues() != null) {
			json.writeName("bids");
			json.writeStartObject();
			json.writeName("statistics");
			json.writeStartArray();
			json.writeStartObject();
			json.writeStringProperty("id", "1");
			json.writeStringProperty("measure", "bids");
			json.writeNumberProperty("value", c.offresRecues().intValue());
			json.writeEndObject();
			json.writeEndArray();
			json.writeEndObject();
		}
		List<String> awardIds = writeAwards(json, r);
		writeContract(json, r, awardIds.get(awardIds.size() - 1));
		if (c.idAccordCadre() != null && c.acheteurId() != null) {
			json.writeName("relatedProcesses");
			json.writeStartArray();
			json.writeStartObject();
			json.writeStringProperty("id", "1");
			json.writeName("relationship");
			json.writeStartArray();
			json.writeString("framework");
			json.writeEndArray();
			json.writeStringProperty("scheme", "ocid");
			json.writeStringProperty("identifier", r.prefix() + "-" + Contract.uid(c.acheteurId(), c.idAccordCadre()));
			json.writeEndObject();
			json.writeEndArray();
		}
		json.writeEndObject();
	}

	private static List<String> holderKeys(List<Titulaire> holders) {
		return holders.stream().map(OcdsMapping::partyId).toList();
	}

	// Parties: the buyer, the holders in force and the subcontractors, one party per identifier with all its roles.
	private static void writeParties(JsonGenerator json, Contract c, ContractVersion version) {
		Map<String, Party> parties = new LinkedHashMap<>();
		if (c.acheteurId() != null) {
			addRole(parties, new Titulaire("SIRET", c.acheteurId(), c.acheteurNom()), "buyer");
		}
		for (Titulaire t : version.titulaires()) {
			addRole(parties, t, "supplier");
		}
		for (ActeSousTraitance acte : c.actesSousTraitance()) {
			if (acte.sousTraitant() != null) {
				addRole(parties, acte.sousTraitant(), "subcontractor");
			}
		}
		if (parties.isEmpty()) {
			return;
		}
		json.writeName("parties");
		json.writeStartArray();
		for (Party party : parties.values()) {
			Titulaire t = party.organisation();
			json.writeStartObject();
			json.writeStringProperty("id", partyId(t));
			if (t.denominationSociale() != null) {
				json.writeStringProperty("name", t.denominationSociale());
			}
			json.writeName("identifier");
			json.writeStartObject();
			boolean siret = t.isSiret() && t.siren() != null;
			if (siret) {
				json.writeStringProperty("scheme", "FR-RCS");
				json.writeStringProperty("id", t.siren());
			} else {
				if (t.typeIdentifiant() != null) {
					json.writeStringProperty("scheme", localScheme(t));
				}
				json.writeStringProperty("id", t.id());
			}
			if (t.denominationSociale() != null) {
				json.writeStringProperty("legalName", t.denominationSociale());
			}
			json.writeEndObject();
			if (siret) {
				json.writeName("additionalIdentifiers");
				json.writeStartArray();
				json.writeStartObject();
				json.writeStringProperty("scheme", localScheme(t));
				json.writeStringProperty("id", t.id());
				json.writeEndObject();
				json.writeEndArray();
			}
			json.writeName("roles");
			json.writeStartArray();
			for (String role : party.roles()) {
				json.writeString(role);
			}
			json.writeEndArray();
			json.writeEndObject();
		}
		json.writeEndArray();
	}

	private record Party(Titulaire organisation, List<String> roles) {
	}

	private static void addRole(Map<String, Party> parties, Titulaire organisation, String role) {
		Party party = parties.computeIfAbsent(partyId(organisation), id -> new Party(organisation, new ArrayList<>(2)));
		if (!party.roles().contains(role)) {
			party.roles().add(role);
		}
	}

	private static String localScheme(Titulaire t) {
		return "FR-DECP-" + t.typeIdentifiant();
	}

	/** {@code FR-DECP-SIRET-21350045800017}: the DECP identifier type and value, one party per establishment. */
	static String partyId(Titulaire t) {
		return (t.typeIdentifiant() == null ? "FR-DECP" : localScheme(t)) + "-" + t.id();
	}

	private static void organisationReference(JsonGenerator json, Titulaire t) {
		json.writeStartObject();
		json.writeStringProperty("id", partyId(t));
		if (t.denominationSociale() != null) {
			json.writeStringProperty("name", t.denominationSociale());
		}
		json.writeEndObject();
	}

	private static void writeTender(JsonGenerator json, Release r) {
		Contract c = r.contract();
		json.writeName("tender");
		json.writeStartObject();
		json.writeStringProperty("id", r.ocid());
		string(json, "title", c.objet());
		json.writeStringProperty("status", "complete");
		items(json, r);
		String method = c.procedure() == null ? null : METHODS.get(c.procedure());
		if ("limited".equals(method) && c.offresRecues() != null && c.offresRecues() == 1) {
			method = "direct";
		}
		string(json, "procurementMethod", method);
		string(json, "procurementMethodDetails", c.procedure());
		ProcurementCategory category = ProcurementCategory.of(c);
		if (category != null) {
			json.writeStringProperty("mainProcurementCategory", category.ocdsCode());
		}
		if (c.offresRecues() != null) {
			json.writeNumberProperty("numberOfTenderers", c.offresRecues().intValue());
		}
		List<String> techniques = c.techniques();
		boolean framework = techniques.contains("Accord-cadre") || "Accord-cadre".equals(c.nature());
		boolean dynamic = techniques.contains("Système d'acquisition dynamique");
		boolean auction = techniques.contains("Enchère électronique");
		if (framework || dynamic || auction) {
			json.writeName("techniques");
			json.writeStartObject();
			if (framework) {
				json.writeBooleanProperty("hasFrameworkAgreement", true);
			}
			if (dynamic) {
				json.writeBooleanProperty("hasDynamicPurchasingSystem", true);
			}
			if (auction) {
				json.writeBooleanProperty("hasElectronicAuction", true);
			}
			json.writeEndObject();
		}
		json.writeEndObject();
	}

	private static void items(JsonGenerator json, Release r) {
		Contract c = r.contract();
		if (c.objet() == null && c.codeCpv() == null) {
			return;
		}
		json.writeName("items");
		json.writeStartArray();
		json.writeStartObject();
		json.writeStringProperty("id", r.ocid() + "-item-1");
		string(json, "description", c.objet());
		if (c.codeCpv() != null) {
			json.writeName("classification");
			json.writeStartObject();
			json.writeStringProperty("scheme", "CPV");
			json.writeStringProperty("id", c.codeCpv());
			json.writeEndObject();
		}
		json.writeEndObject();
		json.writeEndArray();
	}

	/**
	 * The initial award (initial holders and value), then one award per change of holders, dated by the
	 * modification. Returns the ids written; the contract refers to the last one.
	 */
	private static List<String> writeAwards(JsonGenerator json, Release r) {
		Contract c = r.contract();
		List<String> ids = new ArrayList<>();
		json.writeName("awards");
		json.writeStartArray();
		for (int i = 0; i <= r.index(); i++) {
			ContractVersion v = r.versions().get(i);
			if (i > 0 && holderKeys(v.titulaires()).equals(holderKeys(r.versions().get(i - 1).titulaires()))) {
				continue;
			}
			String id = r.ocid() + "-award-" + (ids.size() + 1);
			ids.add(id);
			json.writeStartObject();
			json.writeStringProperty("id", id);
			string(json, "description", c.objet());
			json.writeStringProperty("status", "active");
			date(json, "date", v.dateNotification());
			value(json, "value", v.montant());
			if (!v.titulaires().isEmpty()) {
				json.writeName("suppliers");
				json.writeStartArray();
				List<String> written = new ArrayList<>(v.titulaires().size());
				for (Titulaire t : v.titulaires()) {
					if (!written.contains(partyId(t))) {
						written.add(partyId(t));
						organisationReference(json, t);
					}
				}
				json.writeEndArray();
			}
			items(json, r);
			period(json, "contractPeriod", startDate(c), v.dureeMois());
			if (i == 0 && c.sousTraitanceDeclaree() != null) {
				json.writeBooleanProperty("hasSubcontracting", c.sousTraitanceDeclaree());
			}
			json.writeEndObject();
		}
		json.writeEndArray();
		return ids;
	}

	private static LocalDate startDate(Contract c) {
		return c.kind() == ContractKind.CONCESSION && c.dateDebutExecution() != null ? c.dateDebutExecution()
				: c.dateNotification();
	}

	private static void writeContract(JsonGenerator json, Release r, String awardId) {
		Contract c = r.contract();
		ContractVersion version = r.version();
		json.writeName("contracts");
		json.writeStartArray();
		json.writeStartObject();
		json.writeStringProperty("id", r.ocid() + "-contract-1");
		json.writeStringProperty("awardID", awardId);
		string(json, "description", c.objet());
		json.writeStringProperty("status", "active");
		value(json, "value", version.montant());
		date(json, "dateSigned", c.dateNotification());
		period(json, "period", startDate(c), version.dureeMois());
		items(json, r);
		if (r.index() > 0) {
			json.writeName("amendments");
			json.writeStartArray();
			for (int i = 1; i <= r.index(); i++) {
				ContractVersion v = r.versions().get(i);
				json.writeStartObject();
				json.writeStringProperty("id", r.ocid() + "-amendment-" + i);
				date(json, "date", v.dateNotification());
				string(json, "description", v.objetModification());
				json.writeStringProperty("releaseID", releaseId(r.ocid(), v));
				json.writeStringProperty("amendsReleaseID", releaseId(r.ocid(), r.versions().get(i - 1)));
				json.writeEndObject();
			}
			json.writeEndArray();
		}
		writeLocalFields(json, r);
		json.writeEndObject();
		json.writeEndArray();
	}

	// What OCDS and the declared extensions cannot hold, kept under one local object.
	private static void writeLocalFields(JsonGenerator json, Release r) {
		Contract c = r.contract();
		json.writeName("fr_decp");
		json.writeStartObject();
		json.writeStringProperty("uid", c.uid());
		string(json, "id", c.id());
		json.writeStringProperty("format", c.generation() == Generation.DECP_2019 ? "2019" : "2022");
		json.writeStringProperty("typeContrat", c.kind().label());
		string(json, "nature", c.nature());
		strings(json, "techniques", c.techniques());
		strings(json, "modalitesExecution", c.modalitesExecution());
		string(json, "idAccordCadre", c.idAccordCadre());
		string(json, "formePrix", c.formePrix());
		strings(json, "typesPrix", c.typesPrix());
		string(json, "ccag", c.ccag());
		bool(json, "marcheInnovant", c.marcheInnovant());
		bool(json, "attributionAvance", c.attributionAvance());
		number(json, "tauxAvance", c.tauxAvance());
		number(json, "origineUE", c.origineUE());
		number(json, "origineFrance", c.origineFrance());
		string(json, "typeGroupementOperateurs", c.typeGroupementOperateurs());
		strings(json, "considerationsSociales", c.considerationsSociales());
		strings(json, "considerationsEnvironnementales", c.considerationsEnvironnementales());
		if (c.lieuExecution() != null) {
			json.writeName("lieuExecution");
			json.writeStartObject();
			string(json, "code", c.lieuExecution().code());
			string(json, "typeCode", c.lieuExecution().typeCode());
			string(json, "nom", c.lieuExecution().nom());
			json.writeEndObject();
		}
		number(json, "montantSubventionPublique", c.montantSubventionPublique());
		if (!c.actesSousTraitance().isEmpty()) {
			json.writeName("actesSousTraitance");
			json.writeStartArray();
			for (ActeSousTraitance acte : c.actesSousTraitance()) {
				json.writeStartObject();
				json.writeStringProperty("id", String.valueOf(acte.id()));
				if (acte.sousTraitant() != null) {
					json.writeName("sousTraitant");
					organisationReference(json, acte.sousTraitant());
				}
				integer(json, "dureeMois", acte.dureeMois());
				date(json, "dateNotification", acte.dateNotification());
				date(json, "datePublicationDonnees", acte.datePublicationDonnees());
				value(json, "value", acte.montant());
				string(json, "variationPrix", acte.variationPrix());
				json.writeEndObject();
			}
			json.writeEndArray();
		}
		if (!c.modificationsActesSousTraitance().isEmpty()) {
			json.writeName("modificationsActesSousTraitance");
			json.writeStartArray();
			int n = 0;
			for (ModificationActeSousTraitance m : c.modificationsActesSousTraitance()) {
				json.writeStartObject();
				json.writeStringProperty("id", String.valueOf(++n));
				json.writeStringProperty("acteSousTraitanceID", String.valueOf(m.id()));
				date(json, "dateNotification", m.dateNotification());
				date(json, "datePublicationDonnees", m.datePublicationDonnees());
				integer(json, "dureeMois", m.dureeMois());
				value(json, "value", m.montant());
				json.writeEndObject();
			}
			json.writeEndArray();
		}
		if (!c.donneesExecution().isEmpty()) {
			json.writeName("donneesExecution");
			json.writeStartArray();
			for (DonneesAnnuelles annee : c.donneesExecution()) {
				json.writeStartObject();
				if (annee.datePublicationDonneesExecution() != null) {
					json.writeStringProperty("id", annee.datePublicationDonneesExecution().toString());
				}
				date(json, "datePublicationDonneesExecution", annee.datePublicationDonneesExecution());
				value(json, "depensesInvestissement", annee.depensesInvestissement());
				json.writeName("tarifs");
				json.writeStartArray();
				for (DonneesAnnuelles.Tarif tarif : annee.tarifs()) {
					json.writeStartObject();
					string(json, "intituleTarif", tarif.intituleTarif());
					value(json, "tarif", tarif.tarif());
					json.writeEndObject();
				}
				json.writeEndArray();
				json.writeEndObject();
			}
			json.writeEndArray();
		}
		json.writeEndObject();
	}

	/** A period from the start date for the duration in months; without start, only the duration (30.5 days a month). */
	private static void period(JsonGenerator json, String name, LocalDate start, Integer months) {
		if (start == null && months == null) {
			return;
		}
		json.writeName(name);
		json.writeStartObject();
		if (start != null) {
			json.writeStringProperty("startDate", dateTime(start));
		}
		if (months != null) {
			if (start != null) {
				LocalDate end = start.plusMonths(months);
				json.writeStringProperty("endDate", dateTime(end));
				json.writeNumberProperty("durationInDays", ChronoUnit.DAYS.between(start, end));
			} else {
				json.writeNumberProperty("durationInDays", (long) Math.floor(months * 30.5));
			}
		}
		json.writeEndObject();
	}

	private static void value(JsonGenerator json, String name, BigDecimal amount) {
		if (amount == null) {
			return;
		}
		json.writeName(name);
		json.writeStartObject();
		json.writeNumberProperty("amount", amount);
		json.writeStringProperty("currency", "EUR");
		json.writeEndObject();
	}

	private static void string(JsonGenerator json, String name, String value) {
		if (value != null) {
			json.writeStringProperty(name, value);
		}
	}

	private static void strings(JsonGenerator json, String name, List<String> values) {
		if (values.isEmpty()) {
			return;
		}
		json.writeName(name);
		json.writeStartArray();
		for (String value : values) {
			json.writeString(value);
		}
		json.writeEndArray();
	}

	private static void integer(JsonGenerator json, String name, Integer value) {
		if (value != null) {
			json.writeNumberProperty(name, value.intValue());
		}
	}

	private static void number(JsonGenerator json, String name, BigDecimal value) {
		if (value != null) {
			json.writeNumberProperty(name, value);
		}
	}

	private static void bool(JsonGenerator json, String name, Boolean value) {
		if (value != null) {
			json.writeBooleanProperty(name, value);
		}
	}

	private static void date(JsonGenerator json, String name, LocalDate value) {
		if (value != null) {
			json.writeStringProperty(name, dateTime(value));
		}
	}
}
