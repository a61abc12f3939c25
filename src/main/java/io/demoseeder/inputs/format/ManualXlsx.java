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
 * A hand-kept Excel list of a second data center's assets: to the platform an asset
 * inventory like the cloud's, in a spreadsheet's shorthand ("DB", "UAT", "RHEL") with
 * owners and contacts by name.
 */
public final class ManualXlsx extends InputFormat {

	/** The sheet that holds the assets. */
	public static final String SHEET = "Assets";

	private static final Map<String, String> OPERATING_SYSTEMS = Map.of(Catalog.RHEL, "RHEL", Catalog.UBUNTU, "Ubuntu",
			Catalog.SLES, "SLES", Catalog.TMOS, "BIG-IP");

	private static final Map<String, String> ENVIRONMENTS = Map.of("production", "Production", "staging", "UAT", "test",
			"QA", "development", "Dev", "disaster_recovery", "DR");

	ManualXlsx() {
		super(SourceFormat.MANUAL_XLSX, new XlsxInputWriter(SHEET));
	}

	@Override
	public ItemStreamReader<SourceRow> reader(Path file, String readerName, ReadRules rules) {
		return SourceFileReaders.xlsx(file, readerName, rules, SHEET);
	}

	@Override
	public String contents() {
		return "Assets the business unit keeps by hand in %s";
	}

	@Override
	public Site site() {
		return Site.DC2;
	}

	@Override
	public String assetType(AssetKind kind) {
		return switch (kind.assetType()) {
			case "application" -> "App";
			case "server" -> "Server";
			case "database" -> "DB";
			default -> "Network";
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
		return Naming.CONTACT_NAME;
	}

}
