package fr.ouvert.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import fr.ouvert.kernel.opendata.CsvWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of {@link CsvWriter#writeRow}: one operation is one 10-column row, so ops/s is rows/s.
 * {@code nullWriter} measures the CSV logic alone; {@code utf8Buffered} puts the same Writer stack
 * as the CSV export in front (64 KiB BufferedWriter, UTF-8 OutputStreamWriter), with the bytes
 * going nowhere.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CsvWriterBenchmark {

	/** Enough distinct rows that the branch predictor cannot learn one row. */
	private static final int ROWS = 1024;

	@State(Scope.Thread)
	public static class Rows {
		private List<List<Object>> rows;
		private int next;

		@Setup
		public void setup() {
			rows = BenchRows.generate(ROWS);
		}

		List<Object> next() {
			List<Object> row = rows.get(next);
			next = (next + 1) & (ROWS - 1);
			return row;
		}
	}

	@State(Scope.Thread)
	public static class Discarding {
		private CsvWriter csv;

		@Setup
		public void setup(Blackhole blackhole) {
			csv = new CsvWriter(new NullWriter(blackhole));
		}
	}

	@State(Scope.Thread)
	public static class Utf8Buffered {
		private Writer writer;
		private CsvWriter csv;

		@Setup
		public void setup(Blackhole blackhole) {
			OutputStream discard = new OutputStream() {
				@Override
				public void write(int b) {
					blackhole.consume(b);
				}

				@Override
				public void write(byte[] bytes, int offset, int length) {
					blackhole.consume(bytes);
					blackhole.consume(offset + length);
				}
			};
			// The same stack as OpenDataApiController.exportCsv.
			writer = new BufferedWriter(new OutputStreamWriter(discard, StandardCharsets.UTF_8), 1 << 16);
			csv = new CsvWriter(writer);
		}

		@TearDown
		public void tearDown() throws IOException {
			writer.close();
		}
	}

	@Benchmark
	public void nullWriter(Rows rows, Discarding state) {
		state.csv.writeRow(rows.next());
	}

	@Benchmark
	public void utf8Buffered(Rows rows, Utf8Buffered state) {
		state.csv.writeRow(rows.next());
	}
}
