package io.demoseeder.text;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The one format a person reads a time in, in every report and log section:
 * {@code 2026-12-07 14:52:17 UTC}. Seconds are enough to tell events apart; a zone
 * written out leaves nothing to guess.
 */
public final class Times {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'",
			Locale.ROOT);

	/**
	 * A timestamp as JSON or PostgreSQL write it:
	 * {@code 2026-12-07T14:52:17.560462+00:00} or {@code 2026-12-07 14:52:17.56+00}.
	 */
	private static final DateTimeFormatter STORED = new DateTimeFormatterBuilder()
		.append(DateTimeFormatter.ISO_LOCAL_DATE)
		.optionalStart()
		.appendLiteral('T')
		.optionalEnd()
		.optionalStart()
		.appendLiteral(' ')
		.optionalEnd()
		.append(DateTimeFormatter.ISO_LOCAL_TIME)
		.appendPattern("[XXX][X]")
		.toFormatter(Locale.ROOT);

	private Times() {
	}

	public static String of(OffsetDateTime time) {
		return FORMAT.format(time.withOffsetSameInstant(ZoneOffset.UTC));
	}

	public static String of(Instant time) {
		return FORMAT.format(time.atOffset(ZoneOffset.UTC));
	}

	/**
	 * A stored timestamp's text in the one format; other text as it is (a date, or no
	 * timestamp at all, says itself).
	 */
	public static String ofText(String text) {
		if (text == null) {
			return null;
		}
		try {
			return of(OffsetDateTime.parse(text.trim(), STORED));
		}
		catch (DateTimeParseException ex) {
			return text;
		}
	}

}
