package io.demoseeder.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.demoseeder.plan.DemoPlan.FlowPlan;
import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.DemoPlan.TenantPlan;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An import people added to an earlier demo, seeded again by {@code run --keep-additions}
 * as one more completed import of its tenant with a flow of its own. Its file is
 * {@code kept/<fileName>} in the run's input directory; {@code assets} and
 * {@code invalidRows} are what the raw-records step's own reading and cleansing make of
 * that file (counted before the run starts, by {@code rawrecords.KeptImportCensus}), so
 * every stage and check that reads the plan agrees with the rows the run writes. The
 * run's list is a job parameter, so a relaunch seeds the same kept imports.
 */
public record KeptImport(String originalId, String tenantKey, SourceFormat format, String fileName, String importName,
		String sourceSystem, String importedBy, Map<AssetKind, Integer> assets,
		Map<DataQualityIssue, Integer> invalidRows) {

	/** The job parameter that lists a run's kept imports (JSON). */
	public static final String PARAMETER = "keptImports";

	/** The folder of the input directory that holds their files. */
	public static final String DIRECTORY = "kept";

	/**
	 * What the job repository can hold of one parameter (Batch's PARAMETER_VALUE column).
	 */
	public static final int MAX_PARAMETER_LENGTH = 2500;

	/**
	 * Days before the as-of date: after the demo's own imports, before today's manual
	 * intake.
	 */
	private static final int STARTED_DAYS_AGO = 2;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<KeptImport>> LIST = new TypeReference<>() {
	};

	public KeptImport {
		assets = sorted(assets, AssetKind.class);
		invalidRows = sorted(invalidRows, DataQualityIssue.class);
	}

	/** The number-th kept import of the run (from 1) as its tenant's import. */
	ImportPlan importPlan(int number) {
		return new ImportPlan(importKey(number), this.format, DIRECTORY + "/" + this.fileName, this.importName,
				this.sourceSystem, "completed", flowKey(number), this.importedBy, STARTED_DAYS_AGO, this.assets, 0,
				this.invalidRows);
	}

	/**
	 * Its flow: past the inventory, so the assets built from it are the flow's own, and
	 * running, as a flow someone started on a fresh upload is.
	 */
	FlowPlan flowPlan(int number) {
		return new FlowPlan(flowKey(number), "Discovery of " + this.importName, "running", "dependency_analysis", 4,
				importKey(number), this.importedBy, STARTED_DAYS_AGO, null);
	}

	/**
	 * {@code tenants} with every kept import appended to its tenant's imports and flows.
	 */
	static List<TenantPlan> addTo(List<TenantPlan> tenants, List<KeptImport> kept) {
		List<TenantPlan> result = new ArrayList<>();
		for (TenantPlan tenant : tenants) {
			List<ImportPlan> imports = new ArrayList<>(tenant.imports());
			List<FlowPlan> flows = new ArrayList<>(tenant.flows());
			for (int i = 0; i < kept.size(); i++) {
				if (kept.get(i).tenantKey().equals(tenant.key())) {
					imports.add(kept.get(i).importPlan(i + 1));
					flows.add(kept.get(i).flowPlan(i + 1));
				}
			}
			result.add(new TenantPlan(tenant.key(), tenant.name(), tenant.industry(), tenant.demo(), tenant.account(),
					tenant.engagement(), tenant.users(), List.copyOf(imports), List.copyOf(flows), tenant.waves()));
		}
		return List.copyOf(result);
	}

	public static String toParameter(List<KeptImport> kept) {
		return JSON.writeValueAsString(kept);
	}

	public static List<KeptImport> fromParameter(String parameter) {
		return (parameter == null || parameter.isEmpty()) ? List.of() : List.copyOf(JSON.readValue(parameter, LIST));
	}

	/**
	 * The key of the number-th kept import of a run (from 1) among its tenant's imports.
	 */
	public static String importKey(int number) {
		return ImportPlan.KEPT_KEY_PREFIX + number;
	}

	/** The key of the number-th kept import's flow. */
	public static String flowKey(int number) {
		return ImportPlan.KEPT_KEY_PREFIX + number + "-discovery";
	}

	/** In the enum's order, whatever map it came in: the plan is iterated for ids. */
	private static <K extends Enum<K>> Map<K, Integer> sorted(Map<K, Integer> counts, Class<K> type) {
		EnumMap<K, Integer> sorted = new EnumMap<>(type);
		if (counts != null) {
			sorted.putAll(counts);
		}
		return Collections.unmodifiableMap(sorted);
	}

}
