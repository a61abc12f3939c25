package io.demoseeder.inputs.generate;

import java.util.Collections;
import java.util.Map;

import io.demoseeder.plan.AssetKind;
import io.demoseeder.plan.DataQualityIssue;

/**
 * One generated row of a source file, with what the generator meant by it.
 * {@code recordIndex} is its 1-based position among the data rows; {@code fields} are
 * keyed by source column in file order ({@code String}, {@code Integer}, {@code Double}
 * or null); {@code issue} is the row's one data-quality problem, invalidating or
 * cosmetic, or null; {@code duplicateOf} is the record index a {@code DUPLICATE_ROW}
 * copies, else 0.
 */
public record GeneratedRow(int recordIndex, Map<String, Object> fields, Role role, AssetKind kind,
		DataQualityIssue issue, int duplicateOf) {

	/** What the row is for in the import's plan. */
	public enum Role {

		/** A valid row that becomes an asset when the import is processed. */
		ASSET,
		/** A valid row the import has not processed yet. */
		PENDING,
		/** A row with one invalidating problem. */
		INVALID

	}

	/**
	 * The row at its place in the file, its fields no longer changeable: a view, not a
	 * copy, since only the row being placed holds its map (a file's rows are all in
	 * memory at once, so a copy per row would double them).
	 */
	GeneratedRow at(int index, int original) {
		return new GeneratedRow(index, Collections.unmodifiableMap(this.fields), this.role, this.kind, this.issue,
				original);
	}

}
