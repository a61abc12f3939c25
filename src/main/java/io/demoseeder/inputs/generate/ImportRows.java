package io.demoseeder.inputs.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import io.demoseeder.inputs.generate.GeneratedRow.Role;
import io.demoseeder.inputs.generate.Pick.Weighted;
import io.demoseeder.plan.AssetKind;
import io.demoseeder.plan.DataQualityIssue;
import io.demoseeder.plan.DemoPlan.ImportPlan;
import io.demoseeder.plan.SourceFormat;
import net.datafaker.Faker;

import static io.demoseeder.inputs.generate.Pick.w;

/**
 * The rows of one import's file: the planned assets, the pending rows and the invalid
 * rows, a sprinkle of cosmetic problems on valid rows, shuffled so problems are spread,
 * each duplicate placed after its original. The plan's maps are iterated in enum order
 * ({@code Map.of} has no stable order between JVMs).
 */
final class ImportRows {

	/** The demo's mix, for imports whose plan names no asset kinds. */
	private static final List<Weighted<AssetKind>> DEFAULT_MIX = List.of(w(AssetKind.APPLICATION_JAVA, 3),
			w(AssetKind.APPLICATION_DOTNET, 3), w(AssetKind.APPLICATION_PYTHON, 2), w(AssetKind.APPLICATION_LEGACY, 2),
			w(AssetKind.SERVER_LINUX, 20), w(AssetKind.SERVER_WINDOWS, 15), w(AssetKind.DATABASE_ORACLE, 3),
			w(AssetKind.DATABASE_SQLSERVER, 4), w(AssetKind.DATABASE_POSTGRES, 3), w(AssetKind.LOAD_BALANCER, 3),
			w(AssetKind.FIREWALL, 2));

	/** About one valid row in five carries a cosmetic problem. */
	private static final int COSMETIC_ONE_IN = 5;

	private final ImportPlan plan;

	private final SourceFormat format;

	/** How the file's source system writes its values. */
	private final SourceSystem system;

	private final AssetSpecFactory factory;

	private final Random random;

	private final Faker faker;

	ImportRows(ImportPlan plan, SourceSystem system, AssetSpecFactory factory, Random random) {
		this.plan = plan;
		this.format = plan.format();
		this.system = system;
		this.factory = factory;
		this.random = random;
		// the fake names come from the file's own random: files stay independent
		this.faker = new Faker(Locale.US, random);
	}

	List<GeneratedRow> build() {
		List<GeneratedRow> rows = new ArrayList<>();
		for (AssetKind kind : AssetKind.values()) {
			for (int i = 0; i < this.plan.assets().getOrDefault(kind, 0); i++) {
				rows.add(valid(kind, Role.ASSET));
			}
		}
		List<Weighted<AssetKind>> mix = mix();
		for (int i = 0; i < this.plan.pendingRows(); i++) {
			rows.add(valid(Pick.weighted(this.random, mix), Role.PENDING));
		}
		for (DataQualityIssue issue : DataQualityIssue.values()) {
			if (issue != DataQualityIssue.DUPLICATE_ROW) {
				for (int i = 0; i < this.plan.invalidRows().getOrDefault(issue, 0); i++) {
					rows.add(invalid(issue, mix));
				}
			}
		}
		Collections.shuffle(rows, this.random);
		insertDuplicates(rows, this.plan.invalidRows().getOrDefault(DataQualityIssue.DUPLICATE_ROW, 0));
		return index(rows);
	}

	private GeneratedRow valid(AssetKind kind, Role role) {
		Map<String, Object> fields = render(kind, role == Role.ASSET);
		DataQualityIssue issue = null;
		if (this.random.nextInt(COSMETIC_ONE_IN) == 0) {
			issue = (this.random.nextInt(5) < 3) ? DataQualityIssue.INCONSISTENT_CASING
					: DataQualityIssue.STRAY_WHITESPACE;
			Defects.blemish(this.format, fields, issue, this.random);
		}
		return new GeneratedRow(0, fields, role, kind, issue, 0);
	}

	private GeneratedRow invalid(DataQualityIssue issue, List<Weighted<AssetKind>> mix) {
		// an unknown OS needs a kind that has an OS at all
		List<Weighted<AssetKind>> kinds = (issue == DataQualityIssue.UNKNOWN_OS) ? withOs(mix) : mix;
		AssetKind kind = Pick.weighted(this.random, kinds.isEmpty() ? withOs(DEFAULT_MIX) : kinds);
		Map<String, Object> fields = render(kind, false);
		Defects.invalidate(this.format, this.system, fields, issue, this.random);
		return new GeneratedRow(0, fields, Role.INVALID, kind, issue, 0);
	}

	/**
	 * Exact copies of valid rows, each inserted somewhere after its original.
	 */
	private void insertDuplicates(List<GeneratedRow> rows, int count) {
		List<GeneratedRow> originals = new ArrayList<>(
				rows.stream().filter((row) -> row.role() != Role.INVALID).toList());
		for (int i = 0; i < count && !originals.isEmpty(); i++) {
			GeneratedRow original = originals.remove(this.random.nextInt(originals.size()));
			int after = rows.indexOf(original);
			int position = after + 1 + this.random.nextInt(rows.size() - after);
			rows.add(position, new GeneratedRow(0, new LinkedHashMap<>(original.fields()), Role.INVALID,
					original.kind(), DataQualityIssue.DUPLICATE_ROW, 0));
		}
	}

	/** Record indexes in file order; a duplicate learns its original's index. */
	private static List<GeneratedRow> index(List<GeneratedRow> rows) {
		List<GeneratedRow> indexed = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			GeneratedRow row = rows.get(i);
			int original = (row.issue() == DataQualityIssue.DUPLICATE_ROW) ? originalIndex(rows, row) : 0;
			indexed.add(row.at(i + 1, original));
		}
		return List.copyOf(indexed);
	}

	private static int originalIndex(List<GeneratedRow> rows, GeneratedRow duplicate) {
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).issue() != DataQualityIssue.DUPLICATE_ROW
					&& rows.get(i).fields().equals(duplicate.fields())) {
				return i + 1;
			}
		}
		throw new IllegalStateException("a duplicate without its original");
	}

	private Map<String, Object> render(AssetKind kind, boolean planned) {
		AssetSpec asset = this.factory.create(kind, this.system.site(), this.random, this.faker, planned);
		return RowRenderer.render(this.format, this.system, asset, this.factory.people());
	}

	private List<Weighted<AssetKind>> mix() {
		List<Weighted<AssetKind>> mix = new ArrayList<>();
		for (AssetKind kind : AssetKind.values()) {
			int count = this.plan.assets().getOrDefault(kind, 0);
			if (count > 0) {
				mix.add(w(kind, count));
			}
		}
		return mix.isEmpty() ? DEFAULT_MIX : mix;
	}

	private static List<Weighted<AssetKind>> withOs(List<Weighted<AssetKind>> mix) {
		return mix.stream().filter((kind) -> !"application".equals(kind.value().assetType())).toList();
	}

}
