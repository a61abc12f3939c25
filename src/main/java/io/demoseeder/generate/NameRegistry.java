package io.demoseeder.generate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names and hostnames already given in one engagement: asset names must be unique
 * there, and hostnames follow {@code <prefix>-<number>} with a number per prefix.
 */
final class NameRegistry {

	private final Set<String> names = new HashSet<>();

	private final Map<String, Integer> sequences = new HashMap<>();

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
		return this.names.contains(name.toLowerCase(Locale.ROOT));
	}

	private boolean claim(String name) {
		return this.names.add(name.toLowerCase(Locale.ROOT));
	}

}
