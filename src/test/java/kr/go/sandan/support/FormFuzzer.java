package kr.go.sandan.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Posts garbage to a real form of the portal, a field at a time, the way a hurried or
 * hostile person would: words where numbers go, numbers as officials write them, numbers
 * no column holds, NUL and other control characters, lone surrogates, values not on the
 * list, huge text, and row indexes no form offers. The form is read from its page as the
 * browser would see it (every other field keeps the value the page gives it), and each
 * answer is checked: never a 5xx; when the input is refused, the same page with a message
 * and the typed text still in its field.
 */
public final class FormFuzzer {

	/**
	 * What people and attackers type; what no field may hold first, so that a form that
	 * is gone once accepted (a pledge, a withdrawal) meets the worst before it goes.
	 */
	public static final List<String> VALUES = List.of("\u0000", "a\u0000b", "\uD800", "x\u0007y", "x".repeat(20_000),
			"1e400", "1e100000000", "99999999999999999999999", "12.345678901", "2147483648", "-2147483649", "NaN",
			"NOPE_UNKNOWN", "٣", "-1", "0", " ", "<script>alert(1)</script>", "１，０００", "1 000", "1,000", "abc");

	/** Row indexes no form offers. */
	private static final List<String> INDEXES = List.of("[255]", "[-1]", "[abc]", "[99999]", "[]", "[2147483648]");

	private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

	private final MockMvc mvc;

	private final RequestPostProcessor user;

	private final String page;

	private final String action;

	private final Map<String, String> given = new LinkedHashMap<>();

	private int posts;

	private final List<String> problems = new ArrayList<>();

	/**
	 * The form whose {@code action} is on {@code page}, as {@code user} reads and posts
	 * it.
	 */
	public FormFuzzer(MockMvc mvc, RequestPostProcessor user, String page, String action) {
		this.mvc = mvc;
		this.user = user;
		this.page = page;
		this.action = action;
	}

	/**
	 * A value the form is posted with instead of the one the page gives (a year of the
	 * test's own, a user name), so that what is accepted stays out of other tests' way.
	 */
	public FormFuzzer with(String field, String value) {
		this.given.put(field, value);
		return this;
	}

	/** Where the form posts. */
	public String action() {
		return this.action;
	}

	/** How many posts were made. */
	public int posts() {
		return this.posts;
	}

	/** What went wrong, one line each; empty when every answer held. */
	public List<String> problems() {
		return this.problems;
	}

	/**
	 * Every field of row 0 (and every field outside rows) with every value, every row
	 * index mutation, and a form without or with a bad version.
	 */
	public FormFuzzer run() throws Exception {
		Form form = read();
		List<String> fields = new ArrayList<>(form.values.keySet());
		for (String field : fields) {
			if (field.equals("_csrf") || laterRow(field)) {
				continue;
			}
			for (String value : VALUES) {
				if (form == null) {
					return this;
				}
				form = attempt(form, field, value, form.textFields.contains(field));
			}
		}
		for (String field : fields) {
			Matcher index = INDEX.matcher(field);
			if (!index.find() || laterRow(field)) {
				continue;
			}
			for (String mutated : INDEXES) {
				if (form == null) {
					return this;
				}
				String name = field.substring(0, index.start()) + mutated + field.substring(index.end());
				form = attempt(form, name, "1", false);
			}
		}
		if (form != null && form.values.containsKey("version")) {
			form = attempt(form, "version", "", false);
			if (form != null) {
				attempt(form, "version", "abc", false);
			}
		}
		return this;
	}

	private static boolean laterRow(String field) {
		Matcher index = INDEX.matcher(field);
		return index.find() && !index.group(1).equals("0");
	}

