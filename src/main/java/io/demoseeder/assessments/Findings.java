package io.demoseeder.assessments;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.demoseeder.assets.AssetKinds;
import io.demoseeder.plan.AssetKind;

/**
 * The findings an assessor writes down, by assessment type and what the asset is: an
 * out-of-support platform, TLS 1.0, a CPU p95 at 87%, Oracle licensing on cloud vCPUs.
 * Each type draws from its own random stream, so adding a finding to one type leaves the
 * others unchanged.
 */
final class Findings {

	private Findings() {
	}

	static List<Finding> of(String assessmentType, AssetFacts facts, Random random) {
		List<Finding> findings = switch (assessmentType) {
			case "technical" -> technical(facts, random);
			case "risk" -> risk(facts, random);
			case "security" -> security(facts, random);
			default -> performance(facts, random);
		};
		if (findings.isEmpty()) {
			findings.add(new Finding("info", "No blocking " + assessmentType + " issues found",
					"Re-assess after the migration design is final"));
		}
		return findings;
	}

	private static List<Finding> technical(AssetFacts f, Random random) {
		List<Finding> findings = new ArrayList<>();
		f.endOfSupport()
			.ifPresent((statement) -> findings.add(new Finding(f.isType("application") ? "high" : "critical", statement,
					"Upgrade to a supported release as part of the migration")));
		AssetKind kind = f.kind().orElse(null);
		int count = 3 + random.nextInt(40);
		if (kind == AssetKind.APPLICATION_LEGACY) {
			findings.add(new Finding("high", f.stack() + " codebase has no automated regression tests",
					"Build a characterization test suite before changing the code"));
			findings.add(new Finding("medium", "Only " + (1 + random.nextInt(3)) + " engineers can maintain the code",
					"Pair the remaining maintainers with the migration team now"));
		}
		else if (kind == AssetKind.APPLICATION_JAVA && f.stackMentions("java 8")) {
			findings.add(new Finding("medium", "Runs on Java 8; the target platform images start at Java 17",
					"Upgrade to Java 17 and remove JDK-internal API use"));
		}
		else if (kind == AssetKind.APPLICATION_DOTNET && f.stackMentions(".net framework")) {
			findings.add(new Finding("medium", ".NET Framework ties the application to Windows hosts",
					"Port to .NET 8 to run on Linux containers"));
		}
		else if (kind == AssetKind.DATABASE_ORACLE) {
			findings.add(new Finding("medium", count + " PL/SQL packages use Oracle-specific features",
					"Assess the packages with a schema conversion tool"));
		}
		else if (kind == AssetKind.DATABASE_SQLSERVER) {
			findings.add(new Finding("medium", count + " SQL Agent jobs and linked servers need rework",
					"Move the jobs to the platform scheduler"));
		}
		else if (kind == AssetKind.LOAD_BALANCER) {
			findings.add(new Finding("medium", count + " iRules with custom TCL logic",
					"Re-implement the iRules as listener rules of the cloud load balancer"));
		}
		else if (kind == AssetKind.FIREWALL) {
			findings.add(new Finding("medium",
					(count * 12) + " rules, " + (20 + random.nextInt(40)) + "% unused in the last 90 days",
					"Clean up the rule base before translating it"));
		}
		else if (f.isType("server") && random.nextInt(2) == 0) {
			findings.add(new Finding("medium", count + " OS patches pending", "Patch before the rehost snapshot"));
		}
		if (random.nextInt(100) < 30) {
			findings.add(new Finding("low", "Hard-coded IP addresses in configuration files",
					"Replace the addresses with DNS names"));
		}
		return findings;
	}

