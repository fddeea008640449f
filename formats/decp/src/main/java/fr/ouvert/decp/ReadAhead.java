package fr.ouvert.decp;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Runs a {@link DecpReader} on its own thread and hands its records, in order and by batches, to the caller's
 * thread: reading, normalising and validating then overlap what the caller does with the records (storing them).
 */
final class ReadAhead {

	private static final int BATCH = 512;
	private static final int BATCHES_AHEAD = 8;
	private static final Object END = new Object();

	/** The reader's thread was told to stop: the caller has given up. */
	private static final class Stopped extends RuntimeException {
		Stopped() {
			super(null, null, false, false);
		}
	}

	private ReadAhead() {
	}

	static void read(DecpReader reader, InputStream in, String fileName, Consumer<DecpRecord> sink)
			throws IOException {
		BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
		Thread thread = new Thread(() -> produce(reader, in, fileName, queue), "decp-read-ahead");
		thread.setDaemon(true);
		thread.start();
		try {
			while (true) {
				Object item = queue.take();
				if (item == END) {
					return;
				}
				if (item instanceof Throwable failure) {
					rethrow(failure);
				}
				@SuppressWarnings("unchecked")
				List<DecpRecord> batch = (List<DecpRecord>) item;
				batch.forEach(sink);
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("Lecture de " + fileName + " interrompue");
		}
		finally {
			// when the caller fails, the reader must not go on filling the queue
			thread.interrupt();
		}
	}

	private static void produce(DecpReader reader, InputStream in, String fileName, BlockingQueue<Object> queue) {
		List<List<DecpRecord>> pending = new ArrayList<>(1);
		pending.add(new ArrayList<>(BATCH));
		try {
			reader.read(in, fileName, record -> {
				List<DecpRecord> batch = pending.get(0);
				batch.add(record);
				if (batch.size() == BATCH) {
					put(queue, batch);
					pending.set(0, new ArrayList<>(BATCH));
				}
			});
			put(queue, pending.get(0));
			put(queue, END);
		}
		catch (Stopped stopped) {
			// the caller is gone
		}
		catch (Throwable failure) {
			// the records read before the failure are delivered first, then the failure
			try {
				put(queue, pending.get(0));
				put(queue, failure);
			}
			catch (Stopped stopped) {
				// the caller is gone
			}
		}
	}

	private static void put(BlockingQueue<Object> queue, Object item) {
		try {
			queue.put(item);
		}
		catch (InterruptedException e) {
			throw new Stopped();
		}
	}

	private static void rethrow(Throwable failure) throws IOException {
		if (failure instanceof IOException io) {
			throw io;
		}
		if (failure instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (failure instanceof Error error) {
			throw error;
		}
		throw new IllegalStateException(failure);
	}
}
