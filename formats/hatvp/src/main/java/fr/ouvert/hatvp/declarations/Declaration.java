package fr.ouvert.hatvp.declarations;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One {@code <declaration>} of HATVP's merged {@code declarations.xml}.
 *
 * @param index the position in the file, from 1
 * @param uuid the declaration's identifier
 * @param dateDepotText {@code dateDepot} as published ({@code dd/MM/yyyy HH:mm:ss})
 * @param dateDepot the same, read; null when unreadable (an issue says so)
 * @param origine where it was filed ("ADEL": HATVP's online application)
 * @param declarationVersion the form version (2024: {@code 20171221}), "" when absent
 * @param general who declares, for which mandate
 * @param sections the sections, in document order
 * @param xml the declaration's XML as read ({@code <declaration>…</declaration>}), to publish it again unchanged
 * @param issues the values that could not be read as their type says
 */
public record Declaration(int index, String uuid, String dateDepotText, LocalDateTime dateDepot, String origine,
		String declarationVersion, General general, List<Section> sections, String xml, List<DeclarationIssue> issues) {

	public Declaration {
		sections = List.copyOf(sections);
		issues = List.copyOf(issues);
	}

	public Optional<Section> section(String element) {
		return sections.stream().filter(s -> s.name().equals(element)).findFirst();
	}

	public Optional<Section> section(SectionKind kind) {
		return section(kind.element());
	}
}
