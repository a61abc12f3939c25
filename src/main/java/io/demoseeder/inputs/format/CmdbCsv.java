package io.demoseeder.inputs.format;

import java.util.Map;

import io.demoseeder.inputs.generate.Site;
import io.demoseeder.inputs.generate.SourceSystem;
import io.demoseeder.inputs.generate.SourceSystem.AssetTypes;
import io.demoseeder.inputs.generate.SourceSystem.Naming;
import io.demoseeder.inputs.read.SourceFileReaders;
import io.demoseeder.plan.SourceFormat;

/**
 * A ServiceNow-like CMDB export: CSV, the main data center's configuration items, the
 * CMDB's picklist words ("Network Device", "Production") and owners by name and team.
 * Operating systems are keyed by their canonical names ({@code Vocabulary}).
 */
final class CmdbCsv {

	static final InputFormat FORMAT = new InputFormat(SourceFormat.CMDB_CSV, SourceFileReaders::csv,
			new CsvInputWriter(),
			new SourceSystem(Site.DC1, new AssetTypes("Application", "Server", "Database", "Network Device"),
					Map.of("Ubuntu Server", "Ubuntu"),
					Map.of("production", "Production", "staging", "Staging", "test", "Test", "development",
							"Development", "disaster_recovery", "Disaster Recovery"),
					true, Naming.OWNER_NAME, Naming.TEAM, null),
			"Configuration items (servers, databases, network devices) exported from %s");

	private CmdbCsv() {
	}

}
