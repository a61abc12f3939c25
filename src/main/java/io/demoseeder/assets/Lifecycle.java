package io.demoseeder.assets;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which platforms are out of vendor support at the demo's as-of date (late 2026), with
 * the sentence an assessment states about it. Tags ({@code end-of-support}), strategies
 * and findings all ask here, so they agree.
 */
public final class Lifecycle {

	private static final List<Rule> RULES = List.of(
			rule("windows server", "(2003|2008|2012)( r2)?", "Windows Server %s is out of support"),
			rule("red hat", "[4-7](\\.\\d+)?", "Red Hat Enterprise Linux %s is past the end of maintenance"),
			rule("oracle linux", "[5-7](\\.\\d+)?", "Oracle Linux %s is out of premier support"),
			rule("ubuntu", "(14|16|18|20)\\.04", "Ubuntu %s is out of standard support"),
			rule("suse", "(11|12)( sp\\d)?", "SUSE Linux Enterprise Server %s is out of general support"),
			rule("centos", "\\d+(\\.\\d+)?", "CentOS %s is end of life"),
			rule("f5 tmos", "(12|13|14|15)\\.\\d", "F5 TMOS %s is past the end of software development"),
			rule("pan-os", "(8\\.\\d|9\\.\\d|10\\.0|10\\.1)", "PAN-OS %s is end of life"),
			rule("oracle", "(9i|10g|11g|12c)", "Oracle Database %s is out of premier support"),
			rule("sql server", "(2005|2008|2012|2014|2016)( r2)?", "SQL Server %s is out of extended support"),
			rule("postgresql", "(8|9|10|11|12|13)(\\.\\d+)?", "PostgreSQL %s is end of life"),
			rule(".net framework", "(2\\.0|3\\.5|4\\.0|4\\.5(\\.1)?)", ".NET Framework %s is out of support"),
			rule("asp.net core", "[1-7](\\.\\d+)?", "ASP.NET Core %s is out of support"),
			rule("python", "2(\\.\\d+)?|3\\.[0-9]", "Python %s is end of life"),
			rule("java", "(1\\.)?[5-7]", "Java %s is out of public updates"));

	/**
	 * The statements worked out, by product: the assets and the assessments ask for each
	 * of their rows, about a hundred products at any scale of the demo (the rules'
	 * regular expressions were 0.9 CPU-s at scale 1000). Bounded, for files with more
	 * products.
	 */
	private static final Map<Product, Optional<String>> KNOWN = new ConcurrentHashMap<>();

	private static final int KNOWN_LIMIT = 10_000;

	private Lifecycle() {
	}

	/**
	 * The end-of-support statement for an asset's OS (with its version) or its stack,
	 * empty when both are supported.
	 */
	public static Optional<String> endOfSupport(String operatingSystem, String osVersion, String technologyStack) {
		Product product = new Product(operatingSystem, osVersion, technologyStack);
		Optional<String> known = KNOWN.get(product);
		if (known != null) {
			return known;
		}
		Optional<String> statement = matchEndOfSupport(operatingSystem, osVersion, technologyStack);
		if (KNOWN.size() < KNOWN_LIMIT) {
			KNOWN.put(product, statement);
		}
		return statement;
	}

	private static Optional<String> matchEndOfSupport(String operatingSystem, String osVersion,
			String technologyStack) {
		String os = lower(operatingSystem) + " " + lower(osVersion);
		String stack = lower(technologyStack);
		return RULES.stream()
			.map((rule) -> rule.match(os).or(() -> rule.match(stack)))
			.flatMap(Optional::stream)
			.findFirst();
	}

	/**
	 * The end-of-support statement for the operating system alone: an old OS makes a
	 * server legacy, an old runtime on a current OS does not.
	 */
	public static Optional<String> osEndOfSupport(String operatingSystem, String osVersion) {
		// no stack matches no rule: the statement of the OS alone, from the memo
		return endOfSupport(operatingSystem, osVersion, null);
	}

	private static Rule rule(String product, String version, String statement) {
		return new Rule(product, Pattern.compile(Pattern.quote(product) + "[a-z ]*?\\s*v?(" + version + ")\\b"),
				statement);
	}

	private static String lower(String text) {
		return (text != null) ? text.strip().toLowerCase(Locale.ROOT) : "";
	}

	private record Product(String operatingSystem, String osVersion, String technologyStack) {
	}

	private record Rule(String product, Pattern pattern, String statement) {

		Optional<String> match(String text) {
			// a match starts with the product's name: most texts are ruled out without
			// the
			// regex, which the assets, dependencies and assessments steps run per asset
			if (!text.contains(this.product)) {
				return Optional.empty();
			}
			Matcher matcher = this.pattern.matcher(text);
			if (!matcher.find()) {
				return Optional.empty();
			}
			// the text was lower-cased to match; vendors write "2012 R2", "12 SP5"
			String version = matcher.group(1).replace(" r2", " R2").replaceAll(" sp(\\d)", " SP$1");
			return Optional.of(String.format(this.statement, version));
		}

	}

}
