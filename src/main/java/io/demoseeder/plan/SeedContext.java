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

	/** A digest per thread: {@code digest} resets it, and a thread uses it alone. */
	private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(() -> digest("MD5"));

	private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> digest("SHA-256"));

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
		return nameUuid(key(kind, naturalKey).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * {@link UUID#nameUUIDFromBytes}, on this thread's MD5: that method looks the digest
	 * up in the security providers at every call, which was an eighth of the assets
	 * step's CPU (a few ids per row).
	 */
	static UUID nameUuid(byte[] name) {
		byte[] md5 = MD5.get().digest(name);
		md5[6] = (byte) ((md5[6] & 0x0f) | 0x30); // version 3
		md5[8] = (byte) ((md5[8] & 0x3f) | 0x80); // IETF variant
		ByteBuffer bytes = ByteBuffer.wrap(md5);
		return new UUID(bytes.getLong(), bytes.getLong());
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
		return ByteBuffer.wrap(SHA_256.get().digest(key.getBytes(StandardCharsets.UTF_8))).getLong();
	}

	private static MessageDigest digest(String algorithm) {
		try {
			return MessageDigest.getInstance(algorithm);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(algorithm + " is always available", ex);
		}
	}

}
