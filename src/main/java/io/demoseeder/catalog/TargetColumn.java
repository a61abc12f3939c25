package io.demoseeder.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * One column of a target table as its catalog says.
 *
 * @param name the column's name
 * @param type its type's name ({@code pg_type.typname}: int4, varchar, an enum's name,
 * _text for an array of text)
 * @param category its type's category ({@code pg_type.typcategory}: "A" for an array, a
 * domain over one included)
 * @param typmod its type modifier ({@code pg_attribute.atttypmod}: a varchar(n)'s n + 4),
 * -1 when none
 * @param enumType whether the type is an enum
 * @param notNull NOT NULL
 * @param hasDefault a default, identity or generated value
 * @param allowed the values an enum's labels or a single-column CHECK list allow; empty
 * when any value is
 * @param min the lower bound a single-column CHECK sets, or null
 * @param max the upper bound a single-column CHECK sets, or null
 * @param references the {@code table.column} a single-column foreign key points at (the
 * first by constraint name), or null
 * @param keyDeferred whether that key is one the load has taken off, not in the catalog
 * until the constraints step puts it back
 */
public record TargetColumn(String name, String type, String category, int typmod, boolean enumType, boolean notNull,
		boolean hasDefault, List<String> allowed, BigDecimal min, BigDecimal max, String references,
		boolean keyDeferred) {

	public TargetColumn {
		allowed = List.copyOf(allowed);
	}

	/** The database leaves it NULL or fills it when an insert does not name it. */
	public boolean optional() {
		return !this.notNull || this.hasDefault;
	}

	public boolean array() {
		return this.type.startsWith("_");
	}

}
