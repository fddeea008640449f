package fr.ouvert.procurement.store;

import java.util.UUID;
import java.util.function.Function;

import javax.sql.DataSource;

import fr.ouvert.kernel.db.CopyPipeline;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports written straight through the store's writer, as {@code DecpImports} runs one (a source, a done import
 * row, a pipeline, one transaction), for the store's tests.
 */
record StoreImports(ContractStore store, TransactionTemplate transactions, JdbcClient jdbc, DataSource dataSource) {

	/** Runs the work with the writer of a new import of a new source, in a transaction rolled back when asked. */
	<T> T inImport(String source, int priority, boolean rollBack, Function<StoreWriter, T> work) {
		return transactions.execute(tx -> {
			long sourceId = jdbc.sql("insert into procurement_source (code, name, priority) values (?, ?, ?) returning id")
				.params(source, source, priority).query(Long.class).single();
			long importId = jdbc.sql("""
					insert into procurement_import (source_id, file_name, file_sha256, file_size, status)
					values (?, 'test.json', ?, 0, 'done') returning id""")
				.params(sourceId, UUID.randomUUID().toString()).query(Long.class).single();
			try (CopyPipeline copies = new CopyPipeline(dataSource, "test-copy")) {
				T result = work.apply(store.writer(copies, importId, sourceId, source, priority));
				if (rollBack) {
					tx.setRollbackOnly();
				}
				return result;
			}
		});
	}
}
