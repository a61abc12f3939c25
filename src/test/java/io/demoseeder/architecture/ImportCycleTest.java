package io.demoseeder.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dependencies point one way: no two files and no two packages under {@code src/main} use
 * each other, directly or around a circle. A file uses another when it imports it, or
 * names it by its simple name in the same package (read from the source text, with
 * comments and string literals left out), as a reader of the code would follow it.
 */
class ImportCycleTest {

	private static final Path SOURCES = Path.of("src/main/java");

	private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);

	private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?(io\\.demoseeder\\.[\\w.]+);",
			Pattern.MULTILINE);

	private static final Pattern WORD = Pattern.compile("\\b[A-Z]\\w*\\b");

	// block and line comments, text blocks and string literals: names there are not uses
	private static final Pattern NOT_CODE = Pattern
		.compile("/\\*.*?\\*/|//[^\\n]*|\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\])*\"", Pattern.DOTALL);

	private static Map<String, Set<String>> fileUses;

	@BeforeAll
	static void readSources() {
		Map<String, String> code = new TreeMap<>();
		Map<String, String> packageOf = new HashMap<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				String text = Files.readString(file);
				Matcher pkg = PACKAGE.matcher(text);
				String name = (pkg.find() ? pkg.group(1) + "." : "")
						+ file.getFileName().toString().replace(".java", "");
				code.put(name, text);
				packageOf.put(name, pkg.find(0) ? pkg.group(1) : "");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		fileUses = new TreeMap<>();
		code.forEach((file, text) -> fileUses.put(file, uses(file, text, code.keySet(), packageOf)));
	}

	@Test
	void noTwoFilesUseEachOther() {
		assertThat(circles(fileUses)).as("files that use each other, directly or around a circle").isEmpty();
	}

	@Test
	void noTwoPackagesUseEachOther() {
		Map<String, Set<String>> packageUses = new TreeMap<>();
		fileUses.forEach((file, used) -> {
			Set<String> targets = packageUses.computeIfAbsent(packageName(file), (p) -> new TreeSet<>());
			used.stream().map(ImportCycleTest::packageName).forEach(targets::add);
		});
		packageUses.forEach((pkg, used) -> used.remove(pkg));
		assertThat(circles(packageUses)).as("packages that use each other, directly or around a circle").isEmpty();
	}

	private static Set<String> uses(String file, String text, Set<String> files, Map<String, String> packageOf) {
		Set<String> used = new TreeSet<>();
		Matcher imports = IMPORT.matcher(text);
		while (imports.find()) {
			String target = imports.group(1);
			// a nested type or a static member: the file that declares it
			while (!files.contains(target) && target.contains(".")) {
				target = target.substring(0, target.lastIndexOf('.'));
			}
			used.add(target);
		}
		String pkg = packageOf.get(file);
		Matcher words = WORD.matcher(NOT_CODE.matcher(text).replaceAll(" "));
		while (words.find()) {
			String sibling = pkg + "." + words.group();
			if (files.contains(sibling)) {
				used.add(sibling);
			}
		}
		used.remove(file);
		used.retainAll(files);
		return used;
	}

	private static String packageName(String file) {
		return file.substring(0, file.lastIndexOf('.'));
	}

	/** The strongly connected components of more than one node (Tarjan), each sorted. */
	private static List<Set<String>> circles(Map<String, Set<String>> graph) {
		Map<String, Integer> index = new HashMap<>();
		Map<String, Integer> low = new HashMap<>();
		Deque<String> stack = new ArrayDeque<>();
		Set<String> onStack = new LinkedHashSet<>();
		List<Set<String>> circles = new ArrayList<>();
		for (String node : graph.keySet()) {
			if (!index.containsKey(node)) {
				connect(node, graph, index, low, stack, onStack, circles);
			}
		}
		return circles;
	}

	private static void connect(String node, Map<String, Set<String>> graph, Map<String, Integer> index,
			Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<Set<String>> circles) {
		index.put(node, index.size());
		low.put(node, index.get(node));
		stack.push(node);
		onStack.add(node);
		for (String next : graph.getOrDefault(node, Set.of())) {
			if (!index.containsKey(next)) {
				connect(next, graph, index, low, stack, onStack, circles);
				low.put(node, Math.min(low.get(node), low.get(next)));
			}
			else if (onStack.contains(next)) {
				low.put(node, Math.min(low.get(node), index.get(next)));
			}
		}
		if (low.get(node).equals(index.get(node))) {
			Set<String> component = new TreeSet<>();
			String member;
			do {
				member = stack.pop();
				onStack.remove(member);
				component.add(member);
			}
			while (!member.equals(node));
			if (component.size() > 1) {
				circles.add(component);
			}
		}
	}

}
