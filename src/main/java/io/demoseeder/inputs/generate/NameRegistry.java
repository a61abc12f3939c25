package io.demoseeder.inputs.generate;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The names and hostnames already given in one engagement: asset names must be unique
 * there, and hostnames follow {@code <prefix>-<number>} with a number per prefix. A large
 * tenant gives hundreds of thousands of names, so they are kept as 64-bit hashes in an
 * open-addressing table (8 bytes each instead of a string and a map entry); two different
 * names sharing a hash is as likely as winning a lottery twice, and would only skip a
 * name.
 */
final class NameRegistry {

	private final Map<String, Integer> sequences = new HashMap<>();

	private long[] hashes = new long[1024];

	private int size;

	/** The next free hostname {@code prefix-NNN} ({@code digits} wide). */
	String hostname(String prefix, int digits) {
		while (true) {
			int number = this.sequences.merge(prefix, 1, Integer::sum);
			String candidate = prefix + "-" + String.format(Locale.ROOT, "%0" + digits + "d", number);
			if (claim(candidate)) {
				return candidate;
			}
		}
	}

	/** {@code name}, or {@code name 2}, {@code name 3}... if taken. */
	String unique(String name) {
		if (claim(name)) {
			return name;
		}
		for (int suffix = 2;; suffix++) {
			if (claim(name + " " + suffix)) {
				return name + " " + suffix;
			}
		}
	}

	boolean taken(String name) {
		long hash = hash(name);
		return this.hashes[slot(this.hashes, hash)] == hash;
	}

	private boolean claim(String name) {
		long hash = hash(name);
		int slot = slot(this.hashes, hash);
		if (this.hashes[slot] == hash) {
			return false;
		}
		this.hashes[slot] = hash;
		if (++this.size * 2 > this.hashes.length) {
			grow();
		}
		return true;
	}

	private void grow() {
		long[] larger = new long[this.hashes.length * 2];
		for (long hash : this.hashes) {
			if (hash != 0) {
				larger[slot(larger, hash)] = hash;
			}
		}
		this.hashes = larger;
	}

	/** Where {@code hash} is, or the empty slot where it would go (linear probing). */
	private static int slot(long[] table, long hash) {
		int mask = table.length - 1;
		int slot = (int) (hash ^ (hash >>> 32)) & mask;
		while (table[slot] != 0 && table[slot] != hash) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}

	/** FNV-1a over the lower-case UTF-8 bytes; never 0, which marks an empty slot. */
	private static long hash(String name) {
		long hash = 0xcbf29ce484222325L;
		for (byte b : name.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)) {
			hash ^= (b & 0xff);
			hash *= 0x100000001b3L;
		}
		return (hash != 0) ? hash : 1;
	}

}
