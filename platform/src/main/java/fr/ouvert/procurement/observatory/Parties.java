package fr.ouvert.procurement.observatory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who a buyer or a supplier is, as the contracts name it, and the red flags computed on it. */
@Repository
public class Parties {

	private final JdbcClient jdbc;

	Parties(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A red flag of a buyer for a year, or of a supplier ({@code year} null). */
	public record PartyFlag(String code, Integer year, BigDecimal value, Integer contracts) {
	}

	/** An establishment (SIRET) of a SIREN, with the name the latest contract gives it. */
	public record Establishment(String identifier, String name, long contracts) {
	}

	/** The name of the buyer in its latest contract that gives one. */
	public Optional<String> buyerName(String identifier) {
		Scope scope = Scope.buyer(identifier);
		return jdbc.sql("select c.acheteur_nom from procurement_contract c where " + scope.condition()
				+ " and c.acheteur_nom is not null order by c.date_notification desc nulls last, c.id desc limit 1")
			.params(scope.params())
			.query(String.class)
			.optional();
	}

	public Optional<String> supplierName(String identifier) {
		String column = isSiren(identifier) ? "siren" : "identifier";
		return jdbc.sql("select t.name from procurement_titulaire t where t." + column
				+ " = :id and t.name is not null order by t.contract_id desc limit 1")
			.param("id", identifier)
			.query(String.class)
			.optional();
	}

	public List<Establishment> buyerEstablishments(String siren) {
		return jdbc.sql("""
				select c.acheteur_id as identifier, max(c.acheteur_nom) as name, count(*) as contracts
				from procurement_contract c where c.acheteur_id like :siren group by 1 order by 3 desc, 1""")
			.param("siren", siren + "%")
			.query((rs, n) -> new Establishment(rs.getString("identifier"), rs.getString("name"), rs.getLong("contracts")))
			.list();
	}

	public List<Establishment> supplierEstablishments(String siren) {
		return jdbc.sql("""
				select t.identifier, max(t.name) as name, count(*) as contracts
				from procurement_titulaire t where t.siren = :siren group by 1 order by 3 desc, 1""")
			.param("siren", siren)
			.query((rs, n) -> new Establishment(rs.getString("identifier"), rs.getString("name"), rs.getLong("contracts")))
			.list();
	}

	public List<PartyFlag> buyerFlags(String identifier) {
		Scope scope = Scope.buyer(identifier);
		return jdbc.sql("select f.code, f.year, f.value, f.contracts from procurement_buyer_flag f where "
				+ scope.condition().replace("c.acheteur_id", "f.acheteur_id") + " order by f.year desc, f.code")
			.params(scope.params())
			.query((rs, n) -> new PartyFlag(rs.getString("code"), rs.getInt("year"), rs.getBigDecimal("value"),
					rs.getInt("contracts")))
			.list();
	}

	public List<PartyFlag> supplierFlags(String identifier) {
		String identifiers = isSiren(identifier)
				? "f.identifier in (select t.identifier from procurement_titulaire t where t.siren = :id)"
				: "f.identifier = :id";
		return jdbc.sql("select f.code, f.value from procurement_supplier_flag f where " + identifiers + " order by f.code")
			.param("id", identifier)
			.query((rs, n) -> new PartyFlag(rs.getString("code"), null, rs.getBigDecimal("value"), null))
			.list();
	}

	public static boolean isSiren(String identifier) {
		return identifier.length() == 9 && identifier.chars().allMatch(Character::isDigit);
	}
}
