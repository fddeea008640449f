package fr.ouvert.procurement.flags;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes every red flag of {@link RedFlag} over the whole store, set-based in PostgreSQL: one statement per flag
 * over a temporary table of the contracts' derived values (procedure class, category, EU threshold in force). The
 * previous flags are deleted in the same transaction, so readers see either the old flags or the new ones.
 * Buyer and supplier flags compare each buyer or supplier with all the others (quartiles), so a change anywhere may
 * change them: the computation is always complete, never incremental.
 */
@Service
public class RedFlagComputation {

	/** Two computations at once would delete each other's rows: they take turns. */
	private static final long LOCK = 0x70726f63666c6167L;

	/** The procedure's family from its label, DECP 2019 and 2022 wordings, accents or not. */
	private static final String PROCEDURE_CLASS = """
			case
			    when c.procedure ilike '%sans publicit%' or c.procedure ilike '%sans mise en concurrence%' then 'non-competitive'
			    when c.procedure ilike 'proc%dure adapt%' then 'mapa'
			    when c.procedure ilike any (array['%appel d%offres%', '%n_gociation%', '%n_goci_e avec%', '%dialogue comp%',
			        '%concours%', '%n_goci_e ouverte%', '%n_goci_e restreinte%']) then 'competitive'
			end""";

	/** Works (CPV division 45, concessions of works), supplies (divisions 01–44 and 48) or services (the others). */
	private static final String CATEGORY = """
			case
			    when c.kind = 'concession' then case when c.nature ilike '%travaux%' then 'works' else 'services' end
			    when c.code_cpv is null or c.code_cpv !~ '^[0-9]{2}' then null
			    when left(c.code_cpv, 2) = '45' then 'works'
			    when left(c.code_cpv, 2)::int <= 44 or left(c.code_cpv, 2) = '48' then 'supplies'
			    else 'services'
			end""";

	private final JdbcClient jdbc;
	private final FlagThresholds defaults;

	RedFlagComputation(JdbcClient jdbc, FlagThresholds defaults) {
		this.jdbc = jdbc;
		this.defaults = defaults;
	}

	/**
	 * What a computation found: flags raised per code, and how long it took, in all and by step (the deletion of
	 * the previous flags and the temporary tables, then each flag).
	 */
	public record Summary(Map<RedFlag, Integer> counts, Map<String, Duration> steps, Duration duration) {

		public int total() {
			return counts.values().stream().mapToInt(Integer::intValue).sum();
		}
	}

	/** Recomputes every flag with the configured thresholds. */
	@Transactional
	public Summary recompute() {
		return recompute(defaults);
	}

	@Transactional
	public Summary recompute(FlagThresholds thresholds) {
		long started = System.nanoTime();
		jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query().singleValue();
		long requested = jdbc.sql("select requested from procurement_flag_computation").query(Long.class).single();
		jdbc.sql("delete from procurement_flag").update();
		jdbc.sql("delete from procurement_buyer_flag").update();
		jdbc.sql("delete from procurement_supplier_flag").update();
		prepare();
		Map<RedFlag, Integer> counts = new LinkedHashMap<>();
		Map<String, Duration> durations = new LinkedHashMap<>();
		durations.put("preparation", Duration.ofNanos(System.nanoTime() - started));
		for (RedFlag flag : RedFlag.values()) {
			long flagStarted = System.nanoTime();
			counts.put(flag, compute(flag, thresholds));
			durations.put(flag.code(), Duration.ofNanos(System.nanoTime() - flagStarted));
		}
		jdbc.sql("drop table flag_contract").update();
		jdbc.sql("drop table flag_supplier").update();
		jdbc.sql("drop table flag_share").update();
		Duration duration = Duration.ofNanos(System.nanoTime() - started);
		jdbc.sql("update procurement_flag_computation set computed = ?, computed_at = now(), duration_ms = ?")
			.param(requested).param(duration.toMillis()).update();
		return new Summary(counts, durations, duration);
	}

	/** Notes, in the caller's transaction, that contracts changed: the flags are stale once it commits. */
	@Transactional
	public void requestRecomputation() {
		jdbc.sql("update procurement_flag_computation set requested = requested + 1").update();
	}

