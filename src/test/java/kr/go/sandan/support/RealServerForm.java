package kr.go.sandan.support;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A form of the portal posted over a real server ({@link WebClient}), where Tomcat's
 * limits apply (request size, parameter count): read from its page as a browser sees it,
 * changed, posted, and its answer checked as {@link FormFuzzer} checks MockMvc's — never
 * a 5xx; a refusal is the same page with a message and what was typed; an answer within
 * seconds.
 */
public final class RealServerForm {

	/**
	 * What a byte sequence no encoder writes looks like on the wire: a lone surrogate.
	 */
	public static final String LONE_SURROGATE_BYTES = "%ED%A0%80";

	private final WebClient client;

	private final String page;

	private final String action;

	public RealServerForm(WebClient client, String page, String action) {
		this.client = client;
		this.page = page;
		this.action = action;
	}

	public WebClient client() {
		return this.client;
	}

	/** The form's fields as the page gives them now (its CSRF token kept). */
	public Map<String, List<String>> read() throws IOException, InterruptedException {
		Document document = this.client.page(this.page);
		Element form = document.selectFirst("form[action=\"" + this.action + "\"]");
		if (form == null) {
			throw new IllegalStateException(
					"No form posting to " + this.action + " on " + this.page + ": " + document.select("main").text());
		}
		Map<String, List<String>> values = new LinkedHashMap<>(FormFuzzer.valuesOf(form));
		values.remove("_csrf");
		return values;
	}

	/** An answer and how long it took. */
	public record Answer(HttpResponse<String> response, long millis) {

		public int status() {
			return this.response.statusCode();
		}

		public Document page() {
			return Jsoup.parse(this.response.body());
		}

	}

	/**
	 * Posts the fields; a value starting with {@code %} is sent as it is (already
	 * encoded), every other value encoded.
	 */
	public Answer post(Map<String, List<String>> values) throws IOException, InterruptedException {
		List<String> pairs = new ArrayList<>();
		values.forEach((name, list) -> list.forEach((value) -> pairs
			.add(encode(name) + "=" + (value.startsWith("%") && value.length() > 1 ? value : encode(value)))));
		long started = System.nanoTime();
		HttpResponse<String> response = this.client.postEncoded(this.action, String.join("&", pairs));
		return new Answer(response, (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * What is wrong with the answer to {@code field=typed}, or {@code null}: a 5xx, a
	 * refusal without a message, typed text not given back, a slow answer.
	 */
	public static String problem(String field, String typed, boolean text, Answer answer) {
		String what = field + "=" + shown(typed) + " → " + answer.status() + " in " + answer.millis() + " ms";
		if (answer.status() == 400 && typed.startsWith("%") && answer.response().body().contains("읽을 수 없는")
				&& answer.response().body().contains("cannot be read")) {
			// bytes that are not UTF-8 (no browser sends them): the body cannot be read
			// at
			// all, so the answer is a plain refusal in both languages
			return null;
		}
		if (answer.status() >= 500 || answer.status() == 400 || answer.status() == 403 || answer.status() == 413) {
			return what + " (" + answer.page().select("main h1, title").text() + ")";
		}
		if (answer.millis() > 10_000) {
			return what + " (slow)";
		}
		if (answer.status() == 200 || answer.status() == 409) {
			Document page = answer.page();
			if (page.select(".form-hint-invalid, #error-summary, [role=alert], .portal-alert.error, #conflict")
				.isEmpty()) {
				return what + " (no message)";
			}
			if (text && !typed.startsWith("%")) {
				Element echoed = page.selectFirst("[name=\"" + field + "\"]");
				String back = (echoed == null) ? null : echoed.is("textarea") ? echoed.wholeText() : echoed.val();
				if (back == null || !FormFuzzer.normalized(back).strip().equals(FormFuzzer.normalized(typed).strip())) {
					return what + " (typed text not kept: " + shown(String.valueOf(back)) + ")";
				}
			}
		}
		return null;
	}

	/**
	 * Posts each value in each field (the rest of the form as the page gives it), then a
	 * value in each row no form offers; what went wrong, one line each. A field maps to
	 * whether it takes free text (which a refusal must give back). After each refusal the
	 * form must read as before: nothing of a refused post is saved.
	 */
	public List<String> hostile(Map<String, Boolean> fields, List<String> values, List<String> rows)
			throws IOException, InterruptedException {
		List<String> problems = new ArrayList<>();
		Map<String, List<String>> before = comparable(read());
		for (Map.Entry<String, Boolean> field : fields.entrySet()) {
			for (String value : values) {
				Map<String, List<String>> posted = read();
				posted.put(field.getKey(), List.of(value));
				Answer answer = post(posted);
				String problem = problem(field.getKey(), value, field.getValue(), answer);
				if (problem != null) {
					problems.add(problem);
				}
				Map<String, List<String>> after = comparable(read());
				if (answer.status() != 302 && !after.equals(before)) {
					problems.add(field.getKey() + "=" + shown(value) + " → " + answer.status()
							+ " (refused, but the form reads otherwise now)");
				}
				before = after;
			}
		}
		for (String row : rows) {
			Map<String, List<String>> posted = read();
			posted.put(row, List.of("1"));
			String problem = problem(row, "1", false, post(posted));
			if (problem != null) {
				problems.add(problem);
			}
		}
		return problems;
	}

	/**
	 * The fields as they can be compared before and after a save: without the version,
	 * line breaks and outer blanks as a browser and the portal normalise them.
	 */
	public static Map<String, List<String>> comparable(Map<String, List<String>> values) {
		Map<String, List<String>> copy = new LinkedHashMap<>(values);
		copy.remove("version");
		copy.replaceAll((name, list) -> list.stream().map((value) -> value.replace("\r", "").strip()).toList());
		return copy;
	}

	/**
	 * Korean text of the given length, as officials write it: each character nine bytes
	 * URL-encoded, the most a form's length limit lets through.
	 */
	public static String korean(int length, String start) {
		StringBuilder text = new StringBuilder(start);
		String words = "산업단지 대개조 사업의 추진 실적과 근거 자료, 다음 해 계획을 적습니다. ";
		while (text.length() < length) {
			text.append(words.charAt(text.length() % words.length()));
		}
		return text.substring(0, length);
	}

	private static String shown(String value) {
		String visible = value.replace("\u0000", "\\0");
		return (visible.length() > 30) ? visible.substring(0, 30) + "…(" + visible.length() + ")" : visible;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
