package io.demoseeder.catalog;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The value a target column the seeder does not know gets when the target requires one
 * (NOT NULL without a default): deterministic, from the column's type and constraints and
 * the row's own keys. A new kind of column is one more case here.
 */
public enum FillRule {

	/** A key to a client account: the row's own tenant. */
	TENANT_ACCOUNT("its row's client_account_id"),
	/** A key to an engagement: the row's own engagement. */
	TENANT_ENGAGEMENT("its row's engagement_id"),
	/** An enum or a CHECK list: its first allowed value. */
	FIRST_ALLOWED("the first allowed value"),
	/** false. */
	FALSE("false"),
	/** 0, or the CHECK's lower bound when 0 is below it. */
	ZERO("0 within the CHECK's bounds"),
	/** The empty JSON object. */
	EMPTY_OBJECT("{}"),
	/** The empty array. */
	EMPTY_ARRAY("the empty array"),
	/** The run's as-of date. */
	AS_OF("the as-of date"),
	/** A name-based uuid of the table, the column and the row's id. */
	NAMED_UUID("a name-based uuid"),
	/** The empty string. */
	EMPTY_TEXT("the empty string");

	private final String description;

	FillRule(String description) {
		this.description = description;
	}

	public String description() {
		return this.description;
	}

	/** The rule of {@code column}; null when none fits its type. */
	public static FillRule of(TargetColumn column) {
		String references = (column.references() != null) ? column.references() : "";
		if (references.equals("client_accounts.id")) {
			return TENANT_ACCOUNT;
		}
		if (references.equals("engagements.id")) {
			return TENANT_ENGAGEMENT;
		}
		if (!column.allowed().isEmpty()) {
			return FIRST_ALLOWED;
		}
		if (column.array()) {
			return EMPTY_ARRAY;
		}
		return switch (column.type()) {
			case "bool" -> FALSE;
			case "int2", "int4", "int8", "numeric", "float4", "float8" -> ZERO;
			case "json", "jsonb" -> EMPTY_OBJECT;
			case "timestamptz", "timestamp", "date" -> AS_OF;
			case "uuid" -> NAMED_UUID;
			case "text", "varchar", "bpchar" -> EMPTY_TEXT;
			default -> null;
		};
	}

	/**
	 * The value for {@code column} of a row of {@code table} whose id and tenant are
	 * given (as the writer holds them).
	 */
	public Object value(String table, TargetColumn column, Row row, LocalDate asOf) {
		return switch (this) {
			case TENANT_ACCOUNT -> row.clientAccountId();
			case TENANT_ENGAGEMENT -> row.engagementId();
			case FIRST_ALLOWED -> column.allowed().get(0);
			case FALSE -> Boolean.FALSE;
			case ZERO -> zero(column);
			case EMPTY_OBJECT -> "{}";
			case EMPTY_ARRAY -> "{}";
			case AS_OF -> column.type().equals("date") ? asOf : asOf.atStartOfDay().atOffset(ZoneOffset.UTC);
			case NAMED_UUID ->
				UUID.nameUUIDFromBytes((table + "." + column.name() + ":" + row.id()).getBytes(StandardCharsets.UTF_8));
			case EMPTY_TEXT -> "";
		};
	}

	private static Object zero(TargetColumn column) {
		BigDecimal value = BigDecimal.ZERO;
		if (column.min() != null && value.compareTo(column.min()) < 0) {
			value = column.min();
		}
		if (column.max() != null && value.compareTo(column.max()) > 0) {
			value = column.max();
		}
		return switch (column.type()) {
			case "int2", "int4" -> value.intValue();
			case "int8" -> value.longValue();
			case "float4", "float8" -> value.doubleValue();
			default -> value;
		};
	}

	/** What a rule needs of the row: its id and tenant, as the writer holds them. */
	public record Row(Object id, Object clientAccountId, Object engagementId) {
	}

}
