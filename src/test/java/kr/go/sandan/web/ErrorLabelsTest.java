package kr.go.sandan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** How the error summary names a refused field and where it links to. */
class ErrorLabelsTest {

	static class Section<R> {

		@FieldLabel("rows")
		List<R> rows = new ArrayList<>();

	}

	static class Targets extends Section<Targets.Row> {

		@FieldLabel("vision")
		String vision;

		static class Row {

			@FieldLabel("metric")
			String metric;

			String unlabelled;

		}

	}

	static class Grid implements ErrorLabels.Labelled {

		@FieldLabel("amounts")
		List<Integer> amounts = new ArrayList<>();

		@Override
		public MessageSourceResolvable labelOf(String field) {
			return field.startsWith("amounts[") ? new DefaultMessageSourceResolvable(new String[] { "cell" },
					new Object[] { field.substring(8, field.length() - 1) }) : null;
		}

	}

	private final ErrorLabels labels = new ErrorLabels(messages());

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("vision", Locale.KOREAN, "비전");
		messages.addMessage("metric", Locale.KOREAN, "지표");
		messages.addMessage("metric", Locale.ENGLISH, "Metric");
		messages.addMessage("cell", Locale.KOREAN, "{0}번 칸");
		messages.addMessage("form.errorSummary.row", Locale.KOREAN, "{0} ({1}번 행)");
		messages.addMessage("form.errorSummary.row", Locale.ENGLISH, "{0} (row {1})");
		messages.addMessage("form.field.currentPassword", Locale.KOREAN, "현재 비밀번호");
		messages.addMessage("form.field.rationale", Locale.KOREAN, "사유");
		return messages;
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aFieldIsNamedByItsLabelAndARowByItsNumber() {
		LocaleContextHolder.setLocale(Locale.KOREAN);
		assertThat(this.labels.of(new Targets(), "vision")).isEqualTo("비전");
		// the row's type is found through the generic superclass
		assertThat(this.labels.of(new Targets(), "rows[2].metric")).isEqualTo("지표 (3번 행)");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.labels.of(new Targets(), "rows[0].metric")).isEqualTo("Metric (row 1)");
	}

	@Test
	void aFieldWithoutALabelIsNotNamed() {
		LocaleContextHolder.setLocale(Locale.KOREAN);
		assertThat(this.labels.of(new Targets(), "rows[0].unlabelled")).isNull();
		assertThat(this.labels.of(new Targets(), "nothing")).isNull();
	}

	@Test
	void aFormMayNameItsOwnFields() {
		LocaleContextHolder.setLocale(Locale.KOREAN);
		assertThat(this.labels.of(new Grid(), "amounts[4]")).isEqualTo("4번 칸");
	}

	@Test
	void aRecordWhoseBindingFailedIsNamedByConvention() {
		LocaleContextHolder.setLocale(Locale.KOREAN);
		assertThat(this.labels.of(null, "currentPassword")).isEqualTo("현재 비밀번호");
	}

	@Test
	void anErrorKeptInAMapLinksToItsField() {
		LocaleContextHolder.setLocale(Locale.KOREAN);
		assertThat(this.labels.anchorOf("rationale.12", null)).isEqualTo("rationale-12");
		assertThat(this.labels.anchorOf("chair", Map.of())).isEqualTo("chair");
		assertThat(this.labels.anchorOf("outcome.12", Map.of("outcome", "selected-{}"))).isEqualTo("selected-12");
		assertThat(this.labels.labelOf("rationale.12")).isEqualTo("사유");
	}

}
