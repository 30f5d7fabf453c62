package kr.go.sandan.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every piece of UI text exists in Korean and in English, and none is left empty. */
class MessagesTest {

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void koreanAndEnglishHaveTheSameKeys() throws IOException {
		Properties korean = load("messages.properties");
		Properties english = load("messages_en.properties");
		assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(korean.stringPropertyNames());
		korean.forEach((key, value) -> assertThat(value.toString()).as(key.toString()).isNotBlank());
		english.forEach((key, value) -> assertThat(value.toString()).as(key.toString()).isNotBlank());
	}

	@Test
	void everyEnumShownOnPagesHasALabel() throws IOException {
		Properties korean = load("messages.properties");
		for (var status : kr.go.sandan.plan.PlanStatus.values()) {
			assertThat(korean).containsKey("plan.status." + status);
		}
		for (var metric : kr.go.sandan.plan.TargetMetric.values()) {
			assertThat(korean).containsKey("plan.metric." + metric);
		}
		for (var type : kr.go.sandan.complex.ComplexType.values()) {
			assertThat(korean).containsKey("complex.type." + type);
		}
		for (var measure : kr.go.sandan.plan.HubWeight.Measure.values()) {
			assertThat(korean).containsKey("plan.weight." + measure);
		}
	}

}
