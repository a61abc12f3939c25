package io.demoseeder.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Function;

import io.demoseeder.config.InvalidConfigurationException;
import io.demoseeder.config.SettingRules;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The option types, each a rule of {@link SettingRules}; a value it rejects is a usage
 * error, and {@link UsageErrors} puts the option's name in front of its message.
 */
final class Converters {

	private Converters() {
	}

	abstract static class Rule<T> implements ITypeConverter<T> {

		private final Function<String, T> rule;

		Rule(Function<String, T> rule) {
			this.rule = rule;
		}

		@Override
		public T convert(String value) {
			try {
				return this.rule.apply(value);
			}
			catch (InvalidConfigurationException ex) {
				throw new TypeConversionException(ex.getMessage());
			}
		}

	}

	static final class Date extends Rule<LocalDate> {

		Date() {
			super(SettingRules::date);
		}

	}

	static final class Seed extends Rule<Long> {

		Seed() {
			super(SettingRules::seed);
		}

	}

	static final class Scale extends Rule<Long> {

		Scale() {
			super(SettingRules::scale);
		}

	}

	static final class Count extends Rule<Long> {

		Count() {
			super(SettingRules::count);
		}

	}

	static final class FailAt extends Rule<String> {

		FailAt() {
			super(SettingRules::failAt);
		}

	}

	static final class ConfigFile extends Rule<Path> {

		ConfigFile() {
			super(SettingRules::configFile);
		}

	}

	static final class BackupFile extends Rule<Path> {

		BackupFile() {
			super(SettingRules::backupFile);
		}

	}

	static final class JdbcUrl extends Rule<String> {

		JdbcUrl() {
			super(SettingRules::jdbcUrl);
		}

	}

	static final class Cron extends Rule<String> {

		Cron() {
			super(SettingRules::cron);
		}

	}

}
