package io.demoseeder.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import io.demoseeder.DemoSeederApplication;
import io.demoseeder.config.DataSourceConfiguration;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Parses the command line, starts the Spring context the command needs and turns every
 * outcome into an exit code and, on failure, one line on stderr.
 */
public final class SeederCli {

	private static final Map<CliCommand, Class<? extends SeederCommand>> COMMANDS = Map.of(CliCommand.RUN,
			RunCommand.class, CliCommand.STATUS, StatusCommand.class, CliCommand.BACKUP, BackupCommand.class,
			CliCommand.RESTORE, RestoreCommand.class, CliCommand.FINGERPRINT, FingerprintCommand.class,
			CliCommand.VALIDATE, ValidateCommand.class, CliCommand.SCHEDULE, ScheduleCommand.class);

	private final PrintStream out;

	private final PrintStream err;

	SeederCli(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public static int execute(String[] args) {
		return new SeederCli(System.out, System.err).run(args);
	}

	int run(String[] args) {
		try {
			if (args.length == 0 || Stream.of("--help", "-h", "help").anyMatch(args[0]::equals)) {
				Usage.printOverview(this.out);
				return (args.length == 0) ? ExitCodes.USAGE : ExitCodes.SUCCESS;
			}
			CommandLine commandLine = CommandLine.parse(withoutPassThrough(args));
			if (commandLine.has(CliOption.HELP)) {
				Usage.printCommand(this.out, commandLine.command());
				return ExitCodes.SUCCESS;
			}
			if (commandLine.command() == CliCommand.DOCS) {
				return new DocsCommand().execute(commandLine, this.out);
			}
			return runInContext(commandLine, passThrough(args));
		}
		catch (Throwable ex) {
			return FailureReport.report(ex, this.err);
		}
	}

	private int runInContext(CommandLine commandLine, String[] passThrough) throws Exception {
		if (commandLine.command() == CliCommand.RUN || commandLine.command() == CliCommand.SCHEDULE) {
			StartupWarmUp.start();
		}
		String[] arguments = Stream.concat(Arrays.stream(commandLine.springArguments()), Arrays.stream(passThrough))
			.toArray(String[]::new);
		boolean embeddedAllowed = commandLine.command() == CliCommand.RUN;
		Map<String, Object> cliProperties = new java.util.HashMap<>();
		cliProperties.put(DataSourceConfiguration.EMBEDDED_ALLOWED, embeddedAllowed);
		if (commandLine.command() == CliCommand.RUN || commandLine.command() == CliCommand.RESTORE) {
			cliProperties.put(DataSourceConfiguration.DROPS_TARGET, (embeddedAllowed) ? "reset" : "restore");
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DemoSeederApplication.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties(cliProperties)
			.run(arguments)) {
			return context.getBean(COMMANDS.get(commandLine.command())).execute(commandLine, this.out);
		}
	}

	/**
	 * {@code --seeder.some.property=value} sets any property directly, for what has no
	 * option.
	 */
	private static String[] passThrough(String[] args) {
		return Arrays.stream(args).filter(SeederCli::isPassThrough).toArray(String[]::new);
	}

	private static String[] withoutPassThrough(String[] args) {
		return Arrays.stream(args).filter((arg) -> !isPassThrough(arg)).toArray(String[]::new);
	}

	private static boolean isPassThrough(String arg) {
		return arg.startsWith("--seeder.") && arg.contains("=");
	}

}