	private static List<Finding> risk(AssetFacts f, Random random) {
		List<Finding> findings = new ArrayList<>();
		if ("critical".equals(f.asset().criticality())) {
			findings.add(new Finding("high", "Business-critical system with no tested disaster recovery plan",
					"Rehearse the cutover and the fallback before the wave"));
		}
		if (f.production()) {
			findings.add(new Finding("medium",
					"Cutover window limited to " + (4 + 2 * random.nextInt(3)) + " hours on Sunday nights",
					"Plan a phased cutover with data replication"));
		}
		if (f.is(AssetKind.DATABASE_ORACLE)) {
			findings.add(new Finding("high", "Oracle licence audit exposure when moving to cloud vCPUs",
					"Review the licence position with procurement before the move"));
		}
		if (f.endOfSupport().isPresent()) {
			findings.add(new Finding("high", "Vendor support has ended: incidents cannot be escalated",
					"Budget for an extended support contract until cutover"));
		}
		if (f.asset().technicalOwner() != null && random.nextInt(100) < 40) {
			findings
				.add(new Finding("medium", "Knowledge concentrated in one team (" + f.asset().technicalOwner() + ")",
						"Document the runbook before the migration"));
		}
		if (f.isType("application") && random.nextInt(2) == 0) {
			findings.add(new Finding("medium", (2 + random.nextInt(9)) + " upstream and downstream interfaces",
					"Agree the interface cutover sequence with the owners"));
		}
		return findings;
	}

	private static List<Finding> security(AssetFacts f, Random random) {
		List<Finding> findings = new ArrayList<>();
		// old Windows stacks still negotiate TLS 1.0 by default
		boolean windowsEra = f.is(AssetKind.APPLICATION_LEGACY) || f.stackMentions(".net framework")
				|| f.stackMentions("iis")
				|| (f.endOfSupport().isPresent() && String.valueOf(f.asset().operatingSystem()).startsWith("Windows"));
		if (windowsEra) {
			findings.add(new Finding("high", "TLS 1.0 enabled", "Disable TLS 1.0 and 1.1; require TLS 1.2+"));
		}
		if (f.isType("application") && random.nextInt(100) < 45) {
			findings.add(new Finding("high", "Database credentials stored in plain-text configuration",
					"Move the credentials to the secrets manager"));
		}
		if (f.isType("database") && random.nextInt(2) == 0) {
			findings.add(new Finding("medium", "Encryption at rest not enabled", "Enable storage encryption"));
		}
		if (AssetKinds.isNetwork(f.asset().assetType())) {
			findings.add(new Finding("high", "Management interface reachable from the user VLAN",
					"Restrict management access to the admin network"));
		}
		if (random.nextInt(100) < 25) {
			int cves = 1 + random.nextInt(4);
			findings.add(new Finding("critical",
					cves + " critical CVE" + ((cves > 1) ? "s" : "") + " unpatched for over 90 days",
					"Patch now; do not carry the vulnerabilities into the target"));
		}
		if (random.nextInt(100) < 35) {
			findings.add(new Finding("medium", "MFA not enforced for administrative access",
					"Put administrative access behind the identity provider with MFA"));
		}
		return findings;
	}

	private static List<Finding> performance(AssetFacts f, Random random) {
		List<Finding> findings = new ArrayList<>();
		long cpu = Math.round(f.cpuPercent());
		long p95 = Math.min(99, cpu + 12 + random.nextInt(20));
		if (p95 >= 70) {
			findings.add(new Finding((p95 >= 85) ? "high" : "medium", "CPU p95 at " + p95 + "%",
					"Size the target one step larger, or scale out"));
		}
		Integer cores = f.asset().cpuCores();
		if (cpu < 20 && cores != null && cores > 2) {
			findings.add(new Finding("low", "Over-provisioned: " + cores + " vCPU at " + cpu + "% average",
					"Right-size to " + Math.max(2, cores / 2) + " vCPU in the target"));
		}
		if (f.memoryPercent() >= 80) {
			findings.add(new Finding("medium", "Memory utilization at " + Math.round(f.memoryPercent()) + "% average",
					"Choose a memory-optimized instance family"));
		}
		if (random.nextInt(100) < 30) {
			findings.add(new Finding("medium", "Disk latency p95 at " + (12 + random.nextInt(30)) + " ms",
					"Use provisioned-IOPS volumes for the data disks"));
		}
		if (f.isType("database") && random.nextInt(100) < 40) {
			findings.add(new Finding("medium", "Top 5 queries account for 60% of database time",
					"Tune the queries before sizing the target"));
		}
		return findings;
	}

}
