package fr.ouvert.procurement.observatory;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PreDestroy;

import fr.ouvert.kernel.geo.FrenchTerritories;
import fr.ouvert.procurement.AfterImports;
import fr.ouvert.procurement.ContractsImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The national and territorial totals, read from the materialised view {@code procurement_totals} (per
 * département, year, kind and framework agreement or not), which is refreshed once imports have been quiet for
 * {@code ouvert.procurement.refresh-delay} (see {@link AfterImports}).
 */
@Repository
public class TerritoryTotals {

	private static final Logger log = LoggerFactory.getLogger(TerritoryTotals.class);

	private final JdbcClient jdbc;
	private final FrenchTerritories territories;
	private final AfterImports refreshes;

	TerritoryTotals(JdbcClient jdbc, FrenchTerritories territories,
			@Value("${ouvert.procurement.refresh-delay:30s}") Duration delay) {
		this.jdbc = jdbc;
		this.territories = territories;
		this.refreshes = new AfterImports("procurement-totals", delay, this::refreshQuietly);
	}

	/** A territory's figures: {@code code} and {@code name} of a département or région, or "" for unknown. */
	public record Territory(String code, String name, Aggregates.Totals totals) {
	}

	/** Brings the totals up to date once imports of contracts have been committed (and have been quiet a while). */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(ContractsImported imported) {
		refreshes.request();
	}

	private void refreshQuietly() {
		try {
			refresh();
		}
		catch (RuntimeException e) {
			log.error("Procurement totals not refreshed; they stay as they were until the next import", e);
		}
	}

	@PreDestroy
	void stop() {
		refreshes.close();
	}

	public void refresh() {
		jdbc.sql("refresh materialized view procurement_totals").update();
	}

	public Aggregates.Totals national() {
		return jdbc.sql("select " + TOTALS + " from procurement_totals").query((rs, n) -> totals(rs)).single();
	}

	public List<Aggregates.YearTotals> nationalYears() {
		return jdbc.sql("select year, " + TOTALS + " from procurement_totals group by year order by year")
			.query((rs, n) -> new Aggregates.YearTotals(rs.getInt("year"), totals(rs)))
			.list();
	}

	/** Every département with its totals (zero when no contract), then the contracts of no known département. */
	public List<Territory> departements() {
		Map<String, Aggregates.Totals> byCode = byDepartement();
		List<Territory> list = new ArrayList<>();
		for (FrenchTerritories.Departement d : territories.departements()) {
			list.add(new Territory(d.code(), d.name(), byCode.getOrDefault(d.code(), ZERO)));
		}
		return list;
	}

	/** Every région with the totals of its départements. */
	public List<Territory> regions() {
		Map<String, Aggregates.Totals> byCode = byDepartement();
		List<Territory> list = new ArrayList<>();
		for (FrenchTerritories.Region r : territories.regions()) {
			Aggregates.Totals sum = ZERO;
			for (FrenchTerritories.Departement d : territories.departementsOf(r.code())) {
				sum = plus(sum, byCode.getOrDefault(d.code(), ZERO));
			}
			list.add(new Territory(r.code(), r.name(), sum));
		}
		return list;
	}

	/** The contracts whose place of execution gives no known département. */
	public Aggregates.Totals unlocated() {
		Map<String, Aggregates.Totals> byCode = byDepartement();
		Aggregates.Totals sum = ZERO;
		for (Map.Entry<String, Aggregates.Totals> e : byCode.entrySet()) {
			if (territories.departement(e.getKey()).isEmpty()) {
				sum = plus(sum, e.getValue());
			}
		}
		return sum;
	}

	public List<Aggregates.YearTotals> years(List<String> departements) {
		return jdbc.sql("select year, " + TOTALS + " from procurement_totals where departement in (:codes) group by year order by year")
			.param("codes", departements)
			.query((rs, n) -> new Aggregates.YearTotals(rs.getInt("year"), totals(rs)))
			.list();
	}

	private Map<String, Aggregates.Totals> byDepartement() {
		Map<String, Aggregates.Totals> byCode = new LinkedHashMap<>();
		jdbc.sql("select departement, " + TOTALS + " from procurement_totals group by departement")
			.query(rs -> {
				byCode.put(rs.getString("departement"), totals(rs));
			});
		return byCode;
	}

	private static final Aggregates.Totals ZERO = new Aggregates.Totals(0, BigDecimal.ZERO, 0, BigDecimal.ZERO);

	private static final String TOTALS = """
			coalesce(sum(contracts) filter (where not framework_agreement), 0) as contracts,
			coalesce(sum(amount) filter (where not framework_agreement), 0) as amount,
			coalesce(sum(contracts) filter (where framework_agreement), 0) as framework_contracts,
			coalesce(sum(amount) filter (where framework_agreement), 0) as framework_amount""";

	private static Aggregates.Totals totals(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Aggregates.Totals(rs.getLong("contracts"), rs.getBigDecimal("amount"), rs.getLong("framework_contracts"),
				rs.getBigDecimal("framework_amount"));
	}

	private static Aggregates.Totals plus(Aggregates.Totals a, Aggregates.Totals b) {
		return new Aggregates.Totals(a.contracts() + b.contracts(), a.amount().add(b.amount()),
				a.frameworkContracts() + b.frameworkContracts(), a.frameworkAmount().add(b.frameworkAmount()));
	}
}
