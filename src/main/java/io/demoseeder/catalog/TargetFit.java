package io.demoseeder.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a writer's rows fit one target table: the known columns the target has are written,
 * those it lacks are left out; a column it has that the seeder does not know is left to
 * the database when it is nullable or has a default, and filled by its {@link FillRule}
 * otherwise; a value its enum or CHECK list does not allow goes through the
 * {@link TargetVocabulary}; a key the target points at another unique column of the
 * parent than the seeder's ({@link ParentKeys}) carries that column's value for the same
 * parent.
 */
public final class TargetFit {

	private final String table;

	private final List<String> columns;

	private final int[] source;

	private final TargetColumn[] target;

	private final FillRule[] rules;

	private final List<Set<String>> allowed;

	private final List<Map<String, Object>> keys;

	private final List<String> absent;

	private final int[] row;

	/**
	 * Per column, whether the writer's value goes as it is (no rule, no vocabulary, no
	 * repointed key); all of them in the writer's order make {@link #apply} the identity.
	 */
	private final boolean[] plain;

	private final boolean identity;

	private final LocalDate asOf;

	/** Whether a value was mapped yet: only then is it worth saying which. */
	private volatile boolean mapping;

	private TargetFit(String table, List<String> known, TargetTable target, Map<String, Map<String, Object>> keys,
			LocalDate asOf) {
		this.table = table;
		this.asOf = asOf;
		this.absent = known.stream().filter((column) -> target.column(column).isEmpty()).toList();
		List<TargetColumn> written = new ArrayList<>();
		List<Integer> sources = new ArrayList<>();
		for (TargetColumn column : target.columns()) {
			int index = known.indexOf(column.name());
			if (index >= 0 || !column.optional()) {
				written.add(column);
				sources.add(index);
			}
		}
		this.columns = written.stream().map(TargetColumn::name).toList();
		this.source = sources.stream().mapToInt(Integer::intValue).toArray();
		this.target = written.toArray(TargetColumn[]::new);
		this.rules = new FillRule[this.target.length];
		this.allowed = new ArrayList<>();
		this.keys = new ArrayList<>();
		for (int i = 0; i < this.target.length; i++) {
			TargetColumn column = this.target[i];
			this.rules[i] = (this.source[i] < 0) ? rule(column) : null;
			this.allowed.add(column.allowed().isEmpty() ? null : new HashSet<>(column.allowed()));
			this.keys.add((this.source[i] >= 0) ? keys.get(column.name()) : null);
		}
		this.row = new int[] { known.indexOf("id"), known.indexOf("client_account_id"),
				known.indexOf("engagement_id") };
		this.plain = new boolean[this.target.length];
		boolean identity = this.target.length == known.size();
		for (int i = 0; i < this.target.length; i++) {
			this.plain[i] = this.source[i] >= 0 && this.allowed.get(i) == null && this.keys.get(i) == null;
			identity &= this.plain[i] && this.source[i] == i;
		}
		this.identity = identity;
	}

	/**
	 * The fit of {@code known} (the writer's columns, in the order of its values) to
	 * {@code table}; empty when the target has no such table.
	 */
	public static Optional<TargetFit> of(Connection connection, TargetCatalog catalog, String table, List<String> known,
			LocalDate asOf) throws SQLException {
		Optional<TargetTable> target = catalog.table(table);
		if (target.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Map<String, Object>> keys = ParentKeys.repointed(connection, catalog, target.get(), known);
		TargetFit fit = new TargetFit(table, known, target.get(), keys, asOf);
		fit.refuseDisallowedWords();
		return Optional.of(fit);
	}

	/**
	 * Each declared word of the demo ({@link TargetVocabulary#demoWords}) the target's
	 * enum or CHECK list lacks must map to one it has: checked before the first row goes,
	 * so a refused word leaves the table unwritten.
	 */
	private void refuseDisallowedWords() {
		for (int i = 0; i < this.target.length; i++) {
			Set<String> allowed = this.allowed.get(i);
			if (allowed != null && this.source[i] >= 0) {
				for (String word : TargetVocabulary.demoWords(this.table, this.columns.get(i))) {
					if (!allowed.contains(word)) {
						mappedWord(i, word);
					}
				}
			}
		}
	}

	/** The target's columns the rows are written to, in the order of {@link #apply}. */
	public List<String> columns() {
		return this.columns;
	}

	/** Whether some value has gone through the vocabulary. */
	public boolean mapping() {
		return this.mapping;
	}

	/** The writer's columns the target lacks. */
	public List<String> absent() {
		return this.absent;
	}

	/** The target's columns filled by a rule, with the rule. */
	public Map<String, FillRule> filled() {
		Map<String, FillRule> filled = new LinkedHashMap<>();
		for (int i = 0; i < this.target.length; i++) {
			if (this.rules[i] != null) {
				filled.put(this.target[i].name(), this.rules[i]);
			}
		}
		return filled;
	}

	/**
	 * One row of the writer's values, as the target takes it (the same array when it fits
	 * as it is).
	 */
	public Object[] apply(Object[] values) {
		if (this.identity) {
			// the target is the seeder's own table: most rows of most runs
			return values;
		}
		Object[] fitted = new Object[this.target.length];
		for (int i = 0; i < fitted.length; i++) {
			if (this.plain[i]) {
				fitted[i] = values[this.source[i]];
				continue;
			}
			Object value = (this.source[i] >= 0) ? values[this.source[i]]
					: this.rules[i].value(this.table, this.target[i], row(values), this.asOf);
			fitted[i] = fit(i, value);
		}
		return fitted;
	}

	/**
	 * The values of {@code known} (a row of the writer's) that {@link #apply} mapped to
	 * another word of the target's vocabulary, as {@code column, from, to}.
	 */
	public List<String[]> mapped(Object[] known, Object[] fitted) {
		List<String[]> mapped = new ArrayList<>();
		for (int i = 0; i < fitted.length; i++) {
			if (this.allowed.get(i) != null && this.source[i] >= 0 && known[this.source[i]] != null) {
				String from = known[this.source[i]].toString();
				if (!from.equals(String.valueOf(fitted[i]))) {
					mapped.add(new String[] { this.columns.get(i), from, String.valueOf(fitted[i]) });
				}
			}
		}
		return mapped;
	}

	private Object fit(int column, Object value) {
		if (value == null) {
			return null;
		}
		Set<String> allowed = this.allowed.get(column);
		Object fitted = (allowed != null && !allowed.contains(value.toString())) ? mapped(column, value) : value;
		Map<String, Object> keys = this.keys.get(column);
		Object repointed = (keys != null) ? keys.get(fitted.toString()) : null;
		return (repointed != null) ? repointed : fitted;
	}

	private String mapped(int column, Object value) {
		this.mapping = true;
		return mappedWord(column, value);
	}

	private String mappedWord(int column, Object value) {
		List<String> labels = this.target[column].allowed();
		return TargetVocabulary.map(value.toString(), labels)
			.orElseThrow(() -> new DisallowedValueException(this.table, this.columns.get(column), value, labels));
	}

	private FillRule.Row row(Object[] values) {
		return new FillRule.Row(at(values, this.row[0]), at(values, this.row[1]), at(values, this.row[2]));
	}

	private static Object at(Object[] values, int index) {
		return (index >= 0) ? values[index] : null;
	}

	private FillRule rule(TargetColumn column) {
		FillRule rule = FillRule.of(column);
		if (rule == null) {
			throw new IllegalStateException("the target's " + this.table + "." + column.name() + " (type "
					+ column.type() + ") is NOT NULL without a default, and no rule gives a value of that type");
		}
		return rule;
	}

}
