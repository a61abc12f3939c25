package io.demoseeder.inputs.format;

import java.nio.file.Path;
import java.util.Map;

import io.demoseeder.generate.Catalog;
import io.demoseeder.generate.Site;
import io.demoseeder.seed.AssetKind;
import io.demoseeder.seed.SourceFormat;
import io.demoseeder.seed.SourceRow;
import io.demoseeder.sourcefiles.ReadRules;
import io.demoseeder.sourcefiles.SourceFileReaders;

import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * A ServiceNow-like CMDB export: CSV, the main data center's configuration items, the
 * CMDB's picklist words ("Network Device", "Production") and owners by name and team.
 */
final class CmdbCsv extends InputFormat {

	private static final Map<String, String> OPERATING_SYSTEMS = Map.of(Catalog.UBUNTU, "Ubuntu");

	private static final Map<String, String> ENVIRONMENTS = Map.of("production", "Production", "staging", "Staging",
			"test", "Test", "development", "Development", "disaster_recovery", "Disaster Recovery");

	CmdbCsv() {
		super(SourceFormat.CMDB_CSV, new CsvInputWriter());
	}

	@Override
	public ItemStreamReader<SourceRow> reader(Path file, String readerName, ReadRules rules) {
		return SourceFileReaders.csv(file, readerName, rules);
	}

	@Override
	public String contents() {
		return "Configuration items (servers, databases, network devices) exported from %s";
	}

	/** The CMDB describes the main data center. */
	@Override
	public Site site() {
		return Site.DC1;
	}

	@Override
	public String assetType(AssetKind kind) {
		return switch (kind.assetType()) {
			case "application" -> "Application";
			case "server" -> "Server";
			case "database" -> "Database";
			default -> "Network Device";
		};
	}

	@Override
	public String operatingSystem(String os) {
		return OPERATING_SYSTEMS.getOrDefault(os, os);
	}

	@Override
	public String environment(String environment) {
		return ENVIRONMENTS.get(environment);
	}

	@Override
	public Naming businessOwner() {
		return Naming.OWNER_NAME;
	}

	@Override
	public Naming technicalOwner() {
		return Naming.TEAM;
	}

}
