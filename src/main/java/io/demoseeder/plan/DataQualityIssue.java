package io.demoseeder.plan;

/**
 * The deliberate problems the generated input files carry. The first five make a record
 * invalid; the cosmetic ones are fixed by cleansing and the record stays valid.
 */
public enum DataQualityIssue {

	MISSING_HOSTNAME(true), MALFORMED_IP(true), DUPLICATE_ROW(true), UNKNOWN_OS(true), INVALID_NUMBER(true),
	INCONSISTENT_CASING(false), STRAY_WHITESPACE(false);

	private final boolean invalidating;

	DataQualityIssue(boolean invalidating) {
		this.invalidating = invalidating;
	}

	public boolean invalidating() {
		return this.invalidating;
	}

}
