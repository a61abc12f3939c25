package io.demoseeder.cli;

import java.io.PrintStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.reflect.AnnotatedElement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import io.demoseeder.database.LaunchTarget;
import io.demoseeder.operations.CommandContext;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A command: the options every command takes, and its run in the Spring context its
 * {@link Target} declares (none without one). An option marked {@link Property} is handed
 * to Spring as that property, as typed, so it overrides the config file exactly as Boot
 * orders sources.
 */
abstract class SeederCommand implements Callable<Integer> {

	@ParentCommand
	CommandHost cli;

	@Spec
	CommandSpec spec;

	@Option(names = "--help", usageHelp = true, description = "Show this help and exit")
	boolean help;

	@Property("seeder.db.url")
	@Option(names = "--db-url", paramLabel = "URL", converter = Converters.JdbcUrl.class,
			description = "Target JDBC URL (env SEEDER_DB_URL); none: an embedded PostgreSQL (run only)")
	String dbUrl;

	@Option(names = "--config", paramLabel = "FILE", converter = Converters.ConfigFile.class,
			description = "YAML job config, e.g. job-configs/demo.yml")
	Path config;

	@Property("seeder.db.user")
	@Option(names = "--db-user", paramLabel = "USER", description = "Database user (env SEEDER_DB_USER)")
	String dbUser;

	@Property("seeder.db.password")
	@Option(names = "--db-password", paramLabel = "PASSWORD",
			description = "Database password (env SEEDER_DB_PASSWORD)")
	String dbPassword;

	@Override
	public Integer call() throws Exception {
		boolean inContext = getClass().isAnnotationPresent(Target.class);
		return inContext ? inContext(springArguments()) : execute(null, this.cli.out());
	}

	/**
	 * Starts the Spring context this command's {@link Target} declares, runs it there.
	 */
	private int inContext(List<String> options) throws Exception {
		Target target = getClass().getAnnotation(Target.class);
		LaunchTarget launch = new LaunchTarget(target.embeddedServer(),
				target.drops().isEmpty() ? null : target.drops());
		List<String> arguments = Stream.concat(options.stream(), this.cli.passThrough().stream()).toList();
		try (ConfigurableApplicationContext context = CommandContext.start(this.cli.application(), launch,
				target.warmUp(), arguments)) {
			return execute(context, this.cli.out());
		}
	}

	/** {@code context}: null for a command without {@link Target}, which needs none. */
	abstract int execute(ApplicationContext context, PrintStream out) throws Exception;

	/**
	 * The options as Spring Boot arguments: properties, and the config file as a
	 * location.
	 */
	List<String> springArguments() {
		List<String> arguments = new ArrayList<>();
		if (this.config != null) {
			arguments.add("--spring.config.additional-location=file:" + this.config.toAbsolutePath());
		}
		for (OptionSpec option : this.spec.commandLine().getParseResult().matchedOptions()) {
			Property property = ((AnnotatedElement) option.userObject()).getAnnotation(Property.class);
			if (property != null) {
				arguments.add("--" + property.value() + "=" + given(option));
			}
		}
		return arguments;
	}

	/** The value as the operator typed it; {@code true} for a flag. */
	static String given(OptionSpec option) {
		List<String> values = option.originalStringValues();
		return (option.arity().max() == 0) ? "true" : values.get(values.size() - 1);
	}

	/** The {@code seeder.*} property an option sets. */
	@Retention(RetentionPolicy.RUNTIME)
	@java.lang.annotation.Target(ElementType.FIELD)
	@interface Property {

		String value();

	}

	/**
	 * What a command does with the target database, which decides how its context starts.
	 */
	@Retention(RetentionPolicy.RUNTIME)
	@java.lang.annotation.Target(ElementType.TYPE)
	@interface Target {

		/** Without a database URL, an embedded PostgreSQL may serve as the target. */
		boolean embeddedServer() default false;

		/**
		 * What dropping the target is for ("reset", "restore"), if the command drops it:
		 * the safety guard checks it before anything is created on the server.
		 */
		String drops() default "";

		/** The command seeds: the libraries it needs load while Spring starts. */
		boolean warmUp() default false;

	}

}
