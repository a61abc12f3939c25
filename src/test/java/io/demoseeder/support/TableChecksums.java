package io.demoseeder.support;

import java.util.Arrays;
import java.util.stream.Collectors;

import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.fingerprint.DatabaseFingerprint;
import io.demoseeder.fingerprint.DatabaseFingerprint.TableFingerprint;

/**
 * "Same rows" for the restart and determinism tests: the tables' row counts and sha256s
 * from {@link DatabaseFingerprint}, the same measure {@code demo-seeder fingerprint}
 * prints.
 */
public final class TableChecksums {

	private TableChecksums() {
	}

	/** {@code rows:sha256} of each table of schema migration, joined by {@code |}. */
	public static String of(DatabaseLocation target, String... tables) {
		return Arrays.stream(tables)
			.map((table) -> DatabaseFingerprint.of(target.dataSource(), table))
			.map((fingerprint) -> fingerprint.rows() + ":" + fingerprint.sha256())
			.collect(Collectors.joining("|"));
	}

}
