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
 * instant in microseconds (PostgreSQL's precision), and its name's UTF-8 bytes in one
 * shared array. A {@link Target} is made only when a rule picks one.
 */
final class Targets {

	private long[] idHigh = new long[1024];

	private long[] idLow = new long[1024];

	private long[] micros = new long[1024];

	/** Where each name starts in {@link #names}; the next one's start is its end. */
	private int[] nameStart = new int[1025];

	private byte[] names = new byte[1 << 16];

	private static final long MICROS = 1_000_000;

	private int size;

	/** How many targets were added. */
	int size() {
		return this.size;
	}

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
		this.micros[this.size] = Math.addExact(Math.multiplyExact(createdAt.getEpochSecond(), MICROS),
				createdAt.getNano() / 1000);
		this.nameStart[this.size + 1] = start + bytes.length;
		return this.size++;
	}

	/**
	 * Whether the positions are already in name order (the engagement's query sorts by
	 * name in byte order, and names are unique within an engagement): then a position is
	 * its rank, and nothing needs sorting.
	 */
	boolean inNameOrder() {
		for (int position = 1; position < this.size; position++) {
			if (compare(position - 1, position) >= 0) {
				return false;
			}
		}
		return true;
	}

	/** Gives back the columns' unused capacity once every target is in. */
	void trim() {
		resize(this.size);
		this.names = Arrays.copyOf(this.names, this.nameStart[this.size]);
	}

	/**
	 * Every position, ordered by name (UTF-8 bytes unsigned: code point order, which is
	 * {@code String} order for every character outside the supplementary planes), then id
	 * ({@code UUID} order).
	 */
	int[] byNameThenId() {
		return IntStream.range(0, this.size).boxed().sorted(this::compare).mapToInt(Integer::intValue).toArray();
	}

	/**
	 * The targets at {@code ranks} (ascending) of {@code order}, or at those positions
	 * when {@code order} is null (positions in name order), made when read.
	 */
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
		long at = this.micros[position];
		return new Target(id(position), name,
				Instant.ofEpochSecond(Math.floorDiv(at, MICROS), Math.floorMod(at, MICROS) * 1000));
	}

	private void grow() {
		resize(2 * this.size);
	}

	private void resize(int capacity) {
		this.idHigh = Arrays.copyOf(this.idHigh, capacity);
		this.idLow = Arrays.copyOf(this.idLow, capacity);
		this.micros = Arrays.copyOf(this.micros, capacity);
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
			int rank = this.ranks[index];
			return target((this.order != null) ? this.order[rank] : rank);
		}

		@Override
		public int size() {
			return this.ranks.length;
		}

	}

}
