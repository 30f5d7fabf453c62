package kr.go.sandan.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import kr.go.sandan.web.ErrorLabels;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A round's expected execution by month as the ministry enters it: twelve cumulative
 * shares in percent, and the version it read.
 */
public class ScheduleForm implements ErrorLabels.Labelled {

	private List<@NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3,
			fraction = 1) BigDecimal> months = new ArrayList<>(Arrays.asList(new BigDecimal[12]));

	private Long version;

	static ScheduleForm of(Schedule schedule) {
		ScheduleForm form = new ScheduleForm();
		form.months = new ArrayList<>(schedule.months());
		form.version = schedule.version();
		return form;
	}

	/**
	 * Twelve months whatever was posted ({@code months=1} binds a list of one): the form
	 * is shown again with a field per month.
	 */
	void twelve() {
		if (this.months == null) {
			this.months = new ArrayList<>();
		}
		while (this.months.size() < 12) {
			this.months.add(null);
		}
		while (this.months.size() > 12) {
			this.months.remove(this.months.size() - 1);
		}
	}

	/** A month's field is named by its month ("3월") in the error summary. */
	@Override
	public MessageSourceResolvable labelOf(String field) {
		java.util.regex.Matcher month = java.util.regex.Pattern.compile("months\\[(\\d{1,2})]").matcher(field);
		if (!month.matches()) {
			return null;
		}
		return new DefaultMessageSourceResolvable(new String[] { "ledger.schedule.month" },
				new Object[] { Integer.parseInt(month.group(1)) + 1 });
	}

	public List<BigDecimal> getMonths() {
		return this.months;
	}

	public void setMonths(List<BigDecimal> months) {
		this.months = months;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
