package io.demoseeder.rawrecords;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.demoseeder.config.SeederProperties;
import io.demoseeder.inputs.format.InputFormats;
import io.demoseeder.partition.InParallel;
import io.demoseeder.plan.DemoPlan;
import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.progress.StepProgressListener;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition per import of every tenant of the plan, in plan order, so that each file
 * is read by a step execution of its own that keeps its own restart state. Counting the
 * rows first costs one more streaming read of each file; it lets a user's own export have
 * any number of rows.
 */
record ImportPartitioner(DemoPlan plan, Path inputDirectory, SeederProperties properties) implements Partitioner {

	static final String TENANT_KEY = "tenantKey";

	static final String IMPORT_KEY = "importKey";

	/** The number of rows of the file: the records' timestamps are spread over them. */
	static final String ROW_COUNT = "rowCount";

	/**
	 * Records up to this record_index are processed; the rest wait (is_processed false).
	 */
	static final String PROCESSED_THROUGH = "processedThrough";

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		List<PlannedImport> partitions = PlannedImport.of(this.plan);
		// every file is checked and read through before any partition writes
		List<ExecutionContext> contexts = InParallel.map("count-rows", this.properties.threadCount(), partitions,
				this::context);
		Map<String, ExecutionContext> byName = new LinkedHashMap<>();
		for (int i = 0; i < partitions.size(); i++) {
			byName.put(partitions.get(i).name(), contexts.get(i));
		}
		return byName;
	}

	private ExecutionContext context(PlannedImport partition) {
		ImportPlan importPlan = partition.importPlan();
		ExecutionContext context = new ExecutionContext();
		context.putString(TENANT_KEY, partition.tenant().key());
		context.putString(IMPORT_KEY, importPlan.key());
		int rows = InputFormats.count(importPlan.format(), this.inputDirectory.resolve(importPlan.relativePath()),
				SourceFileRules.of(this.properties, this.inputDirectory, importPlan));
		context.putInt(ROW_COUNT, rows);
		// every row of the file becomes a record: the total of the partition's progress
		context.putLong(StepProgressListener.EXPECTED_KEY, rows);
		context.putInt(PROCESSED_THROUGH, processedThrough(importPlan.status(), rows));
		return context;
	}

	/**
	 * A completed import processed every record; one still processing got through the
	 * first half of its file; a pending one none.
	 */
	private static int processedThrough(String status, int rows) {
		return switch (status) {
			case "completed" -> rows;
			case "processing", "failed" -> rows / 2;
			default -> 0;
		};
	}

}
