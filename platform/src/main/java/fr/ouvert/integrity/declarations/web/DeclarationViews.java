package fr.ouvert.integrity.declarations.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import fr.ouvert.hatvp.declarations.Amount;
import fr.ouvert.hatvp.declarations.Declaration;
import fr.ouvert.hatvp.declarations.DeclaredText;
import fr.ouvert.hatvp.declarations.Item;
import fr.ouvert.hatvp.declarations.Section;
import fr.ouvert.hatvp.declarations.SectionKind;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Builds the views of declarations in a language: every section, every field, labels from the bundle. */
@Component
class DeclarationViews {

	/** The fields that title an item, first found first. */
	private static final List<String> TITLES = List.of("descriptionMandat", "description", "nomSociete", "nomStructure",
			"activiteProf", "nom", "contenu");

	private final MessageSource messages;

	DeclarationViews(MessageSource messages) {
		this.messages = messages;
	}

	DeclarationView view(Declaration d, Locale locale) {
		List<DeclarationView.SectionView> sections = new ArrayList<>();
		List<DeclarationView.RemunerationRow> remunerations = new ArrayList<>();
		Map<Integer, BigDecimal> totals = new TreeMap<>();
		Map<Integer, int[]> counts = new TreeMap<>();
		for (Section section : d.sections()) {
			String sectionLabel = label("declarations.section." + section.name(), section.name(), locale);
			SectionKind kind = section.kind();
			List<DeclarationView.ItemView> items = new ArrayList<>();
			for (Item item : section.items()) {
				List<DeclarationView.FieldView> fields = new ArrayList<>();
				for (var field : item.fields().entrySet()) {
					if (field.getKey().equals("motif/label") || field.getValue().isEmpty()) {
						continue;
					}
					boolean amount = kind != null && kind.amountFields().contains(field.getKey());
					fields.add(new DeclarationView.FieldView(
							label("declarations.field." + field.getKey(), field.getKey(), locale), field.getValue(),
							DeclaredText.isRedacted(field.getValue()),
							amount ? Amount.parse(field.getValue()).value() : null));
				}
				String title = title(item, locale);
				items.add(new DeclarationView.ItemView(item.index(), title, fields));
				for (Item.YearlyAmount pair : item.yearlyAmounts()) {
					remunerations.add(new DeclarationView.RemunerationRow(sectionLabel, title, pair.yearText(),
							pair.amount().text(), pair.amount().value(), item.brutNet()));
					if (pair.year() != null) {
						int[] count = counts.computeIfAbsent(pair.year(), y -> new int[2]);
						count[1]++;
						if (pair.amount().value() != null) {
							count[0]++;
							totals.merge(pair.year(), pair.amount().value(), BigDecimal::add);
						}
					}
				}
			}
			sections.add(new DeclarationView.SectionView(section.name(), sectionLabel, section.neant(), items));
		}
		List<DeclarationView.YearTotal> years = new ArrayList<>();
		counts.forEach((year, count) -> years.add(new DeclarationView.YearTotal(year,
				totals.getOrDefault(year, BigDecimal.ZERO), count[0], count[1])));
		return new DeclarationView(d, "declaration-" + d.uuid(), sections, remunerations, years);
	}

	private String title(Item item, Locale locale) {
		for (String field : TITLES) {
			String value = item.field(field);
			if (!value.isEmpty()) {
				return value.lines().findFirst().orElse(value);
			}
		}
		return label("declarations.item", "", locale) + " " + item.index();
	}

	private String label(String key, String fallback, Locale locale) {
		return messages.getMessage(key, null, fallback, locale);
	}
}
