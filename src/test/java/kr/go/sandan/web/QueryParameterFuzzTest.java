package kr.go.sandan.web;

import java.lang.reflect.Parameter;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import kr.go.sandan.support.RealServerTest;
import kr.go.sandan.support.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page the portal serves, asked for with path variables and query parameters a
 * person would never type (and a tool would): letters where an id goes, numbers beyond a
 * long, a NUL byte, an unknown enum, hundreds of characters, negative pages. Signed out
 * and as each kind of person. The answer is a page, a 400, a 403 or a 404 — never a
 * server error. The routes come from the portal's own handler mappings, so a new page is
 * fuzzed the day it is added.
 */
@RealServerTest
class QueryParameterFuzzTest {

	private static final List<String> HOSTILE = List.of("abc", "-1", "0", "99999999999999999999", "2147483648", "1e400",
			"%00", "a%00b", "BOGUS_VALUE", "1,000", "%ED%95%9C%EA%B8%80", "'%22%3Cscript%3E", "x".repeat(300), "",
			"..%2F..%2Fetc%2Fpasswd", "%C0%AF", "%E2%80%AE", "%5B%5D", "9.9");

	/** Query parameters any page might read, besides those its handler declares. */
	private static final List<String> COMMON = List.of("page", "size", "lang", "sort", "year", "region", "q", "status",
			"call", "round", "version", "from", "to", "compare");

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:(?:[^{}]|\\{[^}]*\\})*)?\\}");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void noPageAnswersAServerErrorWhateverItsParameters() throws Exception {
		Map<String, Set<String>> pages = pages();
		assertThat(pages).as("the portal's pages").hasSizeGreaterThan(30);
		List<WebClient> people = new ArrayList<>();
		people.add(WebClient.anonymous(this.port));
		for (String username : List.of("admin", "ministry", "region-busan", "evaluator")) {
			people.add(WebClient.signedIn(this.port, username));
		}
		List<String> failures = new ArrayList<>();
		int asked = 0;
		for (WebClient person : people) {
			for (Map.Entry<String, Set<String>> page : pages.entrySet()) {
				for (String value : HOSTILE) {
					String path = withVariables(page.getKey(), value) + query(page.getValue(), value);
					HttpResponse<String> answer = person.get(path);
					asked++;
					if (answer.statusCode() >= 500) {
						failures.add(answer.statusCode() + " " + person + " " + abbreviated(path));
					}
				}
			}
		}
		assertThat(asked).isGreaterThan(500);
		assertThat(failures).as("server errors of %d requests", asked).isEmpty();
	}

	@Test
	void anAddressThatIsNotUtf8IsTheClientsMistake() throws Exception {
		HttpResponse<String> answer = WebClient.anonymous(this.port).get("/complexes?region=%C0%AF");
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("읽을 수 없는 글자", "cannot be read");
	}

	@Test
	void aForgedSessionCookieIsAStrangerNotAnError() throws Exception {
		WebClient stranger = WebClient.anonymous(this.port);
		for (String forged : List.of("%00", "x".repeat(4000), "00000000-0000-0000-0000-000000000000", "../../etc",
				"' or 1=1 --", "%ED%95%9C", "ZmFrZQ==")) {
			HttpResponse<String> home = stranger.getWithCookie("/", "SESSION=" + forged);
			assertThat(home.statusCode()).as(forged).isLessThan(500);
			HttpResponse<String> me = stranger.getWithCookie("/me", "SESSION=" + forged);
			assertThat(me.statusCode()).as("%s: asked to sign in", forged).isEqualTo(302);
		}
	}

	/** Every GET route, with the names of the query parameters its handler reads. */
	private Map<String, Set<String>> pages() {
		Map<String, Set<String>> pages = new java.util.TreeMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				continue;
			}
			Set<String> parameters = new TreeSet<>(COMMON);
			for (Parameter parameter : entry.getValue().getMethod().getParameters()) {
				RequestParam param = parameter.getAnnotation(RequestParam.class);
				if (param != null) {
					String name = StringUtils.hasText(param.name()) ? param.name() : param.value();
					parameters.add(StringUtils.hasText(name) ? name : parameter.getName());
				}
			}
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/error")) {
					continue;
				}
				pages.computeIfAbsent(pattern, (key) -> new LinkedHashSet<>()).addAll(parameters);
			}
		}
		return pages;
	}

	private static String withVariables(String pattern, String value) {
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(path, Matcher.quoteReplacement(value.isEmpty() ? "x" : value));
		}
		matcher.appendTail(path);
		return path.toString().replace("/**", "/x");
	}

	private static String query(Set<String> parameters, String value) {
		StringBuilder query = new StringBuilder();
		for (String name : parameters) {
			query.append(query.isEmpty() ? "?" : "&")
				.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
				.append('=')
				.append(value);
		}
		return query.toString();
	}

	private static String abbreviated(String path) {
		return (path.length() > 200) ? path.substring(0, 200) + "…" : path;
	}

}
