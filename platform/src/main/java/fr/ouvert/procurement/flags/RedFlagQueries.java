package fr.ouvert.procurement.flags;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stored red flags, as the page and the API read them. */
@Service
@Transactional(readOnly = true)
public class RedFlagQueries {

	private final JdbcClient jdbc;

	RedFlagQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A contract raising a flag, with what identifies it for a reader. */
	public record FlaggedContract(long contractId, String uid, String acheteurId, String acheteurNom, String objet,
			LocalDate dateNotification, BigDecimal montant, BigDecimal value) {
	}

	/** A buyer's year raising a flag. */
	public record FlaggedBuyerYear(String acheteurId, String acheteurNom, int year, BigDecimal value, int contracts) {
	}

	/** A supplier raising a flag. */
	public record FlaggedSupplier(String identifier, BigDecimal value) {
	}

	/** Flags raised per code, every flag of the catalogue present (0 when none is raised). */
	public Map<RedFlag, Long> counts() {
		Map<String, Long> stored = jdbc.sql("""
				select code, count(*) as n from procurement_flag group by code
				union all select code, count(*) from procurement_buyer_flag group by code
				union all select code, count(*) from procurement_supplier_flag group by code""")
			.query((rs, n) -> Map.entry(rs.getString("code"), rs.getLong("n")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Long::sum));
		Map<RedFlag, Long> counts = new LinkedHashMap<>();
		for (RedFlag flag : RedFlag.values()) {
			counts.put(flag, stored.getOrDefault(flag.code(), 0L));
		}
		return counts;
	}

	/** The contracts raising a contract flag, the strongest value first, then the most recent. */
	public List<FlaggedContract> contracts(RedFlag flag, long offset, int limit) {
		return jdbc.sql("""
				select c.id, c.uid, c.acheteur_id, c.acheteur_nom, c.objet, c.date_notification, c.montant, f.value
				from procurement_flag f join procurement_contract c on c.id = f.contract_id
				where f.code = ?
				order by abs(f.value) desc nulls last, c.date_notification desc nulls last, c.id
				limit ? offset ?""")
			.param(flag.code()).param(limit).param(offset)
			.query((rs, n) -> new FlaggedContract(rs.getLong("id"), rs.getString("uid"), rs.getString("acheteur_id"),
					rs.getString("acheteur_nom"), rs.getString("objet"), rs.getObject("date_notification", LocalDate.class),
					rs.getBigDecimal("montant"), rs.getBigDecimal("value")))
			.list();
	}

	public List<FlaggedBuyerYear> buyerYears(RedFlag flag, long offset, int limit) {
		return jdbc.sql("""
				select f.acheteur_id, f.year, f.value, f.contracts,
				       (select c.acheteur_nom from procurement_contract c
				        where c.acheteur_id = f.acheteur_id and c.acheteur_nom is not null limit 1) as acheteur_nom
				from procurement_buyer_flag f where f.code = ?
				order by f.value desc, f.year desc, f.acheteur_id
				limit ? offset ?""")
			.param(flag.code()).param(limit).param(offset)
			.query((rs, n) -> new FlaggedBuyerYear(rs.getString("acheteur_id"), rs.getString("acheteur_nom"),
					rs.getInt("year"), rs.getBigDecimal("value"), rs.getInt("contracts")))
			.list();
	}

	public List<FlaggedSupplier> suppliers(RedFlag flag, long offset, int limit) {
		return jdbc.sql("""
				select identifier, value from procurement_supplier_flag where code = ?
				order by value desc, identifier limit ? offset ?""")
			.param(flag.code()).param(limit).param(offset)
			.query((rs, n) -> new FlaggedSupplier(rs.getString("identifier"), rs.getBigDecimal("value")))
			.list();
	}

	/** How many contracts, buyer-years or suppliers raise the flag. */
	public long count(RedFlag flag) {
		String table = switch (flag.scope()) {
			case CONTRACT -> "procurement_flag";
			case BUYER_YEAR -> "procurement_buyer_flag";
			case SUPPLIER -> "procurement_supplier_flag";
		};
		return jdbc.sql("select count(*) from " + table + " where code = ?").param(flag.code()).query(Long.class)
			.single();
	}
}
