package fr.ouvert.hatvp.register;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code reponsablesPublics} entry read apart: the type of official, and the ministries or authorities HATVP
 * packs after " - ", separated by ", ". Several ministry labels hold ", " themselves (« Agriculture, agroalimentaire
 * et forêt »): the known ones are kept whole, other pieces are split at every comma.
 *
 * @param label the type of official as published (before " - ")
 * @param type the type in HATVP's list, {@code null} if the label is not one
 * @param details the ministries or authorities, in the published order; empty when none
 */
public record OfficialTarget(String label, OfficialType type, List<String> details) {

	private static final String SEPARATOR = " - ";

	/** Ministry labels of the government structure HATVP's form offers that contain ", ". */
	private static final List<String> LABELS_WITH_COMMAS = List.of(
			"Agriculture, agroalimentaire et forêt",
			"Environnement, énergie et mer",
			"Travail, emploi, formation professionnelle et dialogue social",
			"Aménagement du territoire, ruralité et collectivités territoriales",
			"Education nationale, enseignement supérieur et recherche",
			"Famille, enfance et droits des femmes",
			"Ville, jeunesse et sport");

	public OfficialTarget {
		details = List.copyOf(details);
	}

	public static OfficialTarget parse(String entry) {
		int separator = entry.indexOf(SEPARATOR);
		String label = (separator < 0 ? entry : entry.substring(0, separator)).strip();
		List<String> details = separator < 0 ? List.of() : details(entry.substring(separator + SEPARATOR.length()));
		return new OfficialTarget(label, OfficialType.ofLabel(label).orElse(null), details);
	}

	/** The entry as HATVP writes it. */
	public String format() {
		return details.isEmpty() ? label : label + SEPARATOR + String.join(", ", details);
	}

	private static List<String> details(String packed) {
		List<String> details = new ArrayList<>();
		int start = 0;
		while (start < packed.length()) {
			String known = knownLabelAt(packed, start);
			int end;
			if (known != null) {
				end = start + known.length();
			} else {
				int comma = packed.indexOf(", ", start);
				end = comma < 0 ? packed.length() : comma;
			}
			String detail = packed.substring(start, end).strip();
			if (!detail.isEmpty()) {
				details.add(detail);
			}
			start = end + (end < packed.length() && packed.startsWith(", ", end) ? 2 : 1);
		}
		return details;
	}

	private static String knownLabelAt(String packed, int start) {
		for (String label : LABELS_WITH_COMMAS) {
			int end = start + label.length();
			if (packed.startsWith(label, start) && (end == packed.length() || packed.startsWith(", ", end))) {
				return label;
			}
		}
		return null;
	}
}
