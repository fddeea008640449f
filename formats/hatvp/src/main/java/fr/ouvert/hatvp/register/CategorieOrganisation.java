package fr.ouvert.hatvp.register;

import java.util.Optional;

/**
 * {@code categorieOrganisation}: HATVP's category of the representative.
 *
 * @param code HATVP's code ({@code SOCOM}, {@code EPAIC}…); the key to rely on, labels drift between exports
 * @param label the label as published
 * @param categorie the family ({@code SOCIETE}, {@code ORGA_PUB}…)
 * @param notifSansChiffreAffaire whether representatives of this category may declare no turnover
 */
public record CategorieOrganisation(String code, String label, String categorie, Boolean notifSansChiffreAffaire) {

	/** The category of HATVP's list with this code, if it is one. */
	public Optional<OrganisationCategory> known() {
		return OrganisationCategory.ofCode(code);
	}
}
