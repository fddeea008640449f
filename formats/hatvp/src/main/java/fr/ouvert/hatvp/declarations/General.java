package fr.ouvert.hatvp.declarations;

import java.time.LocalDate;
import java.util.Map;

/**
 * The {@code general} block of a declaration: who declares, for which mandate, in which kind of declaration.
 *
 * @param fields every value of the block by path ({@code typeDeclaration/id}, {@code qualiteMandat/typeMandat},
 *        {@code declarant/nom}…), in document order, normalised by {@link DeclaredText#normalise}
 * @param dateDebutMandat {@code dateDebutMandat} read as {@code dd/MM/yyyy}, null when empty or unreadable
 * @param dateFinMandat {@code dateFinMandat}, same reading
 */
public record General(Map<String, String> fields, LocalDate dateDebutMandat, LocalDate dateFinMandat) {

	public General {
		fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
	}

	public String field(String path) {
		return fields.getOrDefault(path, "");
	}

	/** DI, DIA, DIM, DSP… */
	public String typeDeclaration() {
		return field("typeDeclaration/id");
	}

	public String typeDeclarationLabel() {
		return field("typeDeclaration/label");
	}

	/** The mandate as HATVP words it ("Sénateur", "Maire ou adjoint municipal"), without the BOM old files carry. */
	public String typeMandat() {
		return field("qualiteMandat/typeMandat");
	}

	/** The {@code type_mandat} of liste.csv: senateur, depute, commune… */
	public String codTypeMandatFichier() {
		return field("qualiteMandat/codTypeMandatFichier");
	}

	public String mandat() {
		return field("mandat/label");
	}

	public String organe() {
		String organe = field("organe/labelOrgane");
		return organe.isEmpty() ? field("qualiteMandat/labelOrgane") : organe;
	}

	public String qualiteDeclarant() {
		return field("qualiteDeclarant");
	}

	public String civilite() {
		return field("declarant/civilite");
	}

	public String nom() {
		return field("declarant/nom");
	}

	public String prenom() {
		return field("declarant/prenom");
	}
}
