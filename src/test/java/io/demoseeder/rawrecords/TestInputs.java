package io.demoseeder.rawrecords;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.demoseeder.plan.AssetField;
import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import io.demoseeder.plan.DemoPlans;
import io.demoseeder.plan.SeedContext;
import io.demoseeder.plan.SourceFormat;

import static io.demoseeder.rawrecords.SourceFixtures.server;
import static io.demoseeder.rawrecords.SourceFixtures.with;

/**
 * The input files of the raw-records tests: DemoCorp's CMDB export holds one row per kind
 * of problem (its record index is the constant's value), the other files a few valid
 * rows, Globex's enough rows for several chunks.
 */
public final class TestInputs {

	public static final int VALID = 1;

	public static final int COSMETIC = 2;

	public static final int MISSING_HOSTNAME = 3;

	public static final int MALFORMED_IP = 4;

	public static final int UNKNOWN_OS = 5;

	public static final int NOT_A_NUMBER = 6;

	public static final int NOT_POSITIVE = 7;

	public static final int UNKNOWN_ASSET_TYPE = 8;

	public static final int UNKNOWN_ENVIRONMENT = 9;

	/** Same hostname as {@link #VALID}, spelled in upper case with a trailing space. */
	public static final int DUPLICATE_OF_VALID = 10;

	public static final int APPLICATION_WITHOUT_OS = 11;

	/** Same hostname as {@link #COSMETIC}, as cleansing spells it. */
	public static final int DUPLICATE_OF_COSMETIC = 12;

	public static final int PUBLIC_IP = 13;

	public static final int CMDB_ROWS = 13;

	public static final int CLOUD_ROWS = 4;

	/** The manual list is still processing: rows 1 to 5 are processed, 6 to 10 wait. */
	public static final int MANUAL_ROWS = 10;

	public static final int GLOBEX_ROWS = 250;

	public static final int INITECH_ROWS = 5;

	private TestInputs() {
	}

	/** Writes every import's file of the plan under {@code directory}. */
	public static void write(Path directory, SeedContext context) {
		for (TenantPlan tenant : DemoPlans.of(context).tenants()) {
			for (ImportPlan importPlan : tenant.imports()) {
				SourceFormat format = importPlan.format();
				List<Map<AssetField, Object>> assets = switch (tenant.key() + "/" + importPlan.key()) {
					case "democorp/cmdb" -> cmdb();
					case "democorp/cloud" -> cloud();
					case "democorp/manual" -> manual();
					case "globex-logistics/cmdb" -> servers(1000, GLOBEX_ROWS);
					default -> servers(2000, INITECH_ROWS);
				};
				SourceFixtures.write(format, directory.resolve(importPlan.relativePath()),
						SourceFixtures.rows(format, assets));
			}
		}
	}

	private static List<Map<AssetField, Object>> cmdb() {
		Map<AssetField, Object> cosmetic = server(COSMETIC);
		cosmetic.put(AssetField.HOSTNAME, "  DC1-PRD-Web002 ");
		cosmetic.put(AssetField.ENVIRONMENT, "PRODUCTION");
		cosmetic.put(AssetField.OPERATING_SYSTEM, " redhat");
		cosmetic.put(AssetField.CRITICALITY, "HIGH");
		cosmetic.put(AssetField.DEPARTMENT, "  Finance   Operations ");
		Map<AssetField, Object> application = with(server(APPLICATION_WITHOUT_OS), AssetField.ASSET_TYPE,
				"Application");
		application.put(AssetField.OPERATING_SYSTEM, null);
		application.put(AssetField.OS_VERSION, null);
		return List.of(server(VALID), cosmetic, with(server(MISSING_HOSTNAME), AssetField.HOSTNAME, null),
				with(server(MALFORMED_IP), AssetField.IP_ADDRESS, "10.1.300.4"),
				with(server(UNKNOWN_OS), AssetField.OPERATING_SYSTEM, "Plan 9"),
				with(server(NOT_A_NUMBER), AssetField.CPU_CORES, "sixteen"),
				with(server(NOT_POSITIVE), AssetField.MEMORY_GB, "-4"),
				with(server(UNKNOWN_ASSET_TYPE), AssetField.ASSET_TYPE, "Mainframe"),
				with(server(UNKNOWN_ENVIRONMENT), AssetField.ENVIRONMENT, "Sandbox"),
				with(server(DUPLICATE_OF_VALID), AssetField.HOSTNAME, "DC1-PRD-WEB001 "), application,
				with(server(DUPLICATE_OF_COSMETIC), AssetField.HOSTNAME, "dc1-prd-web002"),
				with(server(PUBLIC_IP), AssetField.IP_ADDRESS, "8.8.8.8"));
	}

	private static List<Map<AssetField, Object>> cloud() {
		Map<AssetField, Object> application = with(server(102), AssetField.ASSET_TYPE, "Application");
		application.put(AssetField.OPERATING_SYSTEM, null);
		return List.of(with(server(101), AssetField.ASSET_TYPE, "EC2 Instance"), application,
				with(server(103), AssetField.IP_ADDRESS, "ten.1.2.3"), with(server(104), AssetField.MEMORY_GB, 15.5));
	}

	private static List<Map<AssetField, Object>> manual() {
		List<Map<AssetField, Object>> assets = servers(200, MANUAL_ROWS);
		assets.set(2, with(assets.get(2), AssetField.HOSTNAME, null));
		assets.set(7, with(assets.get(7), AssetField.OPERATING_SYSTEM, "BeOS R5"));
		return assets;
	}

	private static List<Map<AssetField, Object>> servers(int first, int count) {
		List<Map<AssetField, Object>> assets = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			assets.add(server(first + i));
		}
		return assets;
	}

}
