package fr.ouvert.hatvp.register;

import java.io.Closeable;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes publications in the shape of HATVP's {@code agora_repertoire_opendata.json}, so that its reusers keep
 * working: {@code {"publications": [...]}}, HATVP's keys (the misspelt {@code reponsablesPublics} included),
 * financial years and activities wrapped in {@code {"publicationCourante": {...}}}, moments as
 * {@code dd/MM/yyyy HH:mm:ss} and bounds of financial years as {@code dd-MM-yyyy}, money brackets in the JSON's
 * wording ({@code "> = 25 000 euros et < 50 000 euros"}). Absent values are left out; the lists of a publication and
 * of an action are always written, a financial year's {@code activites} only when it has some, as HATVP does.
 * UTF-8, compact; one publication at a time, so memory does not depend on the register's size.
 *
 * <p>{@link #close()} ends the document and closes the stream.
 */
public final class RegisterJsonWriter implements Closeable {

	private static final JsonFactory JSON = JsonFactory.builder().build();

	private final JsonGenerator json;

	public RegisterJsonWriter(OutputStream out) {
		json = JSON.createGenerator(ObjectWriteContext.empty(), out);
		json.writeStartObject();
		json.writeName("publications");
		json.writeStartArray();
	}

	public void write(Publication p) {
		json.writeStartObject();
		string("denomination", p.denomination());
		string("nomUsage", p.nomUsage());
		string("nomUsageHatvp", p.nomUsageHatvp());
		string("sigleHatvp", p.sigleHatvp());
		string("identifiantNational", p.identifiantNational());
		string("typeIdentifiantNational", p.typeIdentifiantNational());
		CategorieOrganisation categorie = p.categorieOrganisation();
		if (categorie != null) {
			json.writeName("categorieOrganisation");
			json.writeStartObject();
			string("code", categorie.code());
			string("label", categorie.label());
			string("categorie", categorie.categorie());
			bool("notifSansChiffreAffaire", categorie.notifSansChiffreAffaire());
			json.writeEndObject();
		}
		string("adresse", p.adresse());
		string("codePostal", p.codePostal());
		string("ville", p.ville());
		string("pays", p.pays());
		string("lienSiteWeb", p.lienSiteWeb());
		string("lienPageTwitter", p.lienPageTwitter());
		string("lienPageFacebook", p.lienPageFacebook());
		string("lienPageLinkedin", p.lienPageLinkedin());
		string("emailDeContact", p.emailDeContact());
		string("telephoneDeContact", p.telephoneDeContact());
		bool("publierMonAdressePhysique", p.publierMonAdressePhysique());
		bool("publierMonAdresseEmail", p.publierMonAdresseEmail());
		bool("publierMonTelephoneDeContact", p.publierMonTelephoneDeContact());
		personnes("dirigeants", p.dirigeants());
		personnes("collaborateurs", p.collaborateurs());
		bool("declarationTiers", p.declarationTiers());
		organisations("clients", p.clients());
		bool("declarationOrgaAppartenance", p.declarationOrgaAppartenance());
		organisations("affiliations", p.affiliations());
		json.writeName("activites");
		json.writeStartObject();
		elements("listSecteursActivites", p.secteursActivites());
		elements("listNiveauIntervention", p.niveauxIntervention());
		json.writeEndObject();
		moment("datePremierePublication", p.datePremierePublication());
		moment("dateCreation", p.dateCreation());
		moment("dateDernierePublicationActivite", p.dateDernierePublicationActivite());
		bool("isActivitesPubliees", p.isActivitesPubliees());
		moment("dateCessation", p.dateCessation());
		string("motifDesinscription", p.motifDesinscription());
		string("motivationDesinscription", p.motivationDesinscription());
		json.writeName("exercices");
		json.writeStartArray();
		for (Exercice exercice : p.exercices()) {
			exercice(exercice);
		}
		json.writeEndArray();
		json.writeEndObject();
	}

	private void exercice(Exercice e) {
		json.writeStartObject();
		json.writeName("publicationCourante");
		json.writeStartObject();
		if (e.exerciceId() != null) {
			json.writeNumberProperty("exerciceId", e.exerciceId());
		}
		day("dateDebut", e.dateDebut());
		day("dateFin", e.dateFin());
		moment("publicationDate", e.publicationDate());
		string("montantDepense", bracket(e.montantDepense()));
		string("chiffreAffaire", bracket(e.chiffreAffaire()));
		bool("hasNotChiffreAffaire", e.hasNotChiffreAffaire());
		integer("nombreSalaries", e.nombreSalaries());
		integer("nombreActivite", e.nombreActivite());
		bool("noActivite", e.noActivite());
		bool("defautDeclaration", e.defautDeclaration());
		string("commentaire", e.commentaire());
		if (!e.activites().isEmpty()) {
			json.writeName("activites");
			json.writeStartArray();
			for (Activite activite : e.activites()) {
				activite(activite);
			}
			json.writeEndArray();
		}
		json.writeEndObject();
		json.writeEndObject();
	}

	private void activite(Activite a) {
		json.writeStartObject();
		json.writeName("publicationCourante");
		json.writeStartObject();
		string("identifiantFiche", a.identifiantFiche());
		string("objet", a.objet());
		strings("domainesIntervention", a.domainesIntervention());
		moment("publicationDate", a.publicationDate());
		json.writeName("actionsRepresentationInteret");
		json.writeStartArray();
		for (ActionRepresentationInteret action : a.actionsRepresentationInteret()) {
			json.writeStartObject();
			strings("reponsablesPublics", action.reponsablesPublics());
			string("responsablePublicAutre", action.responsablePublicAutre());
			strings("decisionsConcernees", action.decisionsConcernees());
			strings("actionsMenees", action.actionsMenees());
			string("actionMeneeAutre", action.actionMeneeAutre());
			strings("tiers", action.tiers());
			string("observation", action.observation());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeEndObject();
		json.writeEndObject();
	}

	private void personnes(String name, List<Personne> personnes) {
		json.writeName(name);
		json.writeStartArray();
		for (Personne personne : personnes) {
			json.writeStartObject();
			string("civilite", personne.civilite());
			string("nom", personne.nom());
			string("prenom", personne.prenom());
			string("fonction", personne.fonction());
			json.writeEndObject();
		}
		json.writeEndArray();
	}

	private void organisations(String name, List<Organisation> organisations) {
		json.writeName(name);
		json.writeStartArray();
		for (Organisation organisation : organisations) {
			json.writeStartObject();
			string("denomination", organisation.denomination());
			string("identifiantNational", organisation.identifiantNational());
			string("typeIdentifiantNational", organisation.typeIdentifiantNational());
			bool("ancienClient", organisation.ancienClient());
			json.writeEndObject();
		}
		json.writeEndArray();
	}

	/** HATVP writes {@code "categorie": null} in every item: kept, so that the items have HATVP's four keys. */
	private void elements(String name, List<ElementListe> elements) {
		json.writeName(name);
		json.writeStartArray();
		for (ElementListe element : elements) {
			json.writeStartObject();
			string("code", element.code());
			string("label", element.label());
			integer("ordre", element.ordre());
			json.writeName("categorie");
			if (element.categorie() == null) {
				json.writeNull();
			} else {
				json.writeString(element.categorie());
			}
			json.writeEndObject();
		}
		json.writeEndArray();
	}

	/** A bracket in the JSON's wording (the CSV export writes « € »); another text as it is. */
	private static String bracket(String text) {
		return AmountBracket.parse(text).map(AmountBracket::jsonLabel).orElse(text);
	}

	private void strings(String name, List<String> values) {
		json.writeName(name);
		json.writeStartArray();
		for (String value : values) {
			json.writeString(value);
		}
		json.writeEndArray();
	}

	private void string(String name, String value) {
		if (value != null) {
			json.writeStringProperty(name, value);
		}
	}

	private void bool(String name, Boolean value) {
		if (value != null) {
			json.writeBooleanProperty(name, value);
		}
	}

	private void integer(String name, Integer value) {
		if (value != null) {
			json.writeNumberProperty(name, value);
		}
	}

	private void moment(String name, LocalDateTime value) {
		if (value != null) {
			json.writeStringProperty(name, RegisterDates.hatvp(value));
		}
	}

	private void day(String name, LocalDate value) {
		if (value != null) {
			json.writeStringProperty(name, RegisterDates.hatvp(value));
		}
	}

	/** Ends the document and closes the stream. */
	@Override
	public void close() {
		json.writeEndArray();
		json.writeEndObject();
		json.close();
	}
}
