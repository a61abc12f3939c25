package io.demoseeder.copy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collection;
import java.util.UUID;

/**
 * Rows in PostgreSQL's CSV COPY format, UTF-8. Every value but NULL is quoted, so an
 * unquoted empty field is NULL and {@code ""} the empty string; inside quotes only the
 * quote itself is special (doubled), while commas, newlines and backslashes are plain
 * characters. Arrays become array literals (elements quoted, {@code "} and {@code \}
 * backslash-escaped), then quoted for CSV like any other value.
 */
final class CsvRows {

	/** Microseconds, like timestamptz; UTC, the same instant. */
	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'+00'");

	private final Utf8Buffer out = new Utf8Buffer(64 * 1024);

	/** Appends one row: the values in the table's column order. */
	void add(Object[] values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				this.out.ascii(',');
			}
			String text = text(values[i]);
			if (text != null) {
				this.out.ascii('"');
				this.out.quotedUtf8(text);
				this.out.ascii('"');
			}
		}
		this.out.ascii('\n');
	}

	byte[] toBytes() {
		return this.out.toBytes();
	}

	/** The value as PostgreSQL's text input reads it; null for NULL. */
	static String text(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof String string) {
			return string;
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Number || value instanceof UUID || value instanceof Boolean) {
			return value.toString();
		}
		if (value instanceof OffsetDateTime time) {
			return timestamp(time.toInstant());
		}
		if (value instanceof ZonedDateTime time) {
			return timestamp(time.toInstant());
		}
		if (value instanceof Instant instant) {
			return timestamp(instant);
		}
		if (value instanceof TemporalAccessor local) {
			// LocalDate, LocalDateTime, LocalTime: ISO, which PostgreSQL reads
			return local.toString();
		}
		if (value instanceof Collection<?> elements) {
			return arrayLiteral(elements);
		}
		if (value instanceof Object[] elements) {
			return arrayLiteral(Arrays.asList(elements));
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		throw new IllegalArgumentException("no COPY text for a " + value.getClass().getName());
	}

	/** Rounded half up to microseconds, as the JDBC driver does. */
	private static String timestamp(Instant instant) {
		return TIMESTAMP.format(instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
	}

	private static String arrayLiteral(Collection<?> elements) {
		StringBuilder literal = new StringBuilder("{");
		for (Object element : elements) {
			if (literal.length() > 1) {
				literal.append(',');
			}
			String text = text(element);
			if (text == null) {
				literal.append("NULL");
			}
			else {
				literal.append('"').append(text.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
			}
		}
		return literal.append('}').toString();
	}

}
