package io.demoseeder.assets;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import io.demoseeder.waves.WaveSchedule.Wave;

/**
 * Where an asset is in its migration, from its wave's status at the as-of date: the
 * platform's {@code AssetStatus} value, the phase it is in, its priority and readiness.
 * Retained assets are excluded; assets of no wave assessed; a planned wave's assets
 * planned; an in-progress wave has moved some and is moving others; a completed wave
 * migrated nearly all, one in sixteen failed and rolled back. Readiness follows the demo
 * notes' mix (about 65 % ready, 25 % needing remediation, 10 % blocked by dependencies):
 * an out-of-support platform always needs remediation.
 */
record MigrationState(String status, String phase, int priority, String readiness) {

	static MigrationState of(Wave wave, String strategy, String criticality, boolean endOfSupport, Random random) {
		int progress = random.nextInt(100);
		int ready = random.nextInt(100);
		String status;
		if (wave == null) {
			status = "retain".equals(strategy) ? "excluded" : "assessed";
		}
		else if (wave.completed()) {
			status = (progress < 6) ? "failed" : "migrated";
		}
		else if (wave.started()) {
			status = (progress < 30) ? "migrated" : (progress < 55) ? "migrating" : "planned";
		}
		else {
			status = "planned";
		}
		String readiness = endOfSupport ? "needs_remediation"
				: (ready < 10) ? "blocked_by_dependencies" : (ready < 27) ? "needs_remediation" : "ready";
		return new MigrationState(status, phase(status), priority(wave, criticality), readiness);
	}

	/**
	 * The phase an asset of the status is in, in the platform's lower-case phase names.
	 */
	private static String phase(String status) {
		return switch (status) {
			case "planned" -> "planning";
			case "migrating", "migrated", "failed" -> "execution";
			default -> "assessment";
		};
	}

	/** 1 (first) to 10: earlier waves first, the most critical first within a wave. */
	private static int priority(Wave wave, String criticality) {
		if (wave == null) {
			return 10;
		}
		int boost = switch (String.valueOf(criticality)) {
			case "critical" -> 0;
			case "high" -> 1;
			default -> 2;
		};
		return Math.min(9, 2 * (wave.number() - 1) + 1 + boost);
	}

	boolean migrated() {
		return "migrated".equals(this.status);
	}

	boolean failed() {
		return "failed".equals(this.status);
	}

	/** What the platform keeps about the phases: where the asset came from and is now. */
	Map<String, Object> context(String flowId, Integer waveNumber) {
		Map<String, Object> context = new LinkedHashMap<>();
		context.put("source_phase", "discovery");
		context.put("current_phase", this.phase);
		context.put("discovery_flow_id", flowId);
		context.put("migration_wave", waveNumber);
		context.put("migration_status", this.status);
		return context;
	}

}
