package io.demoseeder.dependencies;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Room for the engagements' landscapes, shared by the step's partitions. A landscape
 * holds every asset of its engagement, which grows with the scale (about 23 MiB for the
 * 300,000 assets of an engagement at scale 10,000); two tenants' partitions each holding
 * their own doubled the step's memory. So another engagement's landscape is loaded only
 * while those in use hold fewer than {@link #BUDGET} assets: small landscapes (30,000
 * assets, ~2 MiB, at scale 1000) are held side by side, and the tenants' partitions run
 * at once (the step took 2.2 s at scale 1000 with one landscape at a time, one thread
 * waiting for the other); a large one is alone, and the partition of another engagement
 * waits until it is given back. At most {@code BUDGET} assets plus one landscape are
 * held.
 */
final class LandscapeSlot {

	/**
	 * Assets held (~80 bytes each) below which another landscape may load: ~8 MiB (0: one
	 * landscape at a time).
	 */
	static final int BUDGET = 100_000;

	private final Map<UUID, Held> held = new HashMap<>();

	private final int budget;

	LandscapeSlot() {
		this(BUDGET);
	}

	LandscapeSlot(int budget) {
		this.budget = budget;
	}

	/**
	 * The landscape of {@code engagement}, loaded by {@code loader} unless it is held
	 * already; waits while the landscapes in use fill the budget. Give it back with
	 * {@link #give(UUID)}.
	 */
	synchronized Landscape take(UUID engagement, Supplier<Landscape> loader) {
		while (!this.held.containsKey(engagement) && !this.held.isEmpty() && heldAssets() >= this.budget) {
			try {
				wait();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while waiting for the landscape of another engagement",
						ex);
			}
		}
		Held landscape = this.held.get(engagement);
		if (landscape == null) {
			landscape = new Held(loader.get());
			this.held.put(engagement, landscape);
		}
		landscape.holders++;
		return landscape.landscape;
	}

	/**
	 * One holder of {@code engagement}'s landscape is done; the last one frees it (and
	 * its memory).
	 */
	synchronized void give(UUID engagement) {
		Held landscape = this.held.get(engagement);
		if (landscape != null && --landscape.holders == 0) {
			this.held.remove(engagement);
			notifyAll();
		}
	}

	private int heldAssets() {
		return this.held.values().stream().mapToInt((landscape) -> landscape.landscape.assets()).sum();
	}

	private static final class Held {

		private final Landscape landscape;

		private int holders;

		Held(Landscape landscape) {
			this.landscape = landscape;
		}

	}

}
