package fr.ouvert.hatvp.register;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import fr.ouvert.hatvp.HatvpFormatException;
import fr.ouvert.hatvp.register.RegisterReadReport.Shape;
import fr.ouvert.hatvp.register.RegisterReadReport.SkippedKey;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Streams the publications of the register's JSON: HATVP's {@code agora_repertoire_opendata.json}
 * ({@code {"publications": [...]}}, financial years and activities wrapped in {@code publicationCourante}), and
 * Regards Citoyens' republication (a bare list, financial years unwrapped, ISO dates, history kept beside). One
 * publication is held in memory at a time, whatever the file's size, and is handed over before the next is read.
 *
 * <p>Keys outside the register's model are skipped and counted in the report ({@link SkippedKey}). Anything else
 * that does not fit — broken syntax, an object where a text is expected, a date that cannot be read, a number with
 * a fraction where a count is expected — stops the reading with a {@link HatvpFormatException} that says the file,
 * the publication, the line and column, the field's path and why.
 */
public final class RegisterJsonReader {

	private static final JsonFactory FACTORY = JsonFactory.builder().build();

	/** Reads {@code file}; the report and errors name it by its file name. */
	public RegisterReadReport read(Path file, Consumer<Publication> sink) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return read(in, file.getFileName().toString(), sink);
		}
	}

	/** Reads UTF-8 JSON from {@code in} (not closed); {@code fileName} names it in the report and errors. */
	public RegisterReadReport read(InputStream in, String fileName, Consumer<Publication> sink) throws IOException {
		try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), in)) {
			return new Reading(fileName, parser, sink).run();
		} catch (SinkFailure e) {
			throw e.getCause();
		}
	}

	/** One pass over one file. */
	private static final class Reading {

		private final String file;
		private final JsonParser parser;
		private final Consumer<Publication> sink;
		private final FieldPath path = new FieldPath();
		private final Map<String, long[]> skipped = new LinkedHashMap<>();
		private long record;
		private long exercices;
		private long activites;
		private long actions;

		Reading(String file, JsonParser parser, Consumer<Publication> sink) {
			this.file = file;
			this.parser = parser;
			this.sink = sink;
		}

		RegisterReadReport run() throws HatvpFormatException {
			try {
				Shape shape = container();
				if (parser.nextToken() != null) {
					throw error("du contenu suit la fin du document JSON");
				}
				List<SkippedKey> keys = new ArrayList<>(skipped.size());
				skipped.forEach((key, counts) -> keys.add(new SkippedKey(key, counts[0], counts[1])));
				return new RegisterReadReport(file, shape, record, exercices, activites, actions, keys);
			} catch (JacksonException e) {
				TokenStreamLocation location = e.getLocation();
				throw new HatvpFormatException(file, record, location == null ? 0 : location.getLineNr(),
						location == null ? 0 : location.getColumnNr(), path.isEmpty() ? null : path.render(),
						"JSON illisible (" + firstLine(e.getOriginalMessage()) + ")", e);
			} catch (Invalid e) {
				throw e.exception;
			}
		}

		private Shape container() {
			JsonToken token = parser.nextToken();
			if (token == JsonToken.START_ARRAY) {
				publications();
				return Shape.REGARDS_CITOYENS_JSON;
			}
			if (token != JsonToken.START_OBJECT) {
				throw error("le document n'est ni un objet {\"publications\": [...]} ni une liste de publications");
			}
			boolean found = false;
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				token = parser.nextToken();
				if (!"publications".equals(name)) {
					skip(name);
				} else if (token == JsonToken.START_ARRAY) {
					publications();
					found = true;
				} else {
					throw error("« publications » doit être une liste");
				}
			}
			if (!found) {
				throw error("aucune liste « publications » dans l'objet racine");
			}
			return Shape.HATVP_JSON;
		}

		private void publications() {
			JsonToken token;
			while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
				if (token == null) {
					throw error("fin de fichier inattendue dans la liste des publications");
				}
				record++;
				if (token != JsonToken.START_OBJECT) {
					throw error("une publication doit être un objet");
				}
				Publication publication = publication();
				try {
					sink.accept(publication);
				} catch (RuntimeException e) {
					throw new SinkFailure(e);
				}
			}
		}

		private Publication publication() {
			String denomination = null, nomUsage = null, nomUsageHatvp = null, sigleHatvp = null;
			String identifiantNational = null, typeIdentifiantNational = null;
			CategorieOrganisation categorie = null;
			String adresse = null, codePostal = null, ville = null, pays = null;
			String lienSiteWeb = null, lienPageTwitter = null, lienPageFacebook = null, lienPageLinkedin = null;
			String emailDeContact = null, telephoneDeContact = null;
			Boolean publierMonAdressePhysique = null, publierMonAdresseEmail = null, publierMonTelephoneDeContact = null;
			List<Personne> dirigeants = List.of(), collaborateurs = List.of();
			Boolean declarationTiers = null, declarationOrgaAppartenance = null;
			List<Organisation> clients = List.of(), affiliations = List.of();
			List<ElementListe> secteurs = List.of(), niveaux = List.of();
			LocalDateTime datePremierePublication = null, dateCreation = null, dateDernierePublicationActivite = null;
			LocalDateTime dateCessation = null;
			Boolean isActivitesPubliees = null;
			String motifDesinscription = null, motivationDesinscription = null;
			List<Exercice> exercicesRead = List.of();
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				parser.nextToken();
				path.push(name);
				switch (name) {
					case "denomination" -> denomination = text();
					case "nomUsage" -> nomUsage = text();
					case "nomUsageHatvp" -> nomUsageHatvp = text();
					case "sigleHatvp" -> sigleHatvp = text();
					case "identifiantNational" -> identifiantNational = text();
					case "typeIdentifiantNational" -> typeIdentifiantNational = text();
					case "categorieOrganisation" -> categorie = categorie();
					case "adresse" -> adresse = text();
					case "codePostal" -> codePostal = text();
					case "ville" -> ville = text();
					case "pays" -> pays = text();
					case "lienSiteWeb" -> lienSiteWeb = text();
					case "lienPageTwitter" -> lienPageTwitter = text();
					case "lienPageFacebook" -> lienPageFacebook = text();
					case "lienPageLinkedin" -> lienPageLinkedin = text();
					case "emailDeContact" -> emailDeContact = text();
					case "telephoneDeContact" -> telephoneDeContact = text();
					case "publierMonAdressePhysique" -> publierMonAdressePhysique = bool();
					case "publierMonAdresseEmail" -> publierMonAdresseEmail = bool();
					case "publierMonTelephoneDeContact" -> publierMonTelephoneDeContact = bool();
					case "dirigeants" -> dirigeants = personnes();
					case "collaborateurs" -> collaborateurs = personnes();
					case "declarationTiers" -> declarationTiers = bool();
					case "clients" -> clients = organisations();
					case "declarationOrgaAppartenance" -> declarationOrgaAppartenance = bool();
					case "affiliations" -> affiliations = organisations();
					case "activites" -> {
						expect(JsonToken.START_OBJECT, "un objet");
						if (parser.currentToken() == JsonToken.START_OBJECT) {
							while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
								String list = parser.currentName();
								parser.nextToken();
								path.push(list);
								switch (list) {
									case "listSecteursActivites" -> secteurs = elements();
									case "listNiveauIntervention" -> niveaux = elements();
									default -> skip(list);
								}
								path.pop();
							}
						}
					}
					case "datePremierePublication" -> datePremierePublication = dateTime();
					case "dateCreation" -> dateCreation = dateTime();
					case "dateDernierePublicationActivite" -> dateDernierePublicationActivite = dateTime();
					case "isActivitesPubliees" -> isActivitesPubliees = bool();
					case "dateCessation" -> dateCessation = dateTime();
					case "motifDesinscription" -> motifDesinscription = text();
					case "motivationDesinscription" -> motivationDesinscription = text();
					case "exercices" -> exercicesRead = exercices();
					default -> skip(name);
				}
				path.pop();
			}
			return new Publication(denomination, nomUsage, nomUsageHatvp, sigleHatvp, identifiantNational,
					typeIdentifiantNational, categorie, adresse, codePostal, ville, pays, lienSiteWeb, lienPageTwitter,
					lienPageFacebook, lienPageLinkedin, emailDeContact, telephoneDeContact, publierMonAdressePhysique,
					publierMonAdresseEmail, publierMonTelephoneDeContact, dirigeants, collaborateurs, declarationTiers,
					clients, declarationOrgaAppartenance, affiliations, secteurs, niveaux, datePremierePublication,
					dateCreation, dateDernierePublicationActivite, isActivitesPubliees, dateCessation,
					motifDesinscription, motivationDesinscription, exercicesRead);
		}

		private CategorieOrganisation categorie() {
			if (!expect(JsonToken.START_OBJECT, "un objet")) {
				return null;
			}
			String code = null, label = null, categorie = null;
			Boolean sansChiffreAffaire = null;
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				parser.nextToken();
				path.push(name);
				switch (name) {
					case "code" -> code = text();
					case "label" -> label = text();
					case "categorie" -> categorie = text();
					case "notifSansChiffreAffaire" -> sansChiffreAffaire = bool();
					default -> skip(name);
				}
				path.pop();
			}
			return new CategorieOrganisation(code, label, categorie, sansChiffreAffaire);
		}

		private List<Personne> personnes() {
			List<Personne> personnes = new ArrayList<>();
			for (int index = 1; item(index); index++) {
				String civilite = null, nom = null, prenom = null, fonction = null;
				while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
					String name = parser.currentName();
					parser.nextToken();
					path.push(name);
					switch (name) {
						case "civilite" -> civilite = text();
						case "nom" -> nom = text();
						case "prenom" -> prenom = text();
						case "fonction" -> fonction = text();
						default -> skip(name);
					}
					path.pop();
				}
				personnes.add(new Personne(civilite, nom, prenom, fonction));
				path.pop();
			}
			return personnes;
		}

		private List<Organisation> organisations() {
			List<Organisation> organisations = new ArrayList<>();
			for (int index = 1; item(index); index++) {
				String denomination = null, identifiant = null, type = null;
				Boolean ancienClient = null;
				while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
					String name = parser.currentName();
					parser.nextToken();
					path.push(name);
					switch (name) {
						case "denomination" -> denomination = text();
						case "identifiantNational" -> identifiant = text();
						case "typeIdentifiantNational" -> type = text();
						case "ancienClient" -> ancienClient = bool();
						default -> skip(name);
					}
					path.pop();
				}
				organisations.add(new Organisation(denomination, identifiant, type, ancienClient));
				path.pop();
			}
			return organisations;
		}

		private List<ElementListe> elements() {
			List<ElementListe> elements = new ArrayList<>();
			for (int index = 1; item(index); index++) {
				String code = null, label = null, categorie = null;
				Integer ordre = null;
				while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
					String name = parser.currentName();
					parser.nextToken();
					path.push(name);
					switch (name) {
						case "code" -> code = text();
						case "label" -> label = text();
						case "ordre" -> ordre = integer();
						case "categorie" -> categorie = text();
						default -> skip(name);
					}
					path.pop();
				}
				elements.add(new ElementListe(code, label, ordre, categorie));
				path.pop();
			}
			return elements;
		}

		private List<Exercice> exercices() {
			List<Exercice> list = new ArrayList<>();
			for (int index = 1; item(index); index++) {
				list.add(exercice(new ExerciceFields()).build());
				exercices++;
				path.pop();
			}
			return list;
		}

		/** The fields of a financial year, from HATVP's wrapper {@code {"publicationCourante": {...}}} or unwrapped. */
		private ExerciceFields exercice(ExerciceFields fields) {
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				parser.nextToken();
				path.push(name);
				switch (name) {
					case "publicationCourante" -> {
						if (expect(JsonToken.START_OBJECT, "un objet")) {
							exercice(fields);
						}
					}
					case "exerciceId" -> fields.exerciceId = longInteger();
					case "dateDebut" -> fields.dateDebut = date();
					case "dateFin" -> fields.dateFin = date();
					case "publicationDate" -> fields.publicationDate = dateTime();
					case "montantDepense" -> fields.montantDepense = text();
					case "chiffreAffaire" -> fields.chiffreAffaire = text();
					case "hasNotChiffreAffaire" -> fields.hasNotChiffreAffaire = bool();
					case "nombreSalaries" -> fields.nombreSalaries = integer();
					case "nombreActivite" -> fields.nombreActivite = integer();
					case "noActivite" -> fields.noActivite = bool();
					case "defautDeclaration" -> fields.defautDeclaration = bool();
					case "commentaire" -> fields.commentaire = text();
					case "activites" -> fields.activites = activites();
					default -> skip(name);
				}
				path.pop();
			}
			return fields;
		}

		private List<Activite> activites() {
			List<Activite> list = new ArrayList<>();
			for (int index = 1; item(index); index++) {
				list.add(activite(new ActiviteFields()).build());
				activites++;
				path.pop();
			}
			return list;
		}

		/** The fields of an activity, from its wrapper {@code {"publicationCourante": {...}}} or unwrapped. */
		private ActiviteFields activite(ActiviteFields fields) {
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				parser.nextToken();
				path.push(name);
				switch (name) {
					case "publicationCourante" -> {
						if (expect(JsonToken.START_OBJECT, "un objet")) {
							activite(fields);
						}
					}
					case "identifiantFiche" -> fields.identifiantFiche = text();
					case "objet" -> fields.objet = text();
					case "domainesIntervention" -> fields.domainesIntervention = texts();
					case "publicationDate" -> fields.publicationDate = dateTime();
					case "actionsRepresentationInteret" -> fields.actions = actions();
					default -> skip(name);
				}
				path.pop();
			}
			return fields;
		}

		private List<ActionRepresentationInteret> actions() {
			List<ActionRepresentationInteret> list = new ArrayList<>();
			for (int index = 1; item(index); index++) {
				List<String> reponsablesPublics = List.of(), decisions = List.of(), actionsMenees = List.of();
				List<String> tiers = List.of();
				String responsablePublicAutre = null, actionMeneeAutre = null, observation = null;
				while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
					String name = parser.currentName();
					parser.nextToken();
					path.push(name);
					switch (name) {
						case "reponsablesPublics" -> reponsablesPublics = texts();
						case "responsablePublicAutre" -> responsablePublicAutre = text();
						case "decisionsConcernees" -> decisions = texts();
						case "actionsMenees" -> actionsMenees = texts();
						case "actionMeneeAutre" -> actionMeneeAutre = text();
						case "tiers" -> tiers = texts();
						case "observation" -> observation = text();
						default -> skip(name);
					}
					path.pop();
				}
				list.add(new ActionRepresentationInteret(reponsablesPublics, responsablePublicAutre, decisions,
						actionsMenees, actionMeneeAutre, tiers, observation));
				actions++;
				path.pop();
			}
			return list;
		}

		/**
		 * Moves to the next item of the list whose value is the current token (or, on the first call, checks that
		 * the value is a list): true with the item's index pushed on the path when it is an object, false at the
		 * end of the list. {@code null} counts as an empty list.
		 */
		private boolean item(int index) {
			if (index == 1 && !expect(JsonToken.START_ARRAY, "une liste")) {
				return false;
			}
			JsonToken token = parser.nextToken();
			if (token == JsonToken.END_ARRAY) {
				return false;
			}
			path.index(index);
			if (token != JsonToken.START_OBJECT) {
				throw error("un objet est attendu, trouvé " + describe(token));
			}
			return true;
		}

		/** Whether the current value has the expected kind; false for null; an error for anything else. */
		private boolean expect(JsonToken kind, String what) {
			JsonToken token = parser.currentToken();
			if (token == kind) {
				return true;
			}
			if (token == JsonToken.VALUE_NULL) {
				return false;
			}
			throw error(what + " est attendu, trouvé " + describe(token));
		}

		private List<String> texts() {
			if (!expect(JsonToken.START_ARRAY, "une liste de textes")) {
				return List.of();
			}
			List<String> texts = new ArrayList<>();
			JsonToken token;
			int index = 0;
			while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
				index++;
				if (token != JsonToken.VALUE_STRING) {
					path.index(index);
					throw error("un texte est attendu, trouvé " + describe(token));
				}
				texts.add(parser.getString());
			}
			return texts;
		}

		private String text() {
			return switch (parser.currentToken()) {
				case VALUE_STRING -> parser.getString();
				case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getText();
				case VALUE_NULL -> null;
				default -> throw error("un texte est attendu, trouvé " + describe(parser.currentToken()));
			};
		}

		private Boolean bool() {
			return switch (parser.currentToken()) {
				case VALUE_TRUE -> Boolean.TRUE;
				case VALUE_FALSE -> Boolean.FALSE;
				case VALUE_NULL -> null;
				default -> throw error("un booléen est attendu, trouvé " + describe(parser.currentToken()));
			};
		}

		private Integer integer() {
			Long value = longInteger();
			if (value == null) {
				return null;
			}
			if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
				throw error("nombre trop grand : " + value);
			}
			return value.intValue();
		}

		private Long longInteger() {
			switch (parser.currentToken()) {
				case VALUE_NULL -> {
					return null;
				}
				case VALUE_NUMBER_INT -> {
					return parser.getLongValue();
				}
				case VALUE_NUMBER_FLOAT -> {
					double value = parser.getDoubleValue();
					if (value == Math.rint(value) && Math.abs(value) < Long.MAX_VALUE) {
						return (long) value;
					}
					throw error("un nombre entier est attendu, trouvé " + parser.getText());
				}
				default -> throw error("un nombre entier est attendu, trouvé " + describe(parser.currentToken()));
			}
		}

		private LocalDateTime dateTime() {
			String text = text();
			if (text == null || text.isBlank()) {
				return null;
			}
			try {
				return RegisterDates.dateTime(text);
			} catch (IllegalArgumentException e) {
				throw error(e.getMessage());
			}
		}

		private LocalDate date() {
			String text = text();
			if (text == null || text.isBlank()) {
				return null;
			}
			try {
				return RegisterDates.date(text);
			} catch (IllegalArgumentException e) {
				throw error(e.getMessage());
			}
		}

		/** Skips the current value of key {@code name} (already on the path) and counts it in the report. */
		private void skip(String name) {
			long[] counts = skipped.computeIfAbsent(path.pattern(), key -> new long[] {0, record});
			counts[0]++;
			parser.skipChildren();
		}

		private String describe(JsonToken token) {
			if (token == null) {
				return "la fin du fichier";
			}
			return switch (token) {
				case START_OBJECT -> "un objet";
				case START_ARRAY -> "une liste";
				case VALUE_STRING -> "le texte « " + parser.getString() + " »";
				case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "le nombre " + parser.getText();
				case VALUE_TRUE, VALUE_FALSE -> "le booléen " + parser.getText();
				case VALUE_NULL -> "null";
				default -> token.toString();
			};
		}

		private Invalid error(String reason) {
			TokenStreamLocation location = parser.currentTokenLocation();
			return new Invalid(new HatvpFormatException(file, record, location.getLineNr(), location.getColumnNr(),
					path.isEmpty() ? null : path.render(), reason, null));
		}

		private static String firstLine(String message) {
			if (message == null) {
				return "erreur de syntaxe";
			}
			int newline = message.indexOf('\n');
			return newline < 0 ? message : message.substring(0, newline);
		}
	}

	/** The fields of a financial year while they are read (they may come from two nested objects). */
	private static final class ExerciceFields {
		Long exerciceId;
		LocalDate dateDebut;
		LocalDate dateFin;
		LocalDateTime publicationDate;
		String montantDepense;
		String chiffreAffaire;
		Boolean hasNotChiffreAffaire;
		Integer nombreSalaries;
		Integer nombreActivite;
		Boolean noActivite;
		Boolean defautDeclaration;
		String commentaire;
		List<Activite> activites = List.of();

		Exercice build() {
			return new Exercice(exerciceId, dateDebut, dateFin, publicationDate, montantDepense, chiffreAffaire,
					hasNotChiffreAffaire, nombreSalaries, nombreActivite, noActivite, defautDeclaration, commentaire,
					activites);
		}
	}

	/** The fields of an activity while they are read. */
	private static final class ActiviteFields {
		String identifiantFiche;
		String objet;
		List<String> domainesIntervention = List.of();
		LocalDateTime publicationDate;
		List<ActionRepresentationInteret> actions = List.of();

		Activite build() {
			return new Activite(identifiantFiche, objet, domainesIntervention, publicationDate, actions);
		}
	}

	/** Carries a located error out of the recursive descent. */
	private static final class Invalid extends RuntimeException {
		final HatvpFormatException exception;

		Invalid(HatvpFormatException exception) {
			super(exception.getMessage(), null, false, false);
			this.exception = exception;
		}
	}

	/** Carries what the consumer threw past the reader's error handling. */
	private static final class SinkFailure extends RuntimeException {
		SinkFailure(RuntimeException cause) {
			super(cause);
		}

		@Override
		public synchronized RuntimeException getCause() {
			return (RuntimeException) super.getCause();
		}
	}
}
