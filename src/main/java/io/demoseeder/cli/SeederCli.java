package io.demoseeder.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import io.demoseeder.operations.ExitCodes;
import io.demoseeder.operations.Outcomes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The command line, parsed by picocli into one {@code SeederCommand} per command. Every
 * outcome becomes an exit code and, on failure, one line on stderr ({@link UsageErrors},
 * {@link Outcomes}). {@code --seeder.<property>=<value>} arguments pass by the parser to
 * Spring as they are, for the settings that have no option.
 */
@Command(name = "java -jar target/demo-seeder.jar", scope = ScopeType.INHERIT, synopsisSubcommandLabel = "<command>",
		subcommands = { RunCommand.class, ScheduleCommand.class, StatusCommand.class, BackupCommand.class,
				RestoreCommand.class, ValidateCommand.class, FingerprintCommand.class, DocsCommand.class,
				HelpCommand.class },
		abbreviateSynopsis = true, descriptionHeading = "%n", optionListHeading = "%nOptions:%n",
		commandListHeading = "%nCommands:%n", footerHeading = "%n",
		footer = { "Any setting can also be given as --seeder.<property>=<value>",
				"(see job-configs/demo.yml for the names)." },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:success", "1:job failed, or the database could not be reached",
				"2:usage or configuration error", "3:validation failed",
				"4:refused (safety guard, or already running)" })
public final class SeederCli implements Callable<Integer>, CommandHost {

	final PrintStream out;

	private final PrintStream err;

	private final Class<?> application;

	List<String> passThrough = List.of();

	@Spec
	CommandSpec spec;

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help and exit")
	boolean help;

	/** {@code application}: the Spring Boot application the commands run in. */
	public SeederCli(Class<?> application, PrintStream out, PrintStream err) {
		this.application = application;
		this.out = out;
		this.err = err;
	}

	public static int execute(Class<?> application, String... args) {
		return new SeederCli(application, System.out, System.err).run(args);
	}

	/** A command line of its own, in this JVM (a scheduled refresh). */
	@Override
	public int run(String... args) {
		SeederCli cli = new SeederCli(this.application, this.out, this.err);
		cli.passThrough = Arrays.stream(args).filter(SeederCli::isPassThrough).toList();
		return new CommandLine(cli).setOut(new PrintWriter(this.out, true))
			.setErr(new PrintWriter(this.err, true))
			.setExpandAtFiles(false)
			.setOverwrittenOptionsAllowed(true)
			.setParameterExceptionHandler((ex, arguments) -> UsageErrors.report(ex, this.err))
			.setExecutionExceptionHandler((ex, commandLine, result) -> Outcomes.report(ex, this.err))
			.execute(Arrays.stream(args).filter((arg) -> !isPassThrough(arg)).toArray(String[]::new));
	}

	/** No command given: the overview, and exit 2. */
	@Override
	public Integer call() {
		this.spec.commandLine().usage(this.out);
		return ExitCodes.USAGE;
	}

	@Override
	public Class<?> application() {
		return this.application;
	}

	@Override
	public List<String> passThrough() {
		return this.passThrough;
	}

	@Override
	public PrintStream out() {
		return this.out;
	}

	private static boolean isPassThrough(String arg) {
		return arg.startsWith("--seeder.") && arg.contains("=");
	}

}
