package kr.go.sandan.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every stylesheet a page or a PDF names is there, and so is everything those stylesheets
 * name: a missing one is a 404 in a person's browser (and a silently unstyled PDF, whose
 * renderer reads the same files from the classpath). No stylesheet {@code @import}s
 * another: tools that re-read the CSS, axe-core among them, resolve a relative import
 * against the page's address (KRDS's {@code ../../css/token/krds_tokens.css} became
 * {@code /plans/css/token/krds_tokens.css}), and an import makes the browser fetch the
 * two one after the other; the layout links each file instead.
 */
class StylesheetsTest {

	private static final Path STATIC = Path.of("src/main/resources/static");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern LINK = Pattern.compile("<link\\b[^>]*\\brel=\"stylesheet\"[^>]*>");

	private static final Pattern HREF = Pattern.compile("\\b(?:th:)?href=\"(?:@\\{)?([^\"}]+)}?\"");

	private static final Pattern IMPORT = Pattern.compile("@import\\b[^;]*;");

	private static final Pattern URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");

	@Test
	void everyStylesheetAPageOrPdfLinksIsThere() throws IOException {
		List<String> missing = new ArrayList<>();
		int links = 0;
		for (Path template : files(TEMPLATES, ".html")) {
			Matcher link = LINK.matcher(Files.readString(template, StandardCharsets.UTF_8));
			while (link.find()) {
				Matcher href = HREF.matcher(link.group());
				while (href.find()) {
					links++;
					String path = href.group(1);
					if (!path.startsWith("/") || !Files.isRegularFile(STATIC.resolve(path.substring(1)))) {
						missing.add(TEMPLATES.relativize(template) + " links " + path);
					}
				}
			}
		}
		assertThat(links).as("stylesheet links found in the templates").isGreaterThan(3);
		assertThat(missing).isEmpty();
	}

	@Test
	void everythingAStylesheetNamesIsThereAndNothingIsImported() throws IOException {
		List<String> problems = new ArrayList<>();
		int urls = 0;
		for (Path css : files(STATIC, ".css")) {
			String text = Files.readString(css, StandardCharsets.UTF_8);
			String name = STATIC.relativize(css).toString();
			Matcher imported = IMPORT.matcher(text);
			while (imported.find()) {
				problems.add(name + " imports: " + imported.group());
			}
			Matcher url = URL.matcher(text);
			while (url.find()) {
				String ref = url.group(1).trim();
				if (ref.startsWith("data:") || ref.startsWith("#")) {
					continue;
				}
				urls++;
				String path = URI.create("/" + name.replace('\\', '/'))
					.resolve(ref.replaceAll("[?#].*$", ""))
					.getPath();
				if (ref.contains("//") || !Files.isRegularFile(STATIC.resolve(path.substring(1)))) {
					problems.add(name + " names " + ref);
				}
			}
		}
		assertThat(urls).as("url() references found in the stylesheets").isGreaterThan(100);
		assertThat(problems).isEmpty();
	}

	private static List<Path> files(Path root, String suffix) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter((path) -> path.toString().endsWith(suffix)).sorted().toList();
		}
	}

}
