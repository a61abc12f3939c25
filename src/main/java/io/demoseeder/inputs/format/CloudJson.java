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
 * A cloud inventory (AWS-like): JSON, resources in one region, the provider's words ("EC2
 * Instance", "prod"), owners by e-mail and teams as tags.
 */
final class CloudJson extends InputFormat {

	private static final Map<String, String> OPERATING_SYSTEMS = Map.of(Catalog.UBUNTU, "Ubuntu", Catalog.WINDOWS,
			"Windows");

	private static final Map<String, String> ENVIRONMENTS = Map.of("production", "prod", "staging", "staging", "test",
			"test", "development", "dev", "disaster_recovery", "dr");

	CloudJson() {
		super(SourceFormat.CLOUD_JSON, new JsonInputWriter());
	}

	@Override
	public ItemStreamReader<SourceRow> reader(Path file, String readerName, ReadRules rules) {
		return SourceFileReaders.json(file, readerName, rules);
	}

	@Override
	public String contents() {
		return "Resources and application stacks reported by %s";
	}

	@Override
	public Site site() {
		return Site.AWS;
	}

	@Override
	public String assetType(AssetKind kind) {
		return switch (kind.assetType()) {
			case "application" -> "Application";
			case "server" -> "EC2 Instance";
			case "database" -> "RDS Instance";
			default -> kind.family();
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

	/** Tags are lower case: "high", as the platform stores it. */
	@Override
	public String criticality(String criticality) {
		return criticality;
	}

	@Override
	public Naming businessOwner() {
		return Naming.OWNER_EMAIL;
	}

	@Override
	public Naming technicalOwner() {
		return Naming.TEAM_TAG;
	}

	/**
	 * A JSON export writes the property with an empty string rather than leave it out.
	 */
	@Override
	public String missingHostname() {
		return "";
	}

}
