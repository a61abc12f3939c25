package io.demoseeder.dependencies;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * Room for one engagement's landscape, shared by the step's partitions. A landscape holds
 * every asset of its engagement, which grows with the scale (about 23 MiB for the 300,000
 * assets of an engagement at scale 10,000); two tenants' partitions each holding their
 * own doubled the step's memory, so a partition whose engagement is not the one in the
 * slot waits until the slot is free. Dependencies are a small part of the job, so the
 * time this costs is small; the memory it saves is the step's largest.
 */
final class LandscapeSlot {

	private UUID engagementId;

	private Landscape landscape;

	private int holders;

	/**
	 * The landscape of {@code engagement}, loaded by {@code loader} unless it is the one
	 * in the slot; waits while another engagement's is in use. Give it back with
	 * {@link #give()}.
	 */
	synchronized Landscape take(UUID engagement, Supplier<Landscape> loader) {
		while (this.holders > 0 && !engagement.equals(this.engagementId)) {
			try {
				wait();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while waiting for the landscape of another engagement",
						ex);
			}
		}
		if (this.holders == 0) {
			// the slot is empty: the last holder of the previous landscape let it go
			this.landscape = loader.get();
			this.engagementId = engagement;
		}
		this.holders++;
		return this.landscape;
	}

	/** One holder is done; the last one frees the slot (and the landscape's memory). */
	synchronized void give() {
		if (--this.holders == 0) {
			this.landscape = null;
			this.engagementId = null;
			notifyAll();
		}
	}

}
