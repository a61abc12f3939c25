package io.demoseeder.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed command line: the command and the options given, validated against it. */
record CommandLine(CliCommand command, Map<String, String> values) {

	static CommandLine parse(String[] args) {
		if (args.length == 0) {
			throw new UsageException("no command given");
		}
		CliCommand command = CliCommand.named(args[0])
			.orElseThrow(() -> new UsageException("unknown command '" + args[0] + "'"));
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if (!arg.startsWith("--")) {
				throw new UsageException("unexpected argument '" + arg + "' for " + command.commandName());
			}
			int equals = arg.indexOf('=');
			String name = arg.substring(2, (equals > 0) ? equals : arg.length());
			CliOption option = command.option(name)
				.orElseThrow(() -> new UsageException("unknown option --" + name + " for " + command.commandName()));
			if (!option.takesValue()) {
				values.put(name, "true");
			}
			else if (equals > 0) {
				values.put(name, arg.substring(equals + 1));
			}
			else if (i + 1 < args.length) {
				values.put(name, args[++i]);
			}
			else {
				throw new UsageException("option --" + name + " needs a value " + option.valueName());
			}
		}
		return new CommandLine(command, Map.copyOf(values));
	}

	boolean has(CliOption option) {
		return this.values.containsKey(option.name());
	}

	String value(CliOption option) {
		return this.values.get(option.name());
	}

	/**
	 * The options as Spring Boot arguments: properties, and the config file as a
	 * location.
	 */
	String[] springArguments() {
		List<String> arguments = new ArrayList<>();
		if (has(CliOption.CONFIG)) {
			Path config = Path.of(value(CliOption.CONFIG));
			if (!Files.isRegularFile(config)) {
				throw new UsageException("config file not found: " + config);
			}
			arguments.add("--spring.config.additional-location=file:" + config.toAbsolutePath());
		}
		for (CliOption option : this.command.options()) {
			if (option.property() != null && has(option)) {
				arguments.add("--" + option.property() + "=" + value(option));
			}
		}
		return arguments.toArray(String[]::new);
	}

}
