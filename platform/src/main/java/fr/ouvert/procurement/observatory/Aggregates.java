package fr.ouvert.procurement.observatory;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The figures of a set of contracts (a buyer's, a supplier's, a territory's). Amounts are amounts in force
 * (after the last modification); the amounts of framework agreements (accords-cadres) are estimated maxima, so
 * they are summed apart and never added to the firm amounts.
 */
@Repository
public class Aggregates {

	/** How many partners, sectors, contracts a page lists. */
	static final int TOP = 10;

	private static final String SCOPE = """
			with scope as (
			    select c.id, c.acheteur_id, c.acheteur_nom, c.procedure, c.code_cpv, c.date_notification,
			           coalesce(c.current_montant, c.montant) as amount,
			           procurement_is_framework_agreement(c.nature, c.details) as framework
			    from procurement_contract c where %s)
			""";

	private final JdbcClient jdbc;

	Aggregates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param contracts the contracts other than framework agreements
	 * @param amount the sum of their amounts (the firm amounts)
	 * @param frameworkContracts the framework agreements
	 * @param frameworkAmount the sum of the estimated maxima of framework agreements
	 */
	public record Totals(long contracts, BigDecimal amount, long frameworkContracts, BigDecimal frameworkAmount) {
	}

	/** @param year 0 for contracts without a notification date */
	public record YearTotals(int year, Totals totals) {
	}

	/** A part of the whole: a procedure, a CPV division, a partner; amounts without framework agreements. */
	public record Share(String key, String label, long contracts, BigDecimal amount) {
	}

	public record FlagCount(String code, long contracts) {
	}

	public Totals totals(Scope scope) {
		return jdbc.sql(String.format(SCOPE, scope.condition()) + "select " + TOTALS + " from scope")
			.params(scope.params())
			.query((rs, n) -> totals(rs))
			.single();
	}

	public List<YearTotals> years(Scope scope) {
		return jdbc.sql(String.format(SCOPE, scope.condition()) + "select coalesce(extract(year from date_notification)::int, 0) as year, "
				+ TOTALS + " from scope group by 1 order by 1")
			.params(scope.params())
			.query((rs, n) -> new YearTotals(rs.getInt("year"), totals(rs)))
			.list();
	}

	/** Every procedure, largest firm amount first. */
	public List<Share> procedures(Scope scope) {
		return shares(scope, "coalesce(procedure, '')", "coalesce(procedure, '')", "from scope", Integer.MAX_VALUE);
	}

	/** The CPV divisions (first 2 digits), largest firm amount first. */
	public List<Share> cpvDivisions(Scope scope) {
		return shares(scope, "coalesce(left(code_cpv, 2), '')", "coalesce(left(code_cpv, 2), '')", "from scope", TOP);
	}

	/** The buyers of the scope, largest firm amount first. */
	public List<Share> buyers(Scope scope) {
		return shares(scope, "acheteur_id", "max(acheteur_nom)", "from scope", TOP);
	}

	/**
	 * The suppliers of the scope, largest firm amount first. A contract with several holders counts in full for
	 * each of them.
	 */
	public List<Share> suppliers(Scope scope) {
		return shares(scope, "t.identifier", "max(t.name)", "from scope join procurement_titulaire t on t.contract_id = scope.id", TOP);
	}

	/** How many contracts of the scope raise each red flag. */
	public List<FlagCount> contractFlags(Scope scope) {
		return jdbc.sql(String.format(SCOPE, scope.condition()) + """
				select f.code, count(*) as contracts from scope join procurement_flag f on f.contract_id = scope.id
				group by f.code order by 2 desc, 1""")
			.params(scope.params())
			.query((rs, n) -> new FlagCount(rs.getString("code"), rs.getLong("contracts")))
			.list();
	}

	/** The latest contracts of the scope that raise a red flag. */
	public List<ContractSummary> flaggedContracts(Scope scope) {
		return jdbc.sql("select " + ContractSearch.SUMMARY_COLUMNS + " from procurement_contract c where "
				+ scope.condition() + " and exists (select 1 from procurement_flag f where f.contract_id = c.id)"
				+ " order by c.date_notification desc nulls last, c.id desc limit " + TOP)
			.params(scope.params())
			.query(ContractSearch.SUMMARY)
			.list();
	}

	public List<ContractSummary> latest(Scope scope) {
		return jdbc.sql("select " + ContractSearch.SUMMARY_COLUMNS + " from procurement_contract c where "
				+ scope.condition() + " order by c.date_notification desc nulls last, c.id desc limit " + TOP)
			.params(scope.params())
			.query(ContractSearch.SUMMARY)
			.list();
	}

	private static final String TOTALS = """
			count(*) filter (where not framework) as contracts,
			coalesce(sum(amount) filter (where not framework), 0) as amount,
			count(*) filter (where framework) as framework_contracts,
			coalesce(sum(amount) filter (where framework), 0) as framework_amount""";

	private static Totals totals(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Totals(rs.getLong("contracts"), rs.getBigDecimal("amount"), rs.getLong("framework_contracts"),
				rs.getBigDecimal("framework_amount"));
	}

	private List<Share> shares(Scope scope, String key, String label, String from, int limit) {
		return jdbc.sql(String.format(SCOPE, scope.condition()) + "select " + key + " as key, " + label + " as label, "
				+ "count(*) as contracts, coalesce(sum(amount) filter (where not framework), 0) as amount " + from
				+ " group by " + key + " order by amount desc, contracts desc, key limit " + limit)
			.params(scope.params())
			.query((rs, n) -> new Share(rs.getString("key"), rs.getString("label"), rs.getLong("contracts"),
					rs.getBigDecimal("amount")))
			.list();
	}
}
