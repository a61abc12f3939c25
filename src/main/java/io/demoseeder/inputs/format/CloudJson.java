package io.demoseeder.inputs.format;

import java.util.Map;

import io.demoseeder.inputs.generate.Site;
import io.demoseeder.inputs.generate.SourceSystem;
import io.demoseeder.inputs.generate.SourceSystem.AssetTypes;
import io.demoseeder.inputs.generate.SourceSystem.Naming;
import io.demoseeder.inputs.read.SourceFileReaders;
import io.demoseeder.plan.SourceFormat;

/**
 * A cloud inventory (AWS-like): JSON, resources in one region, the provider's words ("EC2
 * Instance", "prod"; a network device by its family), criticality lower case as a tag
 * writes it, owners by e-mail and teams as tags. A missing hostname is an empty string:
 * the export writes the property rather than leave it out.
 */
final class CloudJson {

	static final InputFormat FORMAT = new InputFormat(SourceFormat.CLOUD_JSON, SourceFileReaders::json,
			new JsonInputWriter(),
			new SourceSystem(Site.AWS, new AssetTypes("Application", "EC2 Instance", "RDS Instance", null),
					Map.of("Ubuntu Server", "Ubuntu", "Windows Server", "Windows"),
					Map.of("production", "prod", "staging", "staging", "test", "test", "development", "dev",
							"disaster_recovery", "dr"),
					false, Naming.OWNER_EMAIL, Naming.TEAM_TAG, ""),
			"Resources and application stacks reported by %s");

	private CloudJson() {
	}

}
