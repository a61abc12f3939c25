package io.demoseeder.copy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One column's value in PostgreSQL's binary format (the type's {@code _recv} input). Only
 * the types the seeded tables use; a table with any other type is written as CSV.
 */
enum ColumnEncoder {

	UUID_VALUE {
		@Override
		void write(Object value, RowBuffer out) {
			UUID uuid = (value instanceof UUID id) ? id : UUID.fromString(value.toString());
			out.writeLong(uuid.getMostSignificantBits());
			out.writeLong(uuid.getLeastSignificantBits());
		}
	},
	INT2 {
		@Override
		void write(Object value, RowBuffer out) {
			out.writeShort(Math.toIntExact(number(value).longValueExact()));
		}
	},
	INT4 {
		@Override
		void write(Object value, RowBuffer out) {
			out.writeInt(number(value).intValueExact());
		}
	},
	INT8 {
		@Override
		void write(Object value, RowBuffer out) {
			out.writeLong(number(value).longValueExact());
		}
	},
	BOOL {
		@Override
		void write(Object value, RowBuffer out) {
			out.writeByte(((Boolean) value) ? 1 : 0);
		}
	},
	/** text, varchar and enum labels: UTF-8, as text COPY would read them. */
	TEXT {
		@Override
		void write(Object value, RowBuffer out) {
			out.write(utf8(value));
		}
	},
	/** jsonb's format version 1, then the document's text. */
	JSONB {
		@Override
		void write(Object value, RowBuffer out) {
			out.writeByte(1);
			out.write(utf8(value));
		}
	},
	/** Microseconds since 2000-01-01 UTC, rounded half up like the JDBC driver does. */
	TIMESTAMPTZ {
		@Override
		void write(Object value, RowBuffer out) {
			Instant micros = instant(value).plusNanos(500).truncatedTo(ChronoUnit.MICROS);
			out.writeLong((micros.getEpochSecond() - POSTGRES_EPOCH_SECOND) * 1_000_000L + micros.getNano() / 1000);
		}
	},
	DATE {
		@Override
		void write(Object value, RowBuffer out) {
			out.writeInt(Math.toIntExact(ChronoUnit.DAYS.between(POSTGRES_EPOCH_DATE, (LocalDate) value)));
		}
	},
	/** IEEE 754 double, big-endian, as {@code float8recv} reads it. */
	FLOAT8 {
		@Override
		void write(Object value, RowBuffer out) {
			out.writeDouble(((Number) value).doubleValue());
		}
	},
	NUMERIC {
		@Override
		void write(Object value, RowBuffer out) {
			BinaryNumeric.write(number(value), out);
		}
	},
	INET {
		@Override
		void write(Object value, RowBuffer out) {
			BinaryInet.write(value.toString(), out);
		}
	};

	private static final long POSTGRES_EPOCH_SECOND = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();

	private static final LocalDate POSTGRES_EPOCH_DATE = LocalDate.of(2000, 1, 1);

	abstract void write(Object value, RowBuffer out);

	/**
	 * The encoder of a column of type {@code typeName} ({@code pg_type.typname}) of kind
	 * {@code typeType} ({@code pg_type.typtype}: e for an enum), or null when there is
	 * none.
	 */
	static ColumnEncoder forType(String typeName, String typeType) {
		if ("e".equals(typeType)) {
			return TEXT;
		}
		return switch (typeName) {
			case "uuid" -> UUID_VALUE;
			case "int2" -> INT2;
			case "int4" -> INT4;
			case "int8" -> INT8;
			case "bool" -> BOOL;
			// json's binary input is its text (a schema source's json where ours is
			// jsonb)
			case "text", "varchar", "json" -> TEXT;
			case "jsonb" -> JSONB;
			case "timestamptz" -> TIMESTAMPTZ;
			case "date" -> DATE;
			case "numeric" -> NUMERIC;
			case "float8" -> FLOAT8;
			case "inet" -> INET;
			default -> null;
		};
	}

	private static BigDecimal number(Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal;
		}
		if (value instanceof Integer || value instanceof Long || value instanceof Short) {
			return BigDecimal.valueOf(((Number) value).longValue());
		}
		return new BigDecimal(value.toString()); // Double, Float, text: as text COPY
													// reads them
	}

	/** UTF-8 text as the text types and json receive it. */
	private static byte[] utf8(Object value) {
		return CsvRows.text(value).getBytes(StandardCharsets.UTF_8);
	}

	private static Instant instant(Object value) {
		if (value instanceof OffsetDateTime time) {
			return time.toInstant();
		}
		if (value instanceof ZonedDateTime time) {
			return time.toInstant();
		}
		if (value instanceof Instant time) {
			return time;
		}
		throw new IllegalArgumentException("no timestamptz for a " + value.getClass().getName());
	}

}
