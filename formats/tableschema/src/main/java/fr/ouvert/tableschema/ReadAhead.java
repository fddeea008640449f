package fr.ouvert.tableschema;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads the records of a CSV on a second thread, a few batches ahead of the checks, so that
 * decoding and parsing overlap with validation. Memory stays bounded: at most {@value #QUEUED}
 * batches of {@value #BATCH} records wait. A read error reaches the consumer after the records
 * read before it, in order.
 *
 * <p>The two threads share the work: while the checks lag behind (half the batches or more waiting),
 * the reading thread also prepares each record it reads ({@link Preparer}: the checks of its cells
 * that depend on nothing but the cell), on bytes still in its cache. Whether a record was prepared
 * changes the time spent by each thread, never the result.
 */
final class ReadAhead implements AutoCloseable {

	static final int BATCH = 512;

	static final int QUEUED = 4;

	/** Which records the reading thread prepares. */
	enum Sharing {
		/** Those read while half the batches or more wait: the thread that has time does the work. */
		BALANCED,
		/** Every record (tests: the results must not depend on it). */
		ALL,
		/** None (tests). */
		NONE;

		boolean prepares(int batchesWaiting) {
			return this == ALL || this == BALANCED && batchesWaiting >= QUEUED / 2;
		}
	}

	/** The per-cell work that the reading thread may do for the checks; called on that thread only. */
	interface Preparer {
		/** What the checks may take from the record as found, or null to leave the record to them. */
		Object[] prepare(String[] cells);
	}

	/** The records read together, and what was prepared of each (null when not prepared). */
	private static final class Batch {
		final String[][] records = new String[BATCH][];
		final Object[][] prepared = new Object[BATCH][];
		int size;
	}

	/** Marks the end of the input in the queue. */
	private static final Batch END = new Batch();

	private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED);
	/** Batches put in the queue and not yet taken: how far the checks lag behind. */
	private final AtomicInteger waiting = new AtomicInteger();
	private final Thread reader;
	private Batch batch = new Batch();
	private int next;

	ReadAhead(CsvRecordReader csv, Preparer preparer, Sharing sharing) {
		this.reader = new Thread(() -> read(csv, preparer, sharing), "tableschema-read-ahead");
		this.reader.setDaemon(true);
		this.reader.start();
	}

	private void read(CsvRecordReader csv, Preparer preparer, Sharing sharing) {
		try {
			Batch records = new Batch();
			try {
				for (List<String> record = csv.next(); record != null; record = csv.next()) {
					String[] cells = record.toArray(String[]::new);
					records.records[records.size] = cells;
					records.prepared[records.size] = sharing.prepares(waiting.get()) ? preparer.prepare(cells) : null;
					if (++records.size == BATCH) {
						put(records);
						records = new Batch();
					}
				}
				put(records);
				put(END);
			}
			catch (IOException e) {
				put(records);
				queue.put(e);
			}
		}
		catch (InterruptedException e) {
			// The consumer stopped: nothing more to read for.
			Thread.currentThread().interrupt();
		}
	}

	private void put(Batch records) throws InterruptedException {
		waiting.incrementAndGet();
		queue.put(records);
	}

	/** Moves to the next record; false at the end of the input. */
	boolean next() throws IOException {
		while (++next >= batch.size) {
			if (batch == END) {
				return false;
			}
			Object item;
			try {
				item = queue.take();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IOException("Interrupted while waiting for the CSV reader", e);
			}
			if (item instanceof IOException failure) {
				throw failure;
			}
			waiting.decrementAndGet();
			batch = (Batch) item;
			next = -1;
		}
		return true;
	}

	/** The current record's values. */
	List<String> cells() {
		return Arrays.asList(batch.records[next]);
	}

	/** What the reading thread prepared of the current record, or null. */
	Object[] prepared() {
		return batch.prepared[next];
	}

	@Override
	public void close() {
		reader.interrupt();
	}
}
