package io.demoseeder.rawrecords;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import io.demoseeder.assets.AssetKinds;
import io.demoseeder.inputs.format.InputFormats;
import io.demoseeder.inputs.read.ReadRules;
import io.demoseeder.inputs.read.SourceFileReaders;
import io.demoseeder.plan.AssetField;
import io.demoseeder.plan.AssetKind;
import io.demoseeder.plan.DataQualityIssue;
import io.demoseeder.plan.SourceFormat;
import io.demoseeder.plan.SourceRow;
import io.demoseeder.rawrecords.RecordCleanser.CleansedRow;

/**
 * What this step and the assets step will make of a kept import's file, counted before
 * the run starts so the plan can say it ({@code plan.KeptImport}): each row read by the
 * step's own reader and cleansed by its {@link RecordCleanser}; a later row with an
 * earlier row's hostname is a duplicate, as the finisher's {@code FLAG_DUPLICATES} says;
 * so is a valid row whose asset the tenant already has (asset names are unique in an
 * engagement), as its {@code FLAG_KNOWN_ASSETS} says; every other valid row becomes an
 * asset of the kind {@link AssetKinds} gives it, as the assets step will.
 */
public final class KeptImportCensus {

	private KeptImportCensus() {
	}

	/** Assets by kind and invalid rows by their first problem. */
	public record Census(Map<AssetKind, Integer> assets, Map<DataQualityIssue, Integer> invalidRows) {

		public int rows() {
			return this.assets.values().stream().mapToInt(Integer::intValue).sum()
					+ this.invalidRows.values().stream().mapToInt(Integer::intValue).sum();
		}

	}

	/**
	 * The census of a kept import read after {@code assetNames}, the names of the assets
	 * its tenant has so far, to which it adds those of its own new assets.
	 */
	public static Census of(SourceFormat format, Path file, ReadRules rules, Set<String> assetNames) {
		Map<AssetKind, Integer> assets = new EnumMap<>(AssetKind.class);
		Map<DataQualityIssue, Integer> invalid = new EnumMap<>(DataQualityIssue.class);
		walk(format, file, rules, (cleansed) -> {
			if (cleansed == null) {
				invalid.merge(DataQualityIssue.DUPLICATE_ROW, 1, Integer::sum);
			}
			else if (!cleansed.valid()) {
				invalid.merge(issue(cleansed.errors()), 1, Integer::sum);
			}
			else if (!assetNames.add(AssetField.assetName(cleansed.data()))) {
				invalid.merge(DataQualityIssue.DUPLICATE_ROW, 1, Integer::sum);
			}
			else {
				assets.merge(kind(cleansed.data()), 1, Integer::sum);
			}
		});
		return new Census(assets, invalid);
	}

	/**
	 * Adds to {@code assetNames} those of the assets a completed import of the demo
	 * itself builds from {@code file}.
	 */
	public static void addAssetNames(SourceFormat format, Path file, ReadRules rules, Set<String> assetNames) {
		walk(format, file, rules, (cleansed) -> {
			if (cleansed != null && cleansed.valid()) {
				assetNames.add(AssetField.assetName(cleansed.data()));
			}
		});
	}

	/** Each row cleansed, or null for a hostname an earlier row had. */
	private static void walk(SourceFormat format, Path file, ReadRules rules, Consumer<CleansedRow> counter) {
		RecordCleanser cleanser = new RecordCleanser(format);
		String hostnameColumn = format.column(AssetField.HOSTNAME).orElseThrow();
		Set<String> hostnames = new HashSet<>();
		SourceFileReaders.forEach(InputFormats.open(format, file, "keptImportCensus", rules), file, (row) -> {
			String hostname = duplicateKey(row, hostnameColumn);
			boolean duplicate = hostname != null && !hostnames.add(hostname);
			counter.accept(duplicate ? null : cleanser.cleanse(row));
		});
	}

	/**
	 * The hostname as FLAG_DUPLICATES compares it: the raw text, runs of whitespace made
	 * one space, trimmed, lower case; none when empty.
	 */
	private static String duplicateKey(SourceRow row, String hostnameColumn) {
		Object raw = row.fields().get(hostnameColumn);
		if (raw == null) {
			return null;
		}
		String key = raw.toString().replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
		return key.isEmpty() ? null : key;
	}

	/**
	 * The demo's issue that comes closest to the row's first problem: the plan counts
	 * invalid rows by issue, and the flows' findings quote them.
	 */
	private static DataQualityIssue issue(List<ValidationError> errors) {
		AssetField field = errors.get(0).field();
		if (field == null) {
			return DataQualityIssue.INVALID_NUMBER;
		}
		return switch (field) {
			case NAME, HOSTNAME -> DataQualityIssue.MISSING_HOSTNAME;
			case IP_ADDRESS -> DataQualityIssue.MALFORMED_IP;
			case OPERATING_SYSTEM, ASSET_TYPE, ENVIRONMENT, CRITICALITY -> DataQualityIssue.UNKNOWN_OS;
			default -> DataQualityIssue.INVALID_NUMBER;
		};
	}

	/**
	 * The asset's kind as the assets step will recognise it; one the demo does not model
	 * counts as the modelled kind of its platform type (a Go service as a Java
	 * application), so the type counts of the plan stay right.
	 */
	private static AssetKind kind(Map<String, Object> data) {
		// as AssetBuilder reads the cleansed data
		String type = (AssetField.ASSET_TYPE.textIn(data) != null) ? AssetField.ASSET_TYPE.textIn(data) : "other";
		return AssetKinds
			.of(type, AssetField.OPERATING_SYSTEM.textIn(data), AssetField.ASSET_SUBTYPE.textIn(data),
					AssetField.TECHNOLOGY_STACK.textIn(data))
			.orElseGet(() -> switch (AssetKinds.platformType(type, Optional.empty())) {
				case "application" -> AssetKind.APPLICATION_JAVA;
				case "database" -> AssetKind.DATABASE_POSTGRES;
				case "network" -> AssetKind.FIREWALL;
				case "load_balancer" -> AssetKind.LOAD_BALANCER;
				default -> AssetKind.SERVER_LINUX;
			});
	}

}