	private Form attempt(Form form, String field, String value, boolean text) throws Exception {
		Map<String, List<String>> params = new LinkedHashMap<>(form.values);
		params.put(field, List.of(value));
		MockHttpServletRequestBuilder request = post(this.action).with(csrf()).with(this.user);
		params.forEach((name, values) -> {
			if (!name.equals("_csrf")) {
				values.forEach((v) -> request.param(name, v));
			}
		});
		this.posts++;
		MockHttpServletResponse response;
		java.util.Map<String, Object> flash;
		try {
			org.springframework.test.web.servlet.MvcResult result = this.mvc.perform(request).andReturn();
			response = result.getResponse();
			flash = result.getFlashMap();
		}
		catch (Exception ex) {
			// MockMvc hands the exception back where a server would answer 500
			Throwable root = ex;
			while (root.getCause() != null && root.getCause() != root) {
				root = root.getCause();
			}
			this.problems.add(field + "=" + shown(value) + " → 500 (" + root.getClass().getSimpleName() + ": "
					+ shown(String.valueOf(root.getMessage())) + ")");
			return readIfOffered();
		}
		int status = response.getStatus();
		String what = field + "=" + shown(value) + " → " + status;
		if (status >= 500) {
			this.problems.add(what + " (server error)");
			return form;
		}
		if (status >= 300 && status < 400 && refused(flash)) {
			// refused after a redirect (post-redirect-get): the page it leads to says why
			// and
			// gives back what was typed
			// (the flash attributes live in the session: Spring Session's cookie carries
			// them)
			MockHttpServletRequestBuilder follow = get(response.getRedirectedUrl()).with(this.user);
			if (response.getCookie("SESSION") != null) {
				follow.cookie(response.getCookie("SESSION"));
			}
			MockHttpServletResponse shown = this.mvc.perform(follow).andReturn().getResponse();
			check(what, field, value, text, shown);
			return form;
		}
		if (status == 400 && text) {
			this.problems.add(what + " (typed text refused without its form)");
			return form;
		}
		if (status >= 300 && status < 400) {
			// accepted: the page holds new state (a new version) from now on, or no
			// longer
			// offers the form at all (a pledge signed, a decision published)
			return readIfOffered();
		}
		if (status == 200 || status == 409 || status == 422) {
			check(what, field, value, text, response);
		}
		return form;
	}

	/** A redirect that carries an error message in its flash attributes is a refusal. */
	private static boolean refused(java.util.Map<String, Object> flash) {
		return flash.keySet().stream().anyMatch((key) -> key.toLowerCase(java.util.Locale.ROOT).contains("error"));
	}

	/** The page shows a message and, for free text, what was typed. */
	private void check(String what, String field, String value, boolean text, MockHttpServletResponse response)
			throws Exception {
		String page = response.getContentAsString();
		// a NUL typed back is written as U+FFFD, never as a byte HTML does not allow
		if (page.indexOf('\u0000') >= 0) {
			this.problems.add(what + " (NUL sent in the page)");
		}
		Document answer = Jsoup.parse(page);
		if (answer.select(".form-hint-invalid, #error-summary, [role=alert], .portal-alert.error, #conflict")
			.isEmpty()) {
			this.problems.add(what + " (no message)");
		}
		// the error summary names each field and links to it (issue #16)
		Element summary = answer.getElementById("error-summary");
		if (summary != null) {
			for (Element link : summary.select("a[href^=#]")) {
				String id = link.attr("href").substring(1);
				if (answer.getElementById(id) == null) {
					this.problems.add(what + " (error summary links to no field: #" + id + ")");
				}
				if (link.selectFirst(".error-field") == null) {
					this.problems.add(what + " (error summary names no field: " + link.text() + ")");
				}
			}
		}
		if (text) {
			Element echoed = answer.selectFirst("[name=" + cssEscaped(field) + "]");
			String back = (echoed == null) ? null : echoed.is("textarea") ? echoed.wholeText() : echoed.val();
			boolean kept = back != null && (normalized(back).equals(normalized(value)) || sameNumber(back, value)
					|| (value.isBlank() && back.isBlank()));
			if (!kept) {
				this.problems.add(what + " (typed text not kept: " + shown(String.valueOf(back)) + ")");
			}
		}
	}

