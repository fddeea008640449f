package fr.ouvert.participation.synthesis;

import java.util.ArrayList;
import java.util.List;

/**
 * French contributions written for the tests: three themes (cycling, school canteens, housing), six paraphrases
 * each with different words and constructions, and a copy-paste campaign of eight near-copies on cycling (the same
 * template with a name, a street or a sentence changed).
 */
final class FrenchContributions {

	static final List<String> CYCLING = List.of(
			"Il faudrait créer de vraies pistes cyclables séparées des voitures sur les grands boulevards.",
			"Les pistes cyclables actuelles s'arrêtent brusquement : aménagez un réseau continu pour les vélos.",
			"Je vais au travail à vélo et je ne me sens pas en sécurité. Des pistes protégées, vite !",
			"Plus de stationnements pour les vélos près des gares et des pistes cyclables sécurisées.",
			"La ville doit développer le vélo : pistes cyclables larges, arceaux de stationnement, priorité aux cyclistes.",
			"Séparer les cyclistes de la circulation automobile sur des pistes dédiées éviterait bien des accidents de vélo.");

	static final List<String> CANTEENS = List.of(
			"La cantine scolaire devrait servir des repas bio et des produits locaux aux enfants.",
			"Les repas de la cantine sont trop souvent industriels ; nos enfants méritent des produits frais et locaux.",
			"Proposer un menu végétarien chaque semaine à la cantine de l'école et réduire le gaspillage des repas.",
			"Les écoles pourraient acheter aux agriculteurs du coin pour que la cantine serve des repas de qualité.",
			"À la cantine, les enfants jettent beaucoup : des portions adaptées et des repas cuisinés sur place à l'école.",
			"Un repas bio et local à la cantine coûte un peu plus, mais la santé des enfants de l'école le vaut bien.");

	static final List<String> HOUSING = List.of(
			"Les loyers sont devenus trop chers : il faut encadrer les loyers et construire des logements sociaux.",
			"Impossible de se loger en centre-ville avec un salaire moyen, les loyers explosent. Plus de logements sociaux.",
			"Les logements vacants devraient être réquisitionnés ou taxés pour faire baisser les loyers.",
			"Construire davantage de logements abordables pour les familles et les jeunes qui ne trouvent pas à se loger.",
			"L'encadrement des loyers doit être appliqué et contrôlé, les propriétaires abusent avec des logements indignes.",
			"Les étudiants paient des loyers énormes pour des logements minuscules : il faut des résidences abordables.");

	/** The campaign's template and its variations: a different signature, street or closing sentence. */
	static final List<String> CAMPAIGN = List.of(
			"Non à la suppression des places de stationnement rue Victor-Hugo ! Les commerçants du quartier ont besoin que leurs clients puissent se garer en voiture. Les pistes cyclables ne doivent pas se faire au détriment du commerce local. Signé : un habitant du quartier.",
			"Non à la suppression des places de stationnement rue Victor-Hugo ! Les commerçants du quartier ont besoin que leurs clients puissent se garer en voiture. Les pistes cyclables ne doivent pas se faire au détriment du commerce local. Signé : Marie, commerçante.",
			"Non à la suppression des places de stationnement rue Victor Hugo ! Les commerçants du quartier ont besoin que leurs clients puissent se garer en voiture. Les pistes cyclables ne doivent pas se faire au détriment du commerce local.",
			"Non à la suppression des places de stationnement rue Gambetta ! Les commerçants du quartier ont besoin que leurs clients puissent se garer en voiture. Les pistes cyclables ne doivent pas se faire au détriment du commerce local. Signé : un habitant du quartier.",
			"non a la suppression des places de stationnement rue Victor-Hugo. Les commercants du quartier ont besoin que leurs clients puissent se garer en voiture. Les pistes cyclables ne doivent pas se faire au detriment du commerce local. Signé : un habitant du quartier.",
			"Non à la suppression des places de stationnement rue Victor-Hugo ! Les commerçants du quartier ont besoin que leurs clients puissent se garer en voiture. Les pistes cyclables ne doivent pas se faire au détriment du commerce local. Merci de nous écouter.",
			"NON à la suppression des places de stationnement rue Victor-Hugo !! Les commerçants du quartier ont besoin que leurs clients puissent se garer en voiture. Les pistes cyclables ne doivent pas se faire au détriment du commerce local. Signé : Paul.",
			"Non à la suppression des places de stationnement rue Victor-Hugo ! Les commerçants du quartier ont vraiment besoin que leurs clients puissent se garer en voiture. Les pistes cyclables ne doivent pas se faire au détriment du commerce local. Signé : un habitant du quartier.");

	/** The contributions in one list, ids 1.. in the order cycling, canteens, housing, campaign. */
	static List<Contribution> all() {
		List<Contribution> all = new ArrayList<>();
		for (List<String> theme : List.of(CYCLING, CANTEENS, HOUSING, CAMPAIGN)) {
			theme.forEach(text -> all.add(new Contribution(all.size() + 1, text)));
		}
		return all;
	}

	/** The theme of a contribution id of {@link #all()}: 0 cycling (the campaign included), 1 canteens, 2 housing. */
	static int theme(long id) {
		if (id <= 6 || id > 18) {
			return 0;
		}
		return id <= 12 ? 1 : 2;
	}

	private FrenchContributions() {
	}
}
