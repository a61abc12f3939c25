package io.demoseeder.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import io.demoseeder.backup.RestoreResult;
import io.demoseeder.backup.RestoreService;
import io.demoseeder.database.DatabaseAdmin;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.operations.RunLock;
import io.demoseeder.operations.RunLocks;
import io.demoseeder.reset.SafetyGuard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.springframework.context.ApplicationContext;

/**
 * {@code restore --from FILE}: guarded like a reset. The backup is loaded into a scratch
 * database first and swapped in only when complete, so a bad file never costs the current
 * data.
 */
@Command(name = "restore", description = "Drop the target database and restore a backup into it (guarded like a reset)")
@SeederCommand.Target(drops = "restore")
class RestoreCommand extends SeederCommand {

	@Option(names = "--from", paramLabel = "FILE", required = true, converter = Converters.BackupFile.class,
			description = "Backup data file (.dump or .zip) to restore")
	Path from;

	@Property("seeder.reset.force-unmarked")
	@Option(names = "--force-unmarked",
			description = "Allow dropping a database with tables that demo-seeder did not create")
	boolean forceUnmarked;

	@Override
	int execute(ApplicationContext context, PrintStream out) throws Exception {
		DatabaseLocation target = context.getBean(DatabaseLocation.class);
		context.getBean(SafetyGuard.class).check(target, "restore");
		try (RunLock lock = context.getBean(RunLocks.class).acquire("restore")) {
			DatabaseAdmin admin = new DatabaseAdmin(target);
			DatabaseLocation scratch = target.withDatabase(target.database() + "_restoring");
			admin.drop(scratch.database());
			admin.create(scratch.database());
			RestoreResult result;
			try {
				result = context.getBean(RestoreService.class).restore(this.from, scratch);
			}
			catch (RuntimeException ex) {
				admin.drop(scratch.database());
				throw ex;
			}
			admin.drop(target.database());
			admin.rename(scratch.database(), target.database());
			admin.mark(target.database());
			out.printf("Restored %d rows in %d tables into %s from %s%n", result.totalRows(), result.rowCounts().size(),
					target.database(), this.from);
			return ExitCodes.SUCCESS;
		}
	}

}
