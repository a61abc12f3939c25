package io.demoseeder.cli;

import java.io.PrintStream;

import javax.sql.DataSource;

import io.demoseeder.fingerprint.DatabaseFingerprint;

import org.springframework.stereotype.Component;

/** {@code fingerprint}: table, row count and sha256 of the rows, one line per table. */
@Component
class FingerprintCommand implements SeederCommand {

	private final DataSource targetDataSource;

	FingerprintCommand(DataSource targetDataSource) {
		this.targetDataSource = targetDataSource;
	}

	@Override
	public int execute(CommandLine commandLine, PrintStream out) {
		DatabaseFingerprint.of(this.targetDataSource).forEach(out::println);
		return ExitCodes.SUCCESS;
	}

}
