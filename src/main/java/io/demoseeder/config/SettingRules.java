package io.demoseeder.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import io.demoseeder.database.DatabaseLocation;

import org.springframework.scheduling.support.CronExpression;

/**
 * What a valid value of a setting is: each rule returns the value, or throws an
 * {@link InvalidConfigurationException} saying what is wrong with it and what is expected
 * (the CLI puts the option's name in front).
 */
public final class SettingRules {

	private SettingRules() {
	}

	public static LocalDate date(String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new InvalidConfigurationException(value + " is not a date; expected YYYY-MM-DD");
		}
	}

	public static long seed(String value) {
		return number(value, Long.MIN_VALUE, Long.MAX_VALUE, "a 64-bit whole number, e.g. 42");
	}

	public static long scale(String value) {
		return number(value, 1, SeederProperties.MAX_SCALE, "1 to " + SeederProperties.MAX_SCALE);
	}

	public static long count(String value) {
		return number(value, 1, Integer.MAX_VALUE, "1 or more");
	}

	private static long number(String value, long min, long max, String expected) {
		long number;
		try {
			number = Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new InvalidConfigurationException(value + " is not a whole number; expected " + expected);
		}
		if (number < min || number > max) {
			throw new InvalidConfigurationException(value + " is out of range; expected " + expected);
		}
		return number;
	}

	/** {@code STEP[:ITEMS]}: a step (or partition) name, then a number of items. */
	public static String failAt(String value) {
		if (!value.matches("[A-Za-z]([\\w.:-]*[\\w.-])?")) {
			throw new InvalidConfigurationException(value + " is not STEP[:ITEMS]; expected a step name, "
					+ "optionally ':' and the number of items written before it fails, e.g. rawImportRecords:300");
		}
		return value;
	}

	public static Path configFile(String value) {
		if (!Files.isRegularFile(Path.of(value))) {
			throw new InvalidConfigurationException("config file not found: " + value + "; expected a YAML file");
		}
		return Path.of(value);
	}

	public static Path backupFile(String value) {
		Path file = Path.of(value);
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new InvalidConfigurationException("backup file not found or not readable: " + value
					+ "; expected a data file (.dump or .zip) of a backup");
		}
		return file;
	}

	/** Blank is allowed (no URL: the default); the message masks the password. */
	public static String jdbcUrl(String value) {
		try {
			if (!value.isBlank()) {
				DatabaseLocation.parse(value, null, null);
			}
			return value;
		}
		catch (RuntimeException ex) {
			throw new InvalidConfigurationException(DatabaseLocation.mask(value)
					+ " is not a PostgreSQL JDBC URL of one host; expected jdbc:postgresql://HOST[:PORT]/DATABASE");
		}
	}

	public static String cron(String value) {
		if (!CronExpression.isValidExpression(value.trim())) {
			throw new InvalidConfigurationException("'" + value + "' is not a cron expression (seeder.schedule.cron); "
					+ "expected six fields: second minute hour day month weekday, e.g. \"0 0 2 * * *\"");
		}
		return value;
	}

}