	/** Recomputes the flags if an import changed the contracts since they were computed. */
	@Transactional
	public Optional<Summary> recomputeIfStale() {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query().singleValue();
		boolean stale = jdbc.sql("select requested > computed from procurement_flag_computation").query(Boolean.class)
			.single();
		return stale ? Optional.of(recompute(defaults)) : Optional.empty();
	}

	/**
	 * The derived values every flag reads, once per contract; and each contract × supplier, the supplier being the
	 * SIREN of a SIRET (a company's establishments together) or the identifier as published.
	 */
	private void prepare() {
		jdbc.sql("drop table if exists flag_contract").update();
		jdbc.sql("drop table if exists flag_supplier").update();
		jdbc.sql("drop table if exists flag_share").update();
		jdbc.sql("""
				create temporary table flag_contract on commit drop as
				select d.*,
				       (select t.amount from procurement_eu_threshold t
				        where t.valid_from <= d.date_notification
				          and t.category = case when d.category = 'works' or d.kind = 'concession' then 'works'
				                                when d.acheteur_siren like '1%%' then 'state' else 'other' end
				        order by t.valid_from desc limit 1) as eu_threshold
				from (
				    select c.id, c.kind, c.acheteur_id, left(c.acheteur_id, 9) as acheteur_siren,
				           left(c.code_cpv, 2) as cpv_division, left(c.code_cpv, 3) as cpv_group,
				           c.date_notification, c.date_publication, c.forme_prix, c.offres_recues,
				           c.montant as m0, coalesce(c.current_montant, c.montant) as mf,
				           c.duree_mois as d0, coalesce(c.current_duree_mois, c.duree_mois) as df,
				           c.modification_count,
				           %s as procedure_class,
				           %s as category
				    from procurement_contract c
				) d""".formatted(PROCEDURE_CLASS, CATEGORY)).update();
		jdbc.sql("""
				create temporary table flag_supplier on commit drop as
				select distinct t.contract_id as id, coalesce(t.siren, t.identifier) as supplier,
				       count(*) over (partition by t.contract_id) as suppliers
				from procurement_titulaire t""").update();
		jdbc.sql("analyze flag_contract").update();
		jdbc.sql("analyze flag_supplier").update();
		jdbc.sql("""
				create temporary table flag_share on commit drop as
				with amounts as (
				    select b.acheteur_id, extract(year from b.date_notification)::int as year, s.supplier,
				           sum(b.m0 / s.suppliers) as amount
				    from flag_contract b join flag_supplier s on s.id = b.id
				    where b.date_notification is not null and b.m0 > 0
				    group by 1, 2, 3),
				buyer_years as (
				    select b.acheteur_id, extract(year from b.date_notification)::int as year, count(*) as contracts
				    from flag_contract b
				    where b.date_notification is not null and b.m0 > 0 and exists (select 1 from flag_supplier s where s.id = b.id)
				    group by 1, 2)
				select a.acheteur_id, a.year, y.contracts,
				       a.amount / sum(a.amount) over (partition by a.acheteur_id, a.year) as share
				from amounts a join buyer_years y using (acheteur_id, year)""").update();
	}

