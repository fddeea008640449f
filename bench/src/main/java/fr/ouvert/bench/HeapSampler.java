package fr.ouvert.bench;

import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/** Samples the heap used every 20 ms on a daemon thread and keeps the peak, until interrupted. */
final class HeapSampler {

	private HeapSampler() {
	}

	static Thread start(MemoryMXBean memory, AtomicLong peak) {
		Thread sampler = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException e) {
					return;
				}
			}
		}, "heap-sampler");
		sampler.setDaemon(true);
		sampler.start();
		return sampler;
	}
}
