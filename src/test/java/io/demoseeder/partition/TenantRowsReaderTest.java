package io.demoseeder.partition;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The count of a partition's rows leaves the reader's final sort out, and only that. */
class TenantRowsReaderTest {

	@Test
	void theFinalOrderOfTheQueryIsLeftOut() {
		assertThat(TenantRowsReader.count("""
				SELECT id FROM migration.assets WHERE client_account_id = ?
				ORDER BY engagement_id, id
				""")).isEqualTo("SELECT count(*) FROM (SELECT id FROM migration.assets WHERE client_account_id = ?)"
				+ " AS partition_rows");
		assertThat(TenantRowsReader.count("SELECT name FROM t WHERE a = ? ORDER BY name COLLATE \"C\""))
			.isEqualTo("SELECT count(*) FROM (SELECT name FROM t WHERE a = ?) AS partition_rows");
	}

	@Test
	void anOrderInsideTheQueryIsKept() {
		String inner = """
				SELECT (SELECT jsonb_object_agg(k, v ORDER BY k) FROM m) AS j,
				    (SELECT x FROM y ORDER BY x LIMIT 1) AS first
				FROM t WHERE a = ?""";
		assertThat(TenantRowsReader.count(inner)).isEqualTo("SELECT count(*) FROM (" + inner + ") AS partition_rows");
		String quoted = "SELECT id FROM t WHERE a = ? ORDER BY lower(name)";
		assertThat(TenantRowsReader.count(quoted)).isEqualTo("SELECT count(*) FROM (" + quoted + ") AS partition_rows");
	}

}
