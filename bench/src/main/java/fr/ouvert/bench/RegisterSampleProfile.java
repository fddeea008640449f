package fr.ouvert.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import fr.ouvert.hatvp.register.ActionRepresentationInteret;
import fr.ouvert.hatvp.register.Activite;
import fr.ouvert.hatvp.register.AmountBracket;
import fr.ouvert.hatvp.register.Exercice;
import fr.ouvert.hatvp.register.Publication;
import fr.ouvert.hatvp.register.RegisterCsvReader;
import fr.ouvert.hatvp.register.RegisterJsonReader;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures the register's samples ({@code ../shared/data/lobbying/}: Regards Citoyens' JSON of 18 public
 * establishments and the 15-table CSV slice of 31 representatives, read with the {@code ouvert-hatvp} readers) and
 * writes the distribution tables {@link RegisterGenerator} draws from: {@code register-profile.json}, committed.
 * Only counts, public value lists (types of officials, decisions, actions, fields, brackets, job titles) and text
 * lengths are kept — no name, no text of the samples.
 *
 * <p>Usage: {@code RegisterSampleProfile <lobbying folder> <output json>}.
 */
public final class RegisterSampleProfile {

	private RegisterSampleProfile() {
	}

	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args[0]);
		List<Publication> publications = new ArrayList<>();
		new RegisterJsonReader().read(folder.resolve("regardscitoyens_hatvp_agora_ORGA_PUB.json"), publications::add);
		new RegisterCsvReader().read(folder.resolve("hatvp_csv_vues_separees_2020-01"), publications::add);

		Map<String, Object> profile = new LinkedHashMap<>();
		profile.put("computedBy", RegisterSampleProfile.class.getName());
		profile.put("samples", List.of("regardscitoyens_hatvp_agora_ORGA_PUB.json (18 representatives)",
				"hatvp_csv_vues_separees_2020-01 (31 representatives)"));

		List<Publication> consultancies = publications.stream()
			.filter(p -> Boolean.TRUE.equals(p.declarationTiers())).toList();
		List<Exercice> exercices = publications.stream().flatMap(p -> p.exercices().stream()).toList();
		List<Exercice> published = exercices.stream().filter(e -> e.publicationDate() != null).toList();
		List<Activite> activites = exercices.stream().flatMap(e -> e.activites().stream()).toList();
		List<ActionRepresentationInteret> actions = activites.stream()
			.flatMap(a -> a.actionsRepresentationInteret().stream()).toList();

		Map<String, Map<String, Long>> lengths = new LinkedHashMap<>();
		lengths.put("dirigeants", histogram(publications, p -> p.dirigeants().size()));
		lengths.put("collaborateurs", histogram(publications, p -> p.collaborateurs().size()));
		lengths.put("affiliations", histogram(publications, p -> p.affiliations().size()));
		lengths.put("clientsOfConsultancies", histogram(consultancies, p -> p.clients().size()));
		lengths.put("secteursActivites", histogram(publications, p -> p.secteursActivites().size()));
		lengths.put("niveauxIntervention", histogram(publications, p -> p.niveauxIntervention().size()));
		lengths.put("activitesPerPublishedExercice", histogram(published, e -> e.activites().size()));
		lengths.put("actionsPerActivite", histogram(activites, a -> a.actionsRepresentationInteret().size()));
		lengths.put("domainesIntervention", histogram(activites, a -> a.domainesIntervention().size()));
		lengths.put("reponsablesPublics", histogram(actions, a -> a.reponsablesPublics().size()));
		lengths.put("decisionsConcernees", histogram(actions, a -> a.decisionsConcernees().size()));
		lengths.put("actionsMenees", histogram(actions, a -> a.actionsMenees().size()));
		lengths.put("tiersOfConsultancies", histogram(consultancies.stream()
			.flatMap(p -> p.exercices().stream()).flatMap(e -> e.activites().stream())
			.flatMap(a -> a.actionsRepresentationInteret().stream()).toList(), a -> a.tiers().size()));
		profile.put("lengths", lengths);

		Map<String, Map<String, Long>> values = new LinkedHashMap<>();
		values.put("reponsablesPublics", counts(actions.stream().flatMap(a -> a.reponsablesPublics().stream()).toList()));
		values.put("decisionsConcernees", counts(actions.stream().flatMap(a -> a.decisionsConcernees().stream()).toList()));
		values.put("actionsMenees", counts(actions.stream().flatMap(a -> a.actionsMenees().stream()).toList()));
		values.put("domainesIntervention", counts(activites.stream().flatMap(a -> a.domainesIntervention().stream()).toList()));
		values.put("secteursActivites", counts(publications.stream().flatMap(p -> p.secteursActivites().stream())
			.map(e -> e.code() == null ? e.label() : e.code()).toList()));
		values.put("niveauxIntervention", counts(publications.stream().flatMap(p -> p.niveauxIntervention().stream())
			.map(e -> e.code() == null ? e.label() : e.code()).toList()));
		values.put("montantDepense", counts(published.stream().map(e -> bracket(e.montantDepense())).toList()));
		values.put("chiffreAffaire", counts(published.stream().map(e -> bracket(e.chiffreAffaire())).toList()));
		values.put("nombreSalaries", counts(published.stream()
			.map(e -> e.nombreSalaries() == null ? "<missing>" : e.nombreSalaries().toString()).toList()));
		values.put("fonctions", counts(publications.stream()
			.flatMap(p -> p.dirigeants().stream()).map(d -> d.fonction() == null ? "<missing>" : d.fonction()).toList()));
		profile.put("values", values);

		Map<String, Double> rates = new LinkedHashMap<>();
		List<Publication> fromJson = publications.subList(0, 18);
		rates.put("nomUsageHatvp", rate(publications, p -> p.nomUsageHatvp() != null));
		rates.put("sigleHatvp", rate(publications, p -> p.sigleHatvp() != null));
		rates.put("lienSiteWeb", rate(publications, p -> p.lienSiteWeb() != null));
		rates.put("lienPageTwitter", rate(publications, p -> p.lienPageTwitter() != null));
		rates.put("lienPageFacebook", rate(publications, p -> p.lienPageFacebook() != null));
		rates.put("lienPageLinkedin", rate(publications, p -> p.lienPageLinkedin() != null));
		rates.put("emailDeContact", rate(fromJson, p -> p.emailDeContact() != null));
		rates.put("telephoneDeContact", rate(fromJson, p -> p.telephoneDeContact() != null));
		rates.put("dateCessation", rate(fromJson, p -> p.dateCessation() != null));
		rates.put("declarationOrgaAppartenance", rate(publications, p -> Boolean.TRUE.equals(p.declarationOrgaAppartenance())));
		rates.put("collaborateurIsDirigeant", rate(publications.stream().flatMap(p -> p.collaborateurs().stream()
			.map(c -> p.dirigeants().stream().anyMatch(d -> same(d.nom(), c.nom()) && same(d.prenom(), c.prenom()))))
			.toList(), Boolean::booleanValue));
		rates.put("noActivite", rate(published, e -> Boolean.TRUE.equals(e.noActivite())));
		rates.put("defautDeclaration", rate(exercices, e -> Boolean.TRUE.equals(e.defautDeclaration())));
		rates.put("commentaire", rate(fromJson.stream().flatMap(p -> p.exercices().stream()).toList(),
				e -> e.commentaire() != null));
		rates.put("observation", rate(actions, a -> a.observation() != null && !a.observation().isBlank()));
		rates.put("responsablePublicAutre", rate(actions, a -> a.responsablePublicAutre() != null));
		rates.put("actionMeneeAutre", rate(actions, a -> a.actionMeneeAutre() != null));
		profile.put("rates", rates);

		Map<String, List<Integer>> texts = new LinkedHashMap<>();
		texts.put("objet", percentiles(activites.stream().map(Activite::objet).toList()));
		texts.put("observation", percentiles(actions.stream().map(ActionRepresentationInteret::observation)
			.filter(o -> o != null && !o.isBlank()).toList()));
		texts.put("commentaire", percentiles(exercices.stream().map(Exercice::commentaire).filter(c -> c != null).toList()));
		texts.put("autre", percentiles(actions.stream().flatMap(a -> Stream.of(a.responsablePublicAutre(),
			a.actionMeneeAutre())).filter(t -> t != null).toList()));
		profile.put("textLengths", texts);

		Files.writeString(Path.of(args[1]), JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
			.writeValueAsString(profile) + "\n");
		System.out.printf("%d representatives, %d financial years, %d activities, %d actions measured -> %s%n",
				publications.size(), exercices.size(), activites.size(), actions.size(), args[1]);
	}

	private static String bracket(String text) {
		if (text == null || text.isBlank()) {
			return "<missing>";
		}
		return AmountBracket.parse(text).map(AmountBracket::jsonLabel).orElse(text);
	}

	private static boolean same(String a, String b) {
		return a != null && a.equalsIgnoreCase(b);
	}

	private static <T> Map<String, Long> histogram(List<T> items, Function<T, Integer> length) {
		Map<Integer, Long> counts = new TreeMap<>();
		for (T item : items) {
			counts.merge(length.apply(item), 1L, Long::sum);
		}
		Map<String, Long> histogram = new LinkedHashMap<>();
		counts.forEach((k, v) -> histogram.put(k.toString(), v));
		return histogram;
	}

	private static Map<String, Long> counts(List<String> values) {
		Map<String, Long> counts = new TreeMap<>();
		for (String value : values) {
			counts.merge(value, 1L, Long::sum);
		}
		return counts;
	}

	private static <T> double rate(List<T> items, Predicate<T> test) {
		return items.isEmpty() ? 0 : items.stream().filter(test).count() / (double) items.size();
	}

	/** Lengths in characters at 0, 10, …, 100 %. */
	private static List<Integer> percentiles(List<String> texts) {
		List<Integer> lengths = new ArrayList<>(texts.stream().map(String::length).toList());
		Collections.sort(lengths);
		List<Integer> percentiles = new ArrayList<>();
		for (int p = 0; p <= 100; p += 10) {
			percentiles.add(lengths.isEmpty() ? 0 : lengths.get((int) Math.round(p / 100.0 * (lengths.size() - 1))));
		}
		return percentiles;
	}
}
