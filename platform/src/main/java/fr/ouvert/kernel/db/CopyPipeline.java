package fr.ouvert.kernel.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Sends {@link CopyText} batches on the current transaction's connection from a thread of its own, in the order
 * given, so that the caller prepares the next rows while PostgreSQL loads these: sent from the caller's thread,
 * a bulk load alternates between the two instead of using both cores. The connection is the pipeline's until
 * {@link #await}: the caller runs no other statement on it before. A failed COPY is thrown by the next call
 * (the transaction is then aborted; later batches are not sent). {@link #close} waits for every queued batch, so
 * that the caller's commit or rollback never meets a COPY in progress.
 */
public final class CopyPipeline implements AutoCloseable {

	/** Batches waiting at most: a slower database holds the caller back instead of filling the heap. */
	private static final int MAX_WAITING = 4;

	private final DataSource dataSource;
	private final Connection connection;
	private final PGConnection postgres;
	private final ExecutorService sender;
	private final Semaphore waiting = new Semaphore(MAX_WAITING);
	private volatile RuntimeException failure;

	/** Takes the connection of the caller's transaction. */
	public CopyPipeline(DataSource dataSource, String threadName) {
		this.dataSource = dataSource;
		this.connection = DataSourceUtils.getConnection(dataSource);
		try {
			this.postgres = connection.unwrap(PGConnection.class);
		}
		catch (SQLException e) {
			DataSourceUtils.releaseConnection(connection, dataSource);
			throw new IllegalStateException("COPY needs a PostgreSQL connection", e);
		}
		this.sender = Executors.newSingleThreadExecutor(task -> {
			Thread thread = new Thread(task, threadName);
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Queues the buffered rows (if any) and empties the buffer; waits only while too many batches are queued. */
	public void send(CopyText rows) {
		rethrow();
		CopyText.Batch batch = rows.take();
		if (batch == null) {
			return;
		}
		waiting.acquireUninterruptibly();
		sender.execute(() -> {
			try {
				if (failure == null) {
					batch.send(postgres);
				}
			}
			catch (SQLException | RuntimeException e) {
				failure = e instanceof SQLException sql ? batch.failure(sql) : (RuntimeException) e;
			}
			finally {
				waiting.release();
			}
		});
	}

	/**
	 * Runs statements on the connection after the batches queued before them, without waiting for them: e.g. to
	 * draw ids from a sequence ahead of their use. A failure is thrown by the future and by the next call.
	 */
	public <T> CompletableFuture<T> submit(ConnectionCallback<T> statement) {
		rethrow();
		return CompletableFuture.supplyAsync(() -> {
			if (failure != null) {
				throw failure;
			}
			try {
				return statement.run(connection);
			}
			catch (SQLException | RuntimeException e) {
				// kept for the next call too: nobody may wait for this statement's result
				failure = e instanceof SQLException sql ? new IllegalStateException("Statement after COPY failed", sql)
						: (RuntimeException) e;
				throw failure;
			}
		}, sender);
	}

	/** Waits until every batch queued is sent; the connection is then the caller's again. */
	public void await() {
		try {
			sender.submit(() -> { }).get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while COPY was sending", e);
		}
		catch (ExecutionException e) {
			throw new IllegalStateException(e.getCause());
		}
		rethrow();
	}

	/** Stops the pipeline once every queued batch is sent (or skipped after a failure), and gives the connection back. */
	@Override
	public void close() {
		sender.shutdown();
		try {
			sender.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private void rethrow() {
		if (failure != null) {
			throw failure;
		}
	}

	/** A statement run with the pipeline's connection. */
	@FunctionalInterface
	public interface ConnectionCallback<T> {
		T run(Connection connection) throws SQLException;
	}
}
