package io.demoseeder.inputs.generate;

import java.util.Locale;
import java.util.Random;

import net.datafaker.Faker;

/**
 * Datafaker parses its locale's YAML files (the names alone are a large file) on first
 * use, which costs about as long as the rest of the demo's input files. Datafaker caches
 * the parsed files for every {@link Faker}, and nothing random is drawn from the
 * generator's streams here, so the generated values are unchanged.
 */
public final class FakerWarmUp {

	private FakerWarmUp() {
	}

	/** Parses the files the generator reads. */
	public static void load() {
		Faker faker = new Faker(Locale.US, new Random(0));
		faker.name().firstName();
		faker.name().lastName();
		faker.app().name();
	}

}
