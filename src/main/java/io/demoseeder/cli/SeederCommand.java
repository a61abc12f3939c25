package io.demoseeder.cli;

import java.io.PrintStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.AnnotatedElement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

import io.demoseeder.config.InvalidConfigurationException;
import io.demoseeder.config.SettingRules;
import io.demoseeder.database.Activity;
import io.demoseeder.operations.CommandContext;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A command: the options every command takes, and its run in the Spring context its
 * {@link CommandContext.Target} declares (none without one). An option marked
 * {@link Property} is handed to Spring as that property, as typed, so it overrides the
 * config file exactly as Boot orders sources.
 */
abstract class SeederCommand implements Callable<Integer> {

	/** The rule of each option that takes a value with a form of its own. */
	private static final Map<String, Function<String, ?>> RULES = Map.of("--as-of", SettingRules::date, "--seed",
			SettingRules::seed, "--scale", SettingRules::scale, "--limit", SettingRules::count, "--fail-at",
			SettingRules::failAt, "--config", SettingRules::configFile, "--from", SettingRules::backupFile, "--db-url",
			SettingRules::jdbcUrl, "--cron", SettingRules::cron);

	@ParentCommand
	CommandHost cli;

	@Spec
	CommandSpec spec;

	@Option(names = "--help", usageHelp = true, description = "Show this help and exit")
	boolean help;

	@Property("seeder.db.url")
	@Option(names = "--db-url", paramLabel = "URL",
			description = "Target JDBC URL (env SEEDER_DB_URL); none: an embedded PostgreSQL (run only)")
	String dbUrl;

	@Option(names = "--config", paramLabel = "FILE", description = "YAML job config, e.g. job-configs/demo.yml")
	String config;

	@Property("seeder.db.user")
	@Option(names = "--db-user", paramLabel = "USER", description = "Database user (env SEEDER_DB_USER)")
	String dbUser;

	@Property("seeder.db.password")
	@Option(names = "--db-password", paramLabel = "PASSWORD",
			description = "Database password (env SEEDER_DB_PASSWORD)")
	String dbPassword;

	@Override
	public Integer call() throws Exception {
		checkValues();
		Activity.command(this.spec.name());
		CommandContext.Target target = getClass().getAnnotation(CommandContext.Target.class);
		if (target == null) {
			return execute(null, this.cli.out());
		}
		try (ConfigurableApplicationContext context = CommandContext.start(this.cli.application(), target,
				springArguments())) {
			Activity.doing(null);
			return execute(context, this.cli.out());
		}
	}

	/** {@code context}: null for a command without {@link CommandContext.Target}. */
	abstract int execute(ApplicationContext context, PrintStream out) throws Exception;

	/**
	 * The options as Spring Boot arguments: properties, and the config file as a
	 * location; then the pass-through.
	 */
	List<String> springArguments() {
		List<String> arguments = new ArrayList<>();
		if (this.config != null) {
			arguments.add("--spring.config.additional-location=file:" + Path.of(this.config).toAbsolutePath());
		}
		for (OptionSpec option : this.spec.commandLine().getParseResult().matchedOptions()) {
			Property property = ((AnnotatedElement) option.userObject()).getAnnotation(Property.class);
			if (property != null) {
				arguments.add("--" + property.value() + "=" + given(option));
			}
		}
		arguments.addAll(this.cli.passThrough());
		return arguments;
	}

	/**
	 * Every value given to an option with a rule satisfies it, or the command line is
	 * wrong (exit 2): the rules are the settings' own, so an option says what a config
	 * file would.
	 */
	private void checkValues() {
		for (OptionSpec option : this.spec.commandLine().getParseResult().matchedOptions()) {
			Function<String, ?> rule = RULES.get(option.longestName());
			try {
				if (rule != null) {
					rule.apply(given(option));
				}
			}
			catch (InvalidConfigurationException ex) {
				throw new ParameterException(this.spec.commandLine(), option.longestName() + ": " + ex.getMessage());
			}
		}
	}

	/** The value as the operator typed it; {@code true} for a flag. */
	static String given(OptionSpec option) {
		List<String> values = option.originalStringValues();
		return (option.arity().max() == 0) ? "true" : values.get(values.size() - 1);
	}

	/** The {@code seeder.*} property an option sets. */
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.FIELD)
	@interface Property {

		String value();

	}

}