	/**
	 * Text as it comes back through HTML: NUL becomes U+FFFD in the parser, a lone
	 * surrogate cannot be encoded as UTF-8, line breaks are normalised.
	 */
	static String normalized(String text) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\u0000') {
				out.append('\uFFFD');
			}
			else if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1)))) {
				out.append('?');
			}
			else if (c != '\r') {
				out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * A number that was read and then refused for its size comes back as the portal
	 * writes it ({@code 1,000} as {@code 1000}): what was typed, in another form.
	 */
	private static boolean sameNumber(String back, String typed) {
		try {
			java.math.BigDecimal read = kr.go.sandan.web.NumberInput.parse(typed);
			return read != null && !back.isBlank() && new java.math.BigDecimal(back).compareTo(read) == 0;
		}
		catch (java.text.ParseException | NumberFormatException ex) {
			return false;
		}
	}

	private static String cssEscaped(String name) {
		return "\"" + name.replace("\"", "\\\"") + "\"";
	}

	private static String shown(String value) {
		String visible = value.replace("\u0000", "\\0").replace("\u0007", "\\a").replace("\uD800", "\\uD800");
		return (visible.length() > 30) ? visible.substring(0, 30) + "…(" + visible.length() + ")" : visible;
	}

	/**
	 * The form as the page gives it now, or {@code null} when the page no longer offers
	 * it.
	 */
	private Form readIfOffered() throws Exception {
		String html = this.mvc.perform(get(this.page).with(this.user)).andReturn().getResponse().getContentAsString();
		return (Jsoup.parse(html).selectFirst("form[action=" + cssEscaped(this.action) + "]") != null) ? read() : null;
	}

	/** The form as the page gives it now. */
	private Form read() throws Exception {
		String html = this.mvc.perform(get(this.page).with(this.user)).andReturn().getResponse().getContentAsString();
		Element form = Jsoup.parse(html).selectFirst("form[action=" + cssEscaped(this.action) + "]");
		if (form == null) {
			String text = Jsoup.parse(html).select("main").text();
			throw new IllegalStateException("No form posting to " + this.action + " on " + this.page + ": "
					+ text.substring(0, Math.min(600, text.length())));
		}
		Form read = Form.of(form);
		this.given.forEach((name, value) -> read.values.put(name, List.of(value)));
		return read;
	}

	/**
	 * The fields of {@code form} with the values a browser would send (for the same
	 * checks over a real server, {@link RealServerForm}).
	 */
	static Map<String, List<String>> valuesOf(Element form) {
		return Form.of(form).values;
	}

	/** A form's fields with the values a browser would send, and which take free text. */
	private record Form(Map<String, List<String>> values, List<String> textFields) {

		static Form of(Element form) {
			Map<String, List<String>> values = new LinkedHashMap<>();
			List<String> text = new ArrayList<>();
			for (Element field : form.select("input[name], select[name], textarea[name]")) {
				String name = field.attr("name");
				String type = field.attr("type").toLowerCase();
				if (field.is("input") && (type.equals("submit") || type.equals("button") || type.equals("file"))) {
					continue;
				}
				if (field.is("input") && (type.equals("checkbox") || type.equals("radio"))) {
					if (field.hasAttr("checked")) {
						values.computeIfAbsent(name, (k) -> new ArrayList<>()).add(field.val());
					}
					else {
						values.putIfAbsent(name, new ArrayList<>());
					}
					continue;
				}
				String value;
				if (field.is("select")) {
					Element selected = field.selectFirst("option[selected]");
					value = (selected != null) ? selected.val() : "";
				}
				else if (field.is("textarea")) {
					value = field.wholeText();
					text.add(name);
				}
				else {
					value = field.val();
					// a password is never sent back to the browser
					if (!type.equals("hidden") && !type.equals("password")) {
						text.add(name);
					}
				}
				values.computeIfAbsent(name, (k) -> new ArrayList<>()).add(value);
			}
			Element submit = form.selectFirst("button[type=submit][name]:not([formnovalidate])");
			if (submit != null) {
				values.put(submit.attr("name"), List.of(submit.val()));
			}
			return new Form(values, text);
		}

	}

	/** Runs every form and says, all at once, what went wrong. */
	public static String report(List<FormFuzzer> fuzzers) {
		StringBuilder report = new StringBuilder();
		for (FormFuzzer fuzzer : fuzzers) {
			if (!fuzzer.problems.isEmpty()) {
				report.append(fuzzer.action)
					.append(": ")
					.append(fuzzer.problems.size())
					.append(" of ")
					.append(fuzzer.posts)
					.append(" posts\n");
				fuzzer.problems.stream().limit(40).forEach((line) -> report.append("  ").append(line).append('\n'));
			}
		}
		return report.toString();
	}

}
