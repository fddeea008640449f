package fr.ouvert.procurement.observatory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import fr.ouvert.kernel.opendata.PageRequest;
import fr.ouvert.kernel.web.BadRequestException;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contract search of the observatory and of its API. Every filter and both orders are served by an index
 * (see the observatory's migration); the count stops at {@value #MAX_RESULTS} and pages go no further, like the
 * search engines of the large portals, so that no request walks the whole national store.
 */
@Repository
public class ContractSearch {

	/** How far a search counts and pages; narrower filters reach the rest. */
	public static final int MAX_RESULTS = 10_000;

	/** The columns of a {@link ContractSummary}, for the queries of this package. */
	static final String SUMMARY_COLUMNS = """
			c.id, c.uid, c.kind, c.acheteur_id, c.acheteur_nom, c.objet, c.nature, c.procedure, c.code_cpv,
			c.departement, c.date_notification, c.montant, coalesce(c.current_montant, c.montant) as amount,
			procurement_is_framework_agreement(c.nature, c.details) as framework_agreement,
			array(select t.identifier from procurement_titulaire t where t.contract_id = c.id order by t.position) as holder_ids,
			array(select coalesce(t.type_identifiant, '') from procurement_titulaire t where t.contract_id = c.id order by t.position) as holder_types,
			array(select coalesce(t.name, '') from procurement_titulaire t where t.contract_id = c.id order by t.position) as holder_names""";

	static final RowMapper<ContractSummary> SUMMARY = (rs, n) -> new ContractSummary(rs.getLong("id"), rs.getString("uid"),
			rs.getString("kind"), rs.getString("acheteur_id"), rs.getString("acheteur_nom"), rs.getString("objet"),
			rs.getString("nature"), rs.getString("procedure"), rs.getString("code_cpv"), rs.getString("departement"),
			rs.getObject("date_notification", java.time.LocalDate.class), rs.getBigDecimal("montant"),
			rs.getBigDecimal("amount"), rs.getBoolean("framework_agreement"), holders(rs));

	private final JdbcClient jdbc;

	ContractSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param total the number of matching contracts, or {@value #MAX_RESULTS} + 1 when there are more
	 */
	public record Result(List<ContractSummary> contracts, long total) {

		public boolean capped() {
			return total > MAX_RESULTS;
		}
	}

	public Result search(ContractFilters filters, PageRequest page) {
		if (page.offset() + page.pageSize() > MAX_RESULTS) {
			throw new BadRequestException("page", "beyond the first " + MAX_RESULTS
					+ " results: narrow the search with filters (dates, amount, place…)");
		}
		Where where = where(filters);
		List<ContractSummary> contracts = jdbc.sql("select " + SUMMARY_COLUMNS + " from procurement_contract c"
				+ where.sql() + order(filters) + " limit :limit offset :offset")
			.params(where.params())
			.param("limit", page.pageSize())
			.param("offset", page.offset())
			.query(SUMMARY)
			.list();
		long total = jdbc.sql("select count(*) from (select 1 from procurement_contract c" + where.sql()
				+ " limit " + (MAX_RESULTS + 1) + ") matching")
			.params(where.params())
			.query(Long.class)
			.single();
		return new Result(contracts, total);
	}

	/** Every matching contract in the search's order, without cap: for the streamed CSV export. */
	@Transactional(readOnly = true)
	public void forEach(ContractFilters filters, Consumer<ContractSummary> action) {
		Where where = where(filters);
		jdbc.sql("select " + SUMMARY_COLUMNS + " from procurement_contract c" + where.sql() + order(filters))
			.params(where.params())
			.withFetchSize(1000)
			.query(SUMMARY)
			.stream()
			.forEach(action);
	}

	private static String order(ContractFilters filters) {
		return ContractFilters.SORT_AMOUNT.equals(filters.sort())
				? " order by coalesce(c.current_montant, c.montant) desc nulls last, c.id desc"
				: " order by c.date_notification desc nulls last, c.id desc";
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	private Where where(ContractFilters f) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (f.buyer() != null) {
			params.put("buyer", f.buyer());
			if (f.buyer().matches("\\d{14}")) {
				conditions.add("c.acheteur_id = :buyer");
			}
			else if (f.buyer().matches("\\d{9}")) {
				params.put("buyer", f.buyer() + "%");
				conditions.add("c.acheteur_id like :buyer");
			}
			else {
				// Names are searched among the distinct names each party published under (small tables with a trigram
				// index), then the party's contracts through its identifier's index (docs/modules/procurement.md).
				params.put("buyer", contains(f.buyer()));
				conditions.add("c.acheteur_id in (select n.acheteur_id from procurement_buyer_name n where n.nom ilike :buyer)");
			}
		}
		if (f.supplier() != null) {
			params.put("supplier", f.supplier());
			if (f.supplier().matches("\\d{9}")) {
				conditions.add("c.id in (select t.contract_id from procurement_titulaire t where t.siren = :supplier)");
			}
			else if (isHolderIdentifier(f.supplier())) {
				conditions.add("c.id in (select t.contract_id from procurement_titulaire t where t.identifier = :supplier)");
			}
			else {
				// An identifier or a name, never both in one condition: the planner then walks the latest contracts
				// for a common name and reads the few contracts of a rare one, where the union of both made it scan
				// every matching name for each contract (10 s for a name all holders share, at 1.5 M contracts).
				params.put("supplier", contains(f.supplier()));
				conditions.add("""
						c.id in (select t.contract_id from procurement_titulaire t
						    join procurement_holder_name n on n.identifier = t.identifier where n.name ilike :supplier)""");
			}
		}
		if (f.cpv() != null) {
			params.put("cpv", f.cpv() + "%");
			conditions.add("c.code_cpv like :cpv");
		}
		if (f.procedure() != null) {
			params.put("procedure", f.procedure());
			conditions.add("lower(c.procedure) = lower(:procedure)");
		}
		if (f.nature() != null) {
			params.put("nature", f.nature());
			conditions.add("lower(c.nature) = lower(:nature)");
		}
		if (f.amountMin() != null) {
			params.put("amountMin", f.amountMin());
			conditions.add("coalesce(c.current_montant, c.montant) >= :amountMin");
		}
		if (f.amountMax() != null) {
			params.put("amountMax", f.amountMax());
			conditions.add("coalesce(c.current_montant, c.montant) <= :amountMax");
		}
		if (f.from() != null) {
			params.put("from", f.from());
			conditions.add("c.date_notification >= :from");
		}
		if (f.to() != null) {
			params.put("to", f.to());
			conditions.add("c.date_notification <= :to");
		}
		if (f.departement() != null) {
			params.put("departement", f.departement());
			conditions.add("c.departement = :departement");
		}
		return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
	}

	private boolean isHolderIdentifier(String identifier) {
		return jdbc.sql("select exists (select 1 from procurement_titulaire where identifier = ?)").param(identifier)
			.query(Boolean.class).single();
	}

	/** An ILIKE pattern for a fragment, its wildcards taken literally. */
	static String contains(String fragment) {
		return "%" + fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private static List<ContractSummary.Holder> holders(ResultSet rs) throws SQLException {
		String[] ids = strings(rs.getArray("holder_ids"));
		String[] types = strings(rs.getArray("holder_types"));
		String[] names = strings(rs.getArray("holder_names"));
		List<ContractSummary.Holder> holders = new ArrayList<>(ids.length);
		for (int i = 0; i < ids.length; i++) {
			holders.add(new ContractSummary.Holder(ids[i], types[i].isEmpty() ? null : types[i],
					names[i].isEmpty() ? null : names[i]));
		}
		return holders;
	}

	private static String[] strings(Array array) throws SQLException {
		return array == null ? new String[0] : (String[]) array.getArray();
	}
}
