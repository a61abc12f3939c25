package io.demoseeder.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import io.demoseeder.backup.RestoreResult;
import io.demoseeder.backup.RestoreService;
import io.demoseeder.database.DatabaseAdmin;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.operations.RunLock;
import io.demoseeder.operations.RunLocks;
import io.demoseeder.reset.SafetyGuard;

import org.springframework.stereotype.Component;

/**
 * {@code restore --from FILE}: guarded like a reset. The backup is loaded into a scratch
 * database first and swapped in only when complete, so a bad file never costs the current
 * data.
 */
@Component
class RestoreCommand implements SeederCommand {

	private final RestoreService restoreService;

	private final SafetyGuard safetyGuard;

	private final DatabaseLocation targetLocation;

	private final RunLocks runLocks;

	RestoreCommand(RestoreService restoreService, SafetyGuard safetyGuard, DatabaseLocation targetLocation,
			RunLocks runLocks) {
		this.runLocks = runLocks;
		this.restoreService = restoreService;
		this.safetyGuard = safetyGuard;
		this.targetLocation = targetLocation;
	}

	@Override
	public int execute(CommandLine commandLine, PrintStream out) throws SQLException {
		if (!commandLine.has(CliOption.FROM)) {
			throw new UsageException("restore needs --from FILE");
		}
		Path from = Path.of(commandLine.value(CliOption.FROM));
		if (!Files.isReadable(from) || !Files.isRegularFile(from)) {
			throw new UsageException("backup file not found or not readable: " + from);
		}
		this.safetyGuard.check(this.targetLocation, "restore");
		try (RunLock lock = this.runLocks.acquire("restore")) {
			return restore(from, out);
		}
	}

	private int restore(Path from, PrintStream out) {
		DatabaseAdmin admin = new DatabaseAdmin(this.targetLocation);
		DatabaseLocation scratch = this.targetLocation.withDatabase(this.targetLocation.database() + "_restoring");
		admin.drop(scratch.database());
		admin.create(scratch.database());
		RestoreResult result;
		try {
			result = this.restoreService.restore(from, scratch);
		}
		catch (RuntimeException ex) {
			admin.drop(scratch.database());
			throw ex;
		}
		admin.drop(this.targetLocation.database());
		admin.rename(scratch.database(), this.targetLocation.database());
		admin.mark(this.targetLocation.database());
		out.printf("Restored %d rows in %d tables into %s from %s%n", result.totalRows(), result.rowCounts().size(),
				this.targetLocation.database(), from);
		return ExitCodes.SUCCESS;
	}

}
