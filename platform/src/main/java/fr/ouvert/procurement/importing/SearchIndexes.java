package fr.ouvert.procurement.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search indexes of the contracts and their holders (the observatory's filters and sorts, the process ids'
 * {@code uid}), suspended while a load larger than the store is imported: maintaining them row by row was most of
 * PostgreSQL's work in a national import, and building an index once from the whole table costs far less than
 * inserting each row into it (bench/README.md, "Procurement"). Each file still commits on its own; the indexes are
 * only the search's, so the store stays whole and correct while they are missing (searches are slower).
 *
 * <p>Kept during a load: primary keys and unique constraints. The {@code uid} index is suspended too: only the
 * readers' process ids use it (the merge of copies reads its contracts by id). What is suspended is recorded in {@code procurement_suspended_index} in the transaction that drops it, and
 * each index is built again in the transaction that deletes its row: a load killed in between leaves its indexes
 * to the next one.
 */
@Service
public class SearchIndexes {

	/** Suspended by a load, until {@link #close}. */
	public interface Deferral extends AutoCloseable {

		/** Whether this load suspended the search indexes. */
		boolean suspended();

		/** Builds the suspended indexes again. */
		@Override
		void close();
	}

	/** A suspended index and the statement that builds it. */
	record Index(String name, String definition) {
	}

	/** Indexes built at once: one per core of the reference machine. */
	private static final int BUILDERS = 2;

	/** Memory for an index build's sort: the default 64 MB spills to disk. */
	private static final String BUILD_MEMORY = "512MB";

	private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final Executor builderThreads;

	SearchIndexes(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.builderThreads = runnable -> new Thread(runnable, "procurement-index-build").start();
	}

	/**
	 * Before a load of files of this total size: when they are larger than the stored contracts' table, drops the
	 * search indexes (those a killed load left suspended stay so); otherwise builds those a killed load left.
	 */
	public Deferral deferFor(long fileBytes) {
		boolean suspend = Boolean.TRUE.equals(transactions.execute(tx -> {
			lock();
			long storeBytes = jdbc.sql("select pg_relation_size('procurement_contract')").query(Long.class).single();
			if (fileBytes <= storeBytes) {
				return false;
			}
			for (Index index : present()) {
				jdbc.sql("insert into procurement_suspended_index (name, definition) values (?, ?)")
					.params(index.name(), index.definition()).update();
				jdbc.sql("drop index " + index.name()).update();
			}
			return true;
		}));
		if (!suspend) {
			rebuild();
		}
		return new Deferral() {
			@Override
			public boolean suspended() {
				return suspend;
			}

			@Override
			public void close() {
				rebuild();
			}
		};
	}

	/** The names of the indexes suspended now. */
	public List<String> suspended() {
		return jdbc.sql("select name from procurement_suspended_index order by name").query(String.class).list();
	}

	/**
	 * Builds every suspended index, each in its own transaction, on {@link #BUILDERS} connections at once, one core
	 * each. A GIN index (none since the names moved to their own tables, but one may come back) cannot use parallel
	 * workers and is the longest to build: those first, so that the builders end together.
	 */
	void rebuild() {
		Queue<Index> suspended = new ConcurrentLinkedQueue<>(jdbc.sql("""
				select name, definition from procurement_suspended_index
				order by definition like '% USING gin %' desc, name""").query(Index.class).list());
		List<CompletableFuture<Void>> builders = new ArrayList<>();
		for (int i = 0; i < BUILDERS; i++) {
			builders.add(CompletableFuture.runAsync(() -> {
				for (Index index = suspended.poll(); index != null; index = suspended.poll()) {
					build(index);
				}
			}, builderThreads));
		}
		try {
			CompletableFuture.allOf(builders.toArray(CompletableFuture[]::new)).join();
		}
		catch (CompletionException e) {
			throw e.getCause() instanceof RuntimeException cause ? cause : e;
		}
	}

	private void build(Index index) {
		long start = System.nanoTime();
		transactions.executeWithoutResult(tx -> {
			// Shared: builders run together, and an import (which takes the lock alone) waits for them.
			jdbc.sql("select pg_advisory_xact_lock_shared(?)").param(DecpImports.IMPORT_LOCK).query().singleValue();
			jdbc.sql("select set_config('maintenance_work_mem', ?, true)").param(BUILD_MEMORY).query().singleValue();
			jdbc.sql(index.definition()).update();
			jdbc.sql("delete from procurement_suspended_index where name = ?").param(index.name()).update();
		});
		log.info("Search index {} built again in {} ms", index.name(), (System.nanoTime() - start) / 1_000_000);
	}

	/** The search indexes of the contracts and holders that exist now. */
	private List<Index> present() {
		return jdbc.sql("""
				select c.relname as name, pg_get_indexdef(i.indexrelid) as definition
				from pg_index i join pg_class c on c.oid = i.indexrelid
				where i.indrelid in ('procurement_contract'::regclass, 'procurement_titulaire'::regclass)
				  and not i.indisprimary and not i.indisunique
				order by c.relname""")
			.query(Index.class).list();
	}

	/** Imports and index changes run one at a time (the imports' lock). */
	private void lock() {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(DecpImports.IMPORT_LOCK).query().singleValue();
	}
}
