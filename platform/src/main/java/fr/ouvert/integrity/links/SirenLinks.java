package fr.ouvert.integrity.links;

import java.time.LocalDate;
import java.util.List;

import fr.ouvert.integrity.declarations.NameKeys;
import fr.ouvert.procurement.ContractsBySiren;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What a SIREN links a company to beyond the register: its public contracts (procurement module, as holder and
 * as buyer) and the declarations of interests that mention it. A declaration mentions the company when an item
 * gives the SIREN (after "SIREN", "SIRET" or "RCS"), or, when it gives none, when the item's {@code nomSociete} is
 * the company's name (accents, case and punctuation aside). Names hidden by HATVP ("[Données non publiées]") never
 * match.
 */
@Service
public class SirenLinks {

	private final JdbcClient jdbc;
	private final ContractsBySiren contracts;

	SirenLinks(JdbcClient jdbc, ContractsBySiren contracts) {
		this.jdbc = jdbc;
		this.contracts = contracts;
	}

	/**
	 * An item of a declaration that mentions the company.
	 *
	 * @param bySiren true when the item gives the SIREN, false when matched by name
	 */
	public record DeclarationMention(String personSlug, String personName, String declarationUuid, String typeDeclaration,
			LocalDate dateDepot, String section, int item, String companyName, boolean bySiren) {

		/** The mention on the person's page. */
		public String page() {
			return "/declarations/personnes/" + personSlug + "#declaration-" + declarationUuid + "-" + section;
		}
	}

	public record Links(String siren, ContractsBySiren.Contracts contracts, List<DeclarationMention> declarations) {
	}

	/**
	 * @param siren 9 digits
	 * @param companyName the company's name, to find declarations that give no SIREN; null or blank: by SIREN only
	 */
	public Links of(String siren, String companyName) {
		return new Links(siren, contracts.of(siren), declarations(siren, companyName));
	}

	public List<DeclarationMention> declarations(String siren, String companyName) {
		String key = NameKeys.of(companyName);
		return jdbc.sql("""
				select p.slug as person_slug, trim(p.prenom || ' ' || p.nom) as person_name, d.uuid as declaration_uuid,
				    d.type_code as type_declaration, d.date_depot::date as date_depot, i.section, i.item,
				    coalesce(i.company_name, '') as company_name, :siren = any(i.sirens) as by_siren
				from integrity_declaration_item i
				join integrity_declaration d on d.id = i.declaration_id
				join integrity_declaration_person p on p.id = d.person_id
				where :siren = any(i.sirens) or (:key <> '' and cardinality(i.sirens) = 0 and i.company_key = :key)
				order by d.date_depot desc nulls last, p.slug, i.section, i.item""")
			.param("siren", siren).param("key", key)
			.query(DeclarationMention.class).list();
	}
}
