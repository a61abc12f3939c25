package io.demoseeder.assessments;

/**
 * One finding of an assessment and what to do about it. Severities: critical, high,
 * medium, low, info.
 */
record Finding(String severity, String title, String recommendation) {

	/**
	 * Points off a perfect score: what makes a critical finding weigh more than five
	 * lows.
	 */
	int penalty() {
		return switch (this.severity) {
			case "critical" -> 30;
			case "high" -> 18;
			case "medium" -> 9;
			case "low" -> 4;
			default -> 0;
		};
	}

	/** Most severe first. */
	int rank() {
		return switch (this.severity) {
			case "critical" -> 0;
			case "high" -> 1;
			case "medium" -> 2;
			case "low" -> 3;
			default -> 4;
		};
	}

}
