package io.demoseeder.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import io.demoseeder.database.DatabaseLocation;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import org.springframework.scheduling.support.CronExpression;

/**
 * The option types: each says what is wrong with a value and what is expected;
 * {@link FailureReport#usage} puts the option's name in front.
 */
final class Converters {

	private Converters() {
	}

	static final class Date implements ITypeConverter<LocalDate> {

		@Override
		public LocalDate convert(String value) {
			try {
				return LocalDate.parse(value);
			}
			catch (DateTimeParseException ex) {
				throw new TypeConversionException(value + " is not a date; expected YYYY-MM-DD");
			}
		}

	}

	static final class Seed implements ITypeConverter<Long> {

		@Override
		public Long convert(String value) {
			return number(value, Long.MIN_VALUE, Long.MAX_VALUE, "a 64-bit whole number, e.g. 42");
		}

	}

	static final class Scale implements ITypeConverter<Long> {

		@Override
		public Long convert(String value) {
			return number(value, 1, 10_000, "1 to 10000");
		}

	}

	static final class Count implements ITypeConverter<Long> {

		@Override
		public Long convert(String value) {
			return number(value, 1, Integer.MAX_VALUE, "1 or more");
		}

	}

	private static long number(String value, long min, long max, String expected) {
		try {
			long number = Long.parseLong(value);
			if (number >= min && number <= max) {
				return number;
			}
			throw new TypeConversionException(value + " is out of range; expected " + expected);
		}
		catch (NumberFormatException ex) {
			throw new TypeConversionException(value + " is not a whole number; expected " + expected);
		}
	}

	/** {@code STEP[:ITEMS]}: a step (or partition) name, then a number of items. */
	static final class FailAt implements ITypeConverter<String> {

		@Override
		public String convert(String value) {
			if (!value.matches("[A-Za-z]([\\w.:-]*[\\w.-])?")) {
				throw new TypeConversionException(value + " is not STEP[:ITEMS]; expected a step name, "
						+ "optionally ':' and the number of items written before it fails, e.g. rawImportRecords:300");
			}
			return value;
		}

	}

	static final class ConfigFile implements ITypeConverter<Path> {

		@Override
		public Path convert(String value) {
			if (!Files.isRegularFile(Path.of(value))) {
				throw new TypeConversionException("config file not found: " + value + "; expected a YAML file");
			}
			return Path.of(value);
		}

	}

	static final class BackupFile implements ITypeConverter<Path> {

		@Override
		public Path convert(String value) {
			Path file = Path.of(value);
			if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
				throw new TypeConversionException("backup file not found or not readable: " + value
						+ "; expected a data file (.dump or .zip) of a backup");
			}
			return file;
		}

	}

	/** Checked here, so that a wrong URL is a usage error; its password is masked. */
	static final class JdbcUrl implements ITypeConverter<String> {

		@Override
		public String convert(String value) {
			try {
				if (!value.isBlank()) {
					DatabaseLocation.parse(value, null, null);
				}
				return value;
			}
			catch (RuntimeException ex) {
				throw new TypeConversionException(DatabaseLocation.mask(value)
						+ " is not a PostgreSQL JDBC URL of one host; expected jdbc:postgresql://HOST[:PORT]/DATABASE");
			}
		}

	}

	static final class Cron implements ITypeConverter<String> {

		@Override
		public String convert(String value) {
			if (!CronExpression.isValidExpression(value.trim())) {
				throw new TypeConversionException("'" + value + "' is not a cron expression (seeder.schedule.cron); "
						+ "expected six fields: second minute hour day month weekday, e.g. \"0 0 2 * * *\"");
			}
			return value;
		}

	}

}
