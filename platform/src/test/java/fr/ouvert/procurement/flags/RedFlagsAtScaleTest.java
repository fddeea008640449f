package fr.ouvert.procurement.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;

import fr.ouvert.testing.PlatformTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The computation on a store the size of the national consolidation (1.5 million contracts, reference §1),
 * generated in SQL with plausible shares of procedures, modifications and holders. Run on demand, it takes
 * minutes: {@code -Dprocurement.flags.scale=1500000}. The measured time is printed and documented in
 * docs/modules/procurement-flags.md.
 */
class RedFlagsAtScaleTest extends PlatformTest {

	@Autowired
	RedFlagComputation computation;

	@Test
	void everyFlagOnAMillionAndAHalfContracts() {
		String scale = System.getProperty("procurement.flags.scale");
		assumeTrue(scale != null, "Skipped: run with -Dprocurement.flags.scale=1500000 to measure the red flags at scale");
		int contracts = Integer.parseInt(scale);
		StoreRows store = new StoreRows(jdbc);
		store.clear();
		long source = jdbc.sql("select id from procurement_source where code = 'flags-test'").query(Long.class).single();
		long importId = jdbc.sql("select max(id) from procurement_import where source_id = ?").param(source)
			.query(Long.class).single();
		long started = System.nanoTime();
		generate(contracts, source, importId);
		Duration generation = Duration.ofNanos(System.nanoTime() - started);

		RedFlagComputation.Summary first = computation.recompute();
		// The steady state: the flags of the first computation are deleted before the second.
		RedFlagComputation.Summary summary = computation.recompute();

		System.out.printf("Generated %d contracts in %d s; red flags computed in %.1f s, again in %.1f s%n", contracts,
				generation.toSeconds(), first.duration().toMillis() / 1000.0, summary.duration().toMillis() / 1000.0);
		summary.steps().forEach((step, time) -> System.out.printf("  %-34s %8s %7d ms%n", step,
				RedFlag.of(step).map(f -> summary.counts().get(f).toString()).orElse(""), time.toMillis()));
		assertThat(summary.counts().get(RedFlag.SINGLE_OFFER)).isPositive();
		assertThat(summary.counts().get(RedFlag.VALUE_INCREASE)).isPositive();
		assertThat(summary.counts().get(RedFlag.LATE_PUBLICATION)).isPositive();
	}

	@AfterEach
	void emptyStore() {
		new StoreRows(jdbc).clear();
	}

	private void generate(int contracts, long source, long importId) {
		jdbc.sql("select setseed(0.42)").query().singleValue();
		jdbc.sql("""
				insert into procurement_contract (dedupe_key, uid, kind, generation, decp_id, acheteur_id, nature,
				    procedure, code_cpv, date_notification, date_publication, montant, current_montant, duree_mois,
				    current_duree_mois, offres_recues, forme_prix, modification_count, source_id, sources, import_id)
				select 'scale-' || g, 'scale-' || g, kind, '2022', 'scale-' || g,
				       (case when g % 10 = 0 then '1' else '2' end) || lpad((g % 27000)::text, 8, '0') || '00012',
				       case when kind = 'concession' then 'Concession de service' else 'Marché' end,
				       case when p < 0.55 then 'Procédure adaptée' when p < 0.8 then 'Appel d''offres ouvert'
				            when p < 0.9 then 'Marché passé sans publicité ni mise en concurrence préalable'
				            when p < 0.95 then 'Appel d''offres restreint' else 'Procédure avec négociation' end,
				       lpad((3 + (g * 31) % 96)::text, 2, '0') || '100000',
				       notified, notified + (random() * 90)::int,
				       amount, case when modifications > 0 then round(amount * (1 + random() * 0.4)::numeric, 2) end,
				       months, case when modifications > 0 then months + (random() * 12)::int end,
				       case when notified >= date '2024-01-01' and kind = 'marche' then 1 + (random() * 5)::int end,
				       case when random() < 0.7 then 'Forfaitaire' else 'Unitaire' end,
				       modifications, :source, array['flags-test'], :import
				from (
				    select g, case when g % 50 = 0 then 'concession' else 'marche' end as kind, random() as p,
				           date '2019-01-01' + (random() * 2500)::int as notified,
				           round(power(10, 3.5 + 2.5 * random() + random())::numeric, 2) as amount,
				           1 + (random() * 47)::int as months,
				           case when random() < 0.15 then 1 + (random() * 3)::int else 0 end as modifications
				    from generate_series(1, :contracts) g
				) c""")
			.param("source", source).param("import", importId).param("contracts", contracts)
			.update();
		jdbc.sql("""
				insert into procurement_titulaire (contract_id, position, type_identifiant, identifier, siren)
				select id, position, 'SIRET', siren || '00017', siren
				from (select c.id, h.position,
				             lpad(((c.id * 7919 + h.position * 104729) % 190000 + 300000000)::text, 9, '0') as siren
				      from procurement_contract c
				      cross join lateral generate_series(1, case when c.id % 7 = 0 then 2 else 1 end) h(position)
				      where c.dedupe_key like 'scale-%') t""").update();
		jdbc.sql("""
				insert into procurement_contract_version (contract_id, sequence, modification_id, date_notification,
				    montant, duree_mois, titulaires)
				select c.id, s, nullif(s, 0), c.date_notification + s * 60,
				       case when s = 0 then c.montant else c.current_montant end,
				       case when s = 0 then c.duree_mois else c.current_duree_mois end,
				       (select jsonb_agg(jsonb_build_object('typeIdentifiant', 'SIRET', 'id', t.identifier))
				        from procurement_titulaire t where t.contract_id = c.id)
				from procurement_contract c
				cross join lateral generate_series(0, c.modification_count) s
				where c.dedupe_key like 'scale-%'""").update();
		jdbc.sql("analyze procurement_contract").update();
		jdbc.sql("analyze procurement_titulaire").update();
		jdbc.sql("analyze procurement_contract_version").update();
	}
}