	private int compute(RedFlag flag, FlagThresholds t) {
		return switch (flag) {
			case SINGLE_OFFER -> contractFlag(flag, "1", "offres_recues = 1 and " + competitive(t));
			case NON_COMPETITIVE_ABOVE_THRESHOLD -> contractFlag(flag, "round(m0 / eu_threshold, 3)",
					"procedure_class = 'non-competitive' and m0 >= eu_threshold");
			case THRESHOLD_BUNCHING -> bunching(t);
			case DIRECT_AWARD_REPETITION -> directAwards(t);
			case BUYER_IS_SUPPLIER -> contractFlag(flag, "null", """
					exists (select 1 from procurement_titulaire t
					        where t.contract_id = flag_contract.id and t.siren = flag_contract.acheteur_siren)""");
			case AMOUNT_OUTLIER -> amountOutliers(t);
			case IMPLAUSIBLE_AMOUNT -> contractFlag(flag, "m0", """
					m0 < %s or m0 > %s or (m0 >= 100000 and trunc(m0)::text ~ '^([0-9])\\1+$')
					or trunc(m0)::text like '1234567%%'""".formatted(literal(t.implausibleBelow()),
					literal(t.implausibleAbove())));
			case LATE_PUBLICATION -> contractFlag(flag, "date_publication - date_notification",
					"date_publication - date_notification > " + t.latePublicationDays());
			case VALUE_INCREASE -> contractFlag(flag, "round((mf - m0) / m0, 4)",
					"modification_count > 0 and m0 > 0 and (mf - m0) / m0 > case when kind = 'concession' or category in ('supplies', 'services') then %s else %s end"
						.formatted(literal(t.valueIncreaseSuppliesServices()), literal(t.valueIncreaseWorks())));
			case VALUE_INCREASE_50 -> contractFlag(flag, "round((mf - m0) / m0, 4)",
					"modification_count > 0 and m0 > 0 and (mf - m0) / m0 > " + literal(t.valueIncreaseCap()));
			case DURATION_EXTENSION -> contractFlag(flag, "df - d0", "d0 > 0 and df > d0 and ((df - d0)::numeric / d0 > %s or df - d0 >= %d)"
				.formatted(literal(t.durationExtensionRatio()), t.durationExtensionMonths()));
			case MANY_AMENDMENTS -> contractFlag(flag, "modification_count", "modification_count >= " + t.manyAmendments());
			// These two read only modified contracts (modification_count > 0), which keep all their version rows, the
			// initial one included (StoreWriter.appendChildren).
			case EARLY_AMENDMENT -> jdbc.sql("""
					insert into procurement_flag (contract_id, code, value)
					select b.id, ?, min(v.date_notification - b.date_notification)
					from flag_contract b join procurement_contract_version v on v.contract_id = b.id and v.sequence > 0
					where b.modification_count > 0 and v.montant > b.m0 and v.date_notification >= b.date_notification
					  and v.date_notification - b.date_notification < ?
					group by b.id""").param(flag.code()).param(t.earlyAmendmentDays()).update();
			case SUPPLIER_SUBSTITUTION -> jdbc.sql("""
					insert into procurement_flag (contract_id, code, value)
					select b.id, ?, null from flag_contract b
					join procurement_contract_version initial on initial.contract_id = b.id and initial.sequence = 0
					where b.modification_count > 0 and exists (
					    select 1 from procurement_contract_version v
					    where v.contract_id = b.id and v.sequence > 0 and jsonb_array_length(v.titulaires) > 0
					      and (select array_agg(distinct e->>'id' order by e->>'id') from jsonb_array_elements(v.titulaires) e)
					          is distinct from
					          (select array_agg(distinct e->>'id' order by e->>'id') from jsonb_array_elements(initial.titulaires) e))""")
				.param(flag.code()).update();
			case SINGLE_OFFER_RATE -> buyerOutliers(flag, t, """
					select acheteur_id, extract(year from date_notification)::int as year,
					       count(*) filter (where offres_recues = 1)::numeric / count(*) as value, count(*) as contracts
					from flag_contract where date_notification is not null and offres_recues is not null and %s
					group by 1, 2""".formatted(competitive(t)));
			case NON_COMPETITIVE_SHARE -> buyerOutliers(flag, t, """
					select acheteur_id, extract(year from date_notification)::int as year,
					       coalesce(sum(m0) filter (where procedure_class = 'non-competitive'), 0) / sum(m0) as value,
					       count(*) as contracts
					from flag_contract where date_notification is not null and m0 > 0
					group by 1, 2""");
			case TOP_SUPPLIER_SHARE -> concentration(flag, t, "max(share)", literal(t.topSupplierShare()));
			case HHI -> concentration(flag, t, "sum(share * share)", literal(t.hhi()));
			case HETEROGENEOUS_SUPPLIER -> heterogeneousSuppliers(t);
		};
	}

	private static String competitive(FlagThresholds t) {
		return t.mapaCompetitive() ? "procedure_class in ('competitive', 'mapa')" : "procedure_class = 'competitive'";
	}

	/** A BigDecimal from the configuration, written into SQL as a plain number. */
	private static String literal(BigDecimal value) {
		return value.toPlainString();
	}

