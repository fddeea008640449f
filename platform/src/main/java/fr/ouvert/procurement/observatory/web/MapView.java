package fr.ouvert.procurement.observatory.web;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import fr.ouvert.procurement.observatory.PrefecturePositions;
import fr.ouvert.procurement.observatory.TerritoryTotals;

/**
 * The map of départements, as the script {@code /js/procurement/territories-map.js} reads it from the page: one
 * circle per département at its préfecture, its area proportional to the firm amount.
 */
public record MapView(List<Point> points) {

	public record Point(String code, String name, double latitude, double longitude, long contracts, long amount,
			String label) {
	}

	static MapView of(List<TerritoryTotals.Territory> departements, PrefecturePositions positions, Figures fmt) {
		return new MapView(departements.stream()
			.flatMap(d -> positions.of(d.code())
				.map(p -> new Point(d.code(), d.name(), p.latitude(), p.longitude(), d.totals().contracts(),
						d.totals().amount().longValue(), d.name() + " : " + fmt.number(d.totals().contracts()) + " · "
								+ fmt.euros(d.totals().amount())))
				.stream())
			.toList());
	}

	/** The points as JSON, for the map container's {@code data-points} attribute. */
	public String json() {
		return points.stream()
			.map(p -> "{\"code\":" + quoted(p.code()) + ",\"lat\":" + p.latitude() + ",\"lon\":" + p.longitude()
					+ ",\"amount\":" + p.amount() + ",\"label\":" + quoted(p.label()) + "}")
			.collect(Collectors.joining(",", "[", "]"));
	}

	public boolean isEmpty() {
		return points.isEmpty();
	}

	private static String quoted(String text) {
		return "\"" + Optional.ofNullable(text).orElse("").replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}
}
