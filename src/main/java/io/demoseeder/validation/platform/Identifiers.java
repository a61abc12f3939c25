package io.demoseeder.validation.platform;

import java.util.Set;

/**
 * An identifier as the server's {@code quote_ident} gives it, so that the catalog's names
 * read exactly as they did when the server quoted them: the checks name them in their
 * statements and results, and match them against the model's (unquoted) names.
 */
final class Identifiers {

	/**
	 * The keywords {@code quote_ident} quotes: PostgreSQL 15's that are not unreserved
	 * ({@code SELECT word FROM pg_get_keywords() WHERE catcode <> 'U'}), the server this
	 * tool targets (an unreserved one is a plain name).
	 */
	private static final Set<String> KEYWORDS = Set.of("""
			all analyse analyze and any array as asc asymmetric authorization between bigint binary bit boolean
			both case cast char character check coalesce collate collation column concurrently constraint
			create cross current_catalog current_date current_role current_schema current_time
			current_timestamp current_user dec decimal default deferrable desc distinct do else end except
			exists extract false fetch float for foreign freeze from full grant greatest group grouping having
			ilike in initially inner inout int integer intersect interval into is isnull join lateral leading
			least left like limit localtime localtimestamp national natural nchar none normalize not notnull
			null nullif numeric offset on only or order out outer overlaps overlay placing position precision
			primary real references returning right row select session_user setof similar smallint some
			substring symmetric table tablesample then time timestamp to trailing treat trim true union unique
			user using values varchar variadic verbose when where window with xmlattributes xmlconcat
			xmlelement xmlexists xmlforest xmlnamespaces xmlparse xmlpi xmlroot xmlserialize xmltable
			""".strip().split("\\s+"));

	private Identifiers() {
	}

	/**
	 * {@code name} as is when it is a lower-case simple identifier and no keyword the
	 * grammar reserves, else in double quotes (an inner one doubled).
	 */
	static String quoted(String name) {
		return (simple(name) && !KEYWORDS.contains(name)) ? name : "\"" + name.replace("\"", "\"\"") + "\"";
	}

	/**
	 * {@code [a-z_][a-z0-9_]*}: the server's test, byte by byte (any other is quoted).
	 */
	private static boolean simple(String name) {
		if (name.isEmpty() || !(lower(name.charAt(0)) || name.charAt(0) == '_')) {
			return false;
		}
		return name.chars().allMatch((ch) -> lower((char) ch) || (ch >= '0' && ch <= '9') || ch == '_');
	}

	private static boolean lower(char ch) {
		return ch >= 'a' && ch <= 'z';
	}

}