	private int contractFlag(RedFlag flag, String value, String condition) {
		return jdbc.sql("insert into procurement_flag (contract_id, code, value) select id, ?, " + value
				+ " from flag_contract where " + condition).param(flag.code()).update();
	}

	/**
	 * Contracts of one group that fall, {@code minimum} or more, within one window of 12 months: for each contract
	 * a, n(a) counts the group's contracts in [a, a + 364 days]; a contract c is flagged when some window starting
	 * in [c − 364 days, c] holds the minimum, i.e. when the maximum of n over that range reaches it.
	 */
	private static String withinTwelveMonths(String rows, String group) {
		return """
				select id, value, max(ahead) over (partition by %2$s order by date_notification
				    range between interval '364 days' preceding and current row) as best
				from (
				    select r.*, count(*) over (partition by %2$s order by date_notification
				        range between current row and interval '364 days' following) as ahead
				    from (%1$s) r
				) windows""".formatted(rows, group);
	}

	private int bunching(FlagThresholds t) {
		String national = t.bunchingThresholds().stream().map(RedFlagComputation::literal)
			.collect(Collectors.joining(", ", "array[", "]::numeric[]"));
		String near = """
				select distinct b.id, s.supplier, b.acheteur_id, b.cpv_group, b.date_notification, th.threshold as value
				from flag_contract b
				join flag_supplier s on s.id = b.id
				cross join lateral unnest(%s || b.eu_threshold) th(threshold)
				where b.date_notification is not null and b.cpv_group is not null and th.threshold is not null
				  and b.m0 >= %s * th.threshold and b.m0 < th.threshold""".formatted(national, literal(t.bunchingBand()));
		return jdbc.sql("insert into procurement_flag (contract_id, code, value) select id, ?, max(value) from ("
				+ withinTwelveMonths(near, "acheteur_id, supplier, cpv_group, value") + ") w where best >= ? group by id")
			.param(RedFlag.THRESHOLD_BUNCHING.code()).param(t.bunchingContracts()).update();
	}

	private int directAwards(FlagThresholds t) {
		String awards = """
				select b.id, s.supplier, b.acheteur_id, b.date_notification, null::numeric as value
				from flag_contract b join flag_supplier s on s.id = b.id
				where b.date_notification is not null and b.procedure_class in ('non-competitive', 'mapa')""";
		return jdbc.sql("insert into procurement_flag (contract_id, code, value) select id, ?, max(best) from ("
				+ withinTwelveMonths(awards, "acheteur_id, supplier") + ") w where best >= ? group by id")
			.param(RedFlag.DIRECT_AWARD_REPETITION.code()).param(t.directAwards()).update();
	}

	/**
	 * The robust z-score of an amount among its peers, simplified from decp-processing's anomaly task: x = log10 of
	 * the amount, per month for non-lump-sum supplies and services longer than a month; peers = same category,
	 * same normalisation and same CPV division when they are at least {@code outlierPeerMinimum}, else the same
	 * category and normalisation; z = (x − median) / MAD.
	 */
	private int amountOutliers(FlagThresholds t) {
		jdbc.sql("""
				create temporary table flag_amount on commit drop as
				select id, category, monthly, cpv_division,
				       log((case when monthly then m0 / d0 else m0 end)::double precision) as x
				from (select id, category, cpv_division, m0, d0,
				             (category in ('supplies', 'services') and d0 > 1
				              and coalesce(forme_prix, '') not ilike 'forfait%') as monthly
				      from flag_contract
				      where kind = 'marche' and category is not null and m0 >= 1) a""").update();
		int raised = jdbc.sql("""
				insert into procurement_flag (contract_id, code, value)
				with division as (
				    select category, monthly, cpv_division, count(*) as n,
				           percentile_cont(0.5) within group (order by x) as median
				    from flag_amount group by 1, 2, 3),
				division_mad as (
				    select a.category, a.monthly, a.cpv_division,
				           percentile_cont(0.5) within group (order by abs(a.x - d.median)) as mad
				    from flag_amount a join division d using (category, monthly, cpv_division)
				    where d.n >= :minimum group by 1, 2, 3),
				kind as (
				    select category, monthly, count(*) as n, percentile_cont(0.5) within group (order by x) as median
				    from flag_amount group by 1, 2),
				kind_mad as (
				    select a.category, a.monthly, percentile_cont(0.5) within group (order by abs(a.x - k.median)) as mad
				    from flag_amount a join kind k using (category, monthly) where k.n >= :minimum group by 1, 2),
				scored as (
				    select a.id,
				           case when dm.mad is not null then (a.x - d.median) / nullif(dm.mad, 0)
				                else (a.x - k.median) / nullif(km.mad, 0) end as z
				    from flag_amount a
				    left join division d using (category, monthly, cpv_division)
				    left join division_mad dm using (category, monthly, cpv_division)
				    left join kind k using (category, monthly)
				    left join kind_mad km using (category, monthly))
				select id, :code, round(z::numeric, 2) from scored where abs(z) > :z""")
			.param("minimum", t.outlierPeerMinimum())
			.param("code", RedFlag.AMOUNT_OUTLIER.code())
			.param("z", t.outlierZ())
			.update();
		jdbc.sql("drop table flag_amount").update();
		return raised;
	}

