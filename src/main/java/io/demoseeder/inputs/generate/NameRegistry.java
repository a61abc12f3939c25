package io.demoseeder.inputs.generate;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The names and hostnames already given in one engagement: asset names must be unique
 * there, and hostnames follow {@code <prefix>-<number>} with a number per prefix. Both
 * are unique by construction, so nothing here grows with the number of names: a hostname
 * is its prefix's next number (the part after the last dash is all digits, so two
 * prefixes never spell the same hostname), and a repeated name takes its next suffix
 * ({@code name 2}, {@code name 3}...), which no base name spells, since none ends in a
 * number. Only the prefixes and the distinct base names are kept (a vocabulary of a few
 * thousand), where keeping every name took 16 MiB per tenant at scale 10,000.
 */
final class NameRegistry {

	private final Map<String, Integer> sequences = new HashMap<>();

	/** Per lower-case base name: how many times it was given. */
	private final Map<String, Integer> given = new HashMap<>();

	/** The next hostname {@code prefix-NNN} ({@code digits} wide). */
	String hostname(String prefix, int digits) {
		int number = this.sequences.merge(prefix, 1, Integer::sum);
		return prefix + "-" + String.format(Locale.ROOT, "%0" + digits + "d", number);
	}

	/** {@code name} the first time, then {@code name 2}, {@code name 3}... */
	String unique(String name) {
		int times = this.given.merge(key(name), 1, Integer::sum);
		return (times == 1) ? name : name + " " + times;
	}

	boolean taken(String name) {
		return this.given.containsKey(key(name));
	}

	/** Names differing only in case are the same name to a person reading the list. */
	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

}
