package io.demoseeder.cli;

import java.io.PrintStream;

import javax.sql.DataSource;

import io.demoseeder.fingerprint.DatabaseFingerprint;
import io.demoseeder.operations.CommandContext;
import io.demoseeder.operations.ExitCodes;
import picocli.CommandLine.Command;

import org.springframework.context.ApplicationContext;

/** {@code fingerprint}: table, row count and sha256 of the rows, one line per table. */
@Command(name = "fingerprint",
		description = "Print each table's row count and a sha256 over its rows in primary-key order")
@CommandContext.Target
class FingerprintCommand extends SeederCommand {

	@Override
	int execute(ApplicationContext context, PrintStream out) {
		DatabaseFingerprint.of(context.getBean(DataSource.class)).forEach(out::println);
		return ExitCodes.SUCCESS;
	}

}
