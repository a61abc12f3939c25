package io.demoseeder.plan;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * The run's seed, as-of date and scale, and everything derived from them alone: ids,
 * random streams and timestamps. Every generated value comes from here, keyed by a
 * natural key, so a value does not depend on the order in which rows are generated or on
 * the clock. {@code kept} are the imports a run with {@code --keep-additions} seeds again
 * (none for the plain demo).
 */
public record SeedContext(long seed, LocalDate asOf, int scale, List<KeptImport> kept) {

	public SeedContext {
		kept = List.copyOf(kept);
	}

	/** The plain demo of a seed, as-of date and scale. */
	public SeedContext(long seed, LocalDate asOf, int scale) {
		this(seed, asOf, scale, List.of());
	}

	/** The same run with {@code kept} seeded again. */
	public SeedContext keeping(List<KeptImport> kept) {
		return new SeedContext(this.seed, this.asOf, this.scale, kept);
	}

	/** Name-based (v3) UUID of an entity of {@code kind} with the given natural key. */
	public UUID id(String kind, Object... naturalKey) {
		return UUID.nameUUIDFromBytes(key(kind, naturalKey).getBytes(StandardCharsets.UTF_8));
	}

	/** A random stream of its own for one natural key: same seed and key, same values. */
	public Random random(String kind, Object... naturalKey) {
		return new Random(hash(key(kind, naturalKey)));
	}

	/**
	 * A moment {@code daysAgo} days before the as-of date, at the given UTC time of day.
	 */
	public OffsetDateTime daysAgo(int daysAgo, int hour, int minute) {
		return this.asOf.minusDays(daysAgo).atTime(hour, minute).atOffset(ZoneOffset.UTC);
	}

	/** Midnight UTC that starts the as-of date: "now" for everything generated. */
	public OffsetDateTime asOfStart() {
		return daysAgo(0, 0, 0);
	}

	public static SeedContext of(JobParameters parameters) {
		SeedParameters seed = SeedParameters.of(parameters);
		return new SeedContext(seed.seed(), seed.asOf(), seed.scale(),
				KeptImport.fromParameter(parameters.getString(KeptImport.PARAMETER)));
	}

	/**
	 * From the job scope's {@code #{jobParameters}} map (see {@code StepsConfiguration}).
	 */
	public static SeedContext of(Map<String, Object> jobParameters) {
		return new SeedContext(((Number) jobParameters.get(SeedParameters.SEED)).longValue(),
				(LocalDate) jobParameters.get(SeedParameters.AS_OF),
				((Number) jobParameters.get(SeedParameters.SCALE)).intValue(),
				KeptImport.fromParameter((String) jobParameters.get(KeptImport.PARAMETER)));
	}

	/**
	 * "demo-seeder/seed/kind/key...": built for every id and random stream, so no stream.
	 */
	private String key(String kind, Object... naturalKey) {
		StringBuilder key = new StringBuilder(64).append("demo-seeder/").append(this.seed).append('/').append(kind);
		for (Object part : naturalKey) {
			key.append('/').append(part);
		}
		return key.toString();
	}

	private static long hash(String key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.wrap(digest).getLong();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is always available", ex);
		}
	}

}
