package io.demoseeder.inputs.format;

import java.util.Map;

import io.demoseeder.inputs.generate.Site;
import io.demoseeder.inputs.generate.SourceSystem;
import io.demoseeder.inputs.generate.SourceSystem.AssetTypes;
import io.demoseeder.inputs.generate.SourceSystem.Naming;
import io.demoseeder.inputs.read.SourceFileReaders;
import io.demoseeder.plan.SourceFormat;

/**
 * A hand-kept Excel list of a second data center's assets: to the platform an asset
 * inventory like the cloud's, in a spreadsheet's shorthand ("DB", "UAT", "RHEL") with
 * owners and contacts by name, on the sheet {@value #SHEET}.
 */
public final class ManualXlsx {

	/** The sheet that holds the assets. */
	public static final String SHEET = "Assets";

	static final InputFormat FORMAT = new InputFormat(SourceFormat.MANUAL_XLSX,
			(file, readerName, rules) -> SourceFileReaders.xlsx(file, readerName, rules, SHEET),
			new XlsxInputWriter(SHEET),
			new SourceSystem(Site.DC2, new AssetTypes("App", "Server", "DB", "Network"),
					Map.of("Red Hat Enterprise Linux", "RHEL", "Ubuntu Server", "Ubuntu",
							"SUSE Linux Enterprise Server", "SLES", "F5 TMOS", "BIG-IP"),
					Map.of("production", "Production", "staging", "UAT", "test", "QA", "development", "Dev",
							"disaster_recovery", "DR"),
					true, Naming.OWNER_NAME, Naming.CONTACT_NAME, null),
			"Assets the business unit keeps by hand in %s");

	private ManualXlsx() {
	}

}
