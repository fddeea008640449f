package fr.ouvert.bench;

import java.io.Writer;

import org.openjdk.jmh.infra.Blackhole;

/**
 * A Writer that discards what it gets, as FastCSV's benchmarks do. The chars are handed to a
 * {@link Blackhole} so that the JIT cannot drop the work that produced them; unlike FastCSV's we do
 * not copy them first, which would add an allocation per call that production does not have.
 */
final class NullWriter extends Writer {

	private final Blackhole blackhole;

	NullWriter(Blackhole blackhole) {
		this.blackhole = blackhole;
	}

	@Override
	public void write(char[] buffer, int offset, int length) {
		blackhole.consume(buffer);
		blackhole.consume(offset + length);
	}

	@Override
	public void flush() {
	}

	@Override
	public void close() {
	}
}
