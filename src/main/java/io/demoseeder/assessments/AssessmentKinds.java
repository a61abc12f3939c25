package io.demoseeder.assessments;

/**
 * Our four kinds of assessment as the platform's {@code AssessmentType} member names (its
 * ORM stores and reads names): technical, risk and security map one to one; performance
 * is stored as {@code COST_ANALYSIS}, the platform's nearest type: the performance
 * findings (CPU p95, over-provisioning, memory) feed the right-sizing of the target,
 * which is what the cost analysis prices.
 */
final class AssessmentKinds {

	private AssessmentKinds() {
	}

	static String memberName(String kind) {
		return switch (kind) {
			case "technical" -> "TECHNICAL_ASSESSMENT";
			case "risk" -> "RISK_ASSESSMENT";
			case "security" -> "SECURITY_ASSESSMENT";
			case "performance" -> "COST_ANALYSIS";
			default -> throw new IllegalArgumentException("no assessment kind " + kind);
		};
	}

	/** "Technical assessment", as the title starts. */
	static String label(String kind) {
		return switch (kind) {
			case "performance" -> "Performance and cost analysis";
			default -> Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " assessment";
		};
	}

	/** LOW from 80, MEDIUM from 60, HIGH from 40, else CRITICAL. */
	static String riskLevel(int score) {
		return (score >= 80) ? "LOW" : (score >= 60) ? "MEDIUM" : (score >= 40) ? "HIGH" : "CRITICAL";
	}

}
