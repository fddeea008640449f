package fr.ouvert.tableschema;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads the records of a CSV on a second thread, a few batches ahead of the checks, so that
 * decoding and parsing overlap with validation. Memory stays bounded: at most {@value #QUEUED}
 * batches of {@value #BATCH} records wait. A read error reaches the consumer after the records
 * read before it, in order.
 */
final class ReadAhead implements AutoCloseable {

	static final int BATCH = 512;

	static final int QUEUED = 4;

	/** Marks the end of the input in the queue. */
	private static final List<String[]> END = new ArrayList<>();

	private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED);
	private final Thread reader;
	private List<String[]> batch = List.of();
	private int next;

	ReadAhead(CsvRecordReader csv) {
		this.reader = new Thread(() -> read(csv), "tableschema-read-ahead");
		this.reader.setDaemon(true);
		this.reader.start();
	}

	private void read(CsvRecordReader csv) {
		try {
			List<String[]> records = new ArrayList<>(BATCH);
			try {
				for (List<String> record = csv.next(); record != null; record = csv.next()) {
					records.add(record.toArray(String[]::new));
					if (records.size() == BATCH) {
						queue.put(records);
						records = new ArrayList<>(BATCH);
					}
				}
				queue.put(records);
				queue.put(END);
			}
			catch (IOException e) {
				queue.put(records);
				queue.put(e);
			}
		}
		catch (InterruptedException e) {
			// The consumer stopped: nothing more to read for.
			Thread.currentThread().interrupt();
		}
	}

	/** The next record's values, or null at the end of the input. */
	@SuppressWarnings("unchecked")
	List<String> next() throws IOException {
		while (next == batch.size()) {
			if (batch == END) {
				return null;
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
			batch = (List<String[]>) item;
			next = 0;
		}
		return Arrays.asList(batch.get(next++));
	}

	@Override
	public void close() {
		reader.interrupt();
	}
}
