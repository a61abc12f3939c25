package io.demoseeder.dependencies;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The targets of one landscape as columns: per asset its id as two longs, its creation
 * instant as seconds and nanoseconds, and its name's UTF-8 bytes in one shared array. A
 * {@link Target} is made only when a rule picks one.
 */
final class Targets {

	private long[] idHigh = new long[1024];

	private long[] idLow = new long[1024];

	private long[] seconds = new long[1024];

	private int[] nanos = new int[1024];

	/** Where each name starts in {@link #names}; the next one's start is its end. */
	private int[] nameStart = new int[1025];

	private byte[] names = new byte[1 << 16];

	private int size;

	/** Adds one target; returns its position. */
	int add(UUID id, String name, Instant createdAt) {
		if (this.size == this.idHigh.length) {
			grow();
		}
		byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
		int start = this.nameStart[this.size];
		if (start + bytes.length > this.names.length) {
			this.names = Arrays.copyOf(this.names, Math.max(start + bytes.length, 2 * this.names.length));
		}
		System.arraycopy(bytes, 0, this.names, start, bytes.length);
		this.idHigh[this.size] = id.getMostSignificantBits();
		this.idLow[this.size] = id.getLeastSignificantBits();
		this.seconds[this.size] = createdAt.getEpochSecond();
		this.nanos[this.size] = createdAt.getNano();
		this.nameStart[this.size + 1] = start + bytes.length;
		return this.size++;
	}

	/**
	 * Every position, ordered by name (UTF-8 bytes unsigned: code point order, which is
	 * {@code String} order for every character outside the supplementary planes), then id
	 * ({@code UUID} order).
	 */
	int[] byNameThenId() {
		return IntStream.range(0, this.size).boxed().sorted(this::compare).mapToInt(Integer::intValue).toArray();
	}

	/** The targets at {@code ranks} (ascending) of {@code order}, made when read. */
	List<Target> view(int[] ranks, int[] order) {
		return new View(ranks, order);
	}

	private int compare(int a, int b) {
		int byName = Arrays.compareUnsigned(this.names, this.nameStart[a], this.nameStart[a + 1], this.names,
				this.nameStart[b], this.nameStart[b + 1]);
		return (byName != 0) ? byName : id(a).compareTo(id(b));
	}

	private UUID id(int position) {
		return new UUID(this.idHigh[position], this.idLow[position]);
	}

	private Target target(int position) {
		String name = new String(this.names, this.nameStart[position],
				this.nameStart[position + 1] - this.nameStart[position], StandardCharsets.UTF_8);
		return new Target(id(position), name, Instant.ofEpochSecond(this.seconds[position], this.nanos[position]));
	}

	private void grow() {
		int capacity = 2 * this.size;
		this.idHigh = Arrays.copyOf(this.idHigh, capacity);
		this.idLow = Arrays.copyOf(this.idLow, capacity);
		this.seconds = Arrays.copyOf(this.seconds, capacity);
		this.nanos = Arrays.copyOf(this.nanos, capacity);
		this.nameStart = Arrays.copyOf(this.nameStart, capacity + 1);
	}

	/** A group: equal when the same targets in the same order, as a list of them is. */
	private final class View extends AbstractList<Target> implements RandomAccess {

		private final int[] ranks;

		private final int[] order;

		View(int[] ranks, int[] order) {
			this.ranks = ranks;
			this.order = order;
		}

		@Override
		public Target get(int index) {
			return target(this.order[this.ranks[index]]);
		}

		@Override
		public int size() {
			return this.ranks.length;
		}

	}

}