	/**
	 * A rate per buyer and year of notification, flagged when it is above the upper fence Q3 + 1.5·IQR of the same
	 * year's rates of the buyers with at least {@code buyerMinimumContracts} contracts in that year.
	 */
	private int buyerOutliers(RedFlag flag, FlagThresholds t, String rates) {
		return jdbc.sql("""
				insert into procurement_buyer_flag (acheteur_id, year, code, value, contracts)
				with rates as (%s),
				eligible as (select * from rates where contracts >= :minimum),
				fences as (
				    select year, q3 + 1.5 * (q3 - q1) as fence
				    from (select year, percentile_cont(0.25) within group (order by value) as q1,
				                 percentile_cont(0.75) within group (order by value) as q3
				          from eligible group by year) q)
				select e.acheteur_id, e.year, :code, round(e.value, 4), e.contracts
				from eligible e join fences f using (year)
				where e.value > f.fence""".formatted(rates))
			.param("minimum", t.buyerMinimumContracts())
			.param("code", flag.code())
			.update();
	}

	/**
	 * The suppliers' shares of a buyer-year's amount ({@code flag_share}: a contract's amount split evenly between
	 * its holders); flagged above the limit when the buyer-year has at least {@code concentrationMinimumContracts}
	 * contracts.
	 */
	private int concentration(RedFlag flag, FlagThresholds t, String measure, String limit) {
		return jdbc.sql("""
				insert into procurement_buyer_flag (acheteur_id, year, code, value, contracts)
				select acheteur_id, year, :code, round(%s, 4), contracts
				from flag_share where contracts >= :minimum
				group by acheteur_id, year, contracts
				having %s > %s""".formatted(measure, measure, limit))
			.param("code", flag.code())
			.param("minimum", t.concentrationMinimumContracts())
			.update();
	}

	/**
	 * Cardinal's R048 on DECP: the variety of a supplier (identifier as published) is its number of distinct CPV
	 * divisions over the contracts it holds alone; flagged above the upper fence Q3 + 1.5·IQR of the varieties of
	 * the suppliers with at least {@code supplierMinimumContracts} such contracts.
	 */
	private int heterogeneousSuppliers(FlagThresholds t) {
		return jdbc.sql("""
				insert into procurement_supplier_flag (identifier, code, value)
				with varieties as (
				    select t.identifier, count(distinct b.cpv_division) as value, count(*) as contracts
				    from procurement_titulaire t
				    join flag_contract b on b.id = t.contract_id
				    join flag_supplier s on s.id = t.contract_id and s.suppliers = 1
				    where b.cpv_division ~ '^[0-9]{2}$'
				    group by t.identifier),
				eligible as (select * from varieties where contracts >= :minimum),
				fence as (
				    select q3 + 1.5 * (q3 - q1) as fence
				    from (select percentile_cont(0.25) within group (order by value) as q1,
				                 percentile_cont(0.75) within group (order by value) as q3 from eligible) q)
				select e.identifier, :code, e.value from eligible e, fence f where e.value > f.fence""")
			.param("minimum", t.supplierMinimumContracts())
			.param("code", RedFlag.HETEROGENEOUS_SUPPLIER.code())
			.update();
	}
}
