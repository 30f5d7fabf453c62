package kr.go.sandan.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import kr.go.sandan.web.FieldLabel;

/**
 * One ledger line's figures as the person enters them (KRW million), the date they hold
 * from, the reason, and the version (the line's latest entry) they were read at.
 */
public class LedgerForm {

	private Long version;

	@FieldLabel("ledger.stage.SECURED")
	@Digits(integer = 13, fraction = 1)
	@PositiveOrZero
	private BigDecimal secured;

	@FieldLabel("ledger.stage.ALLOCATED")
	@Digits(integer = 13, fraction = 1)
	@PositiveOrZero
	private BigDecimal allocated;

	@FieldLabel("ledger.stage.EXECUTED")
	@Digits(integer = 13, fraction = 1)
	@PositiveOrZero
	private BigDecimal executed;

	@FieldLabel("ledger.stage.SETTLED")
	@Digits(integer = 13, fraction = 1)
	@PositiveOrZero
	private BigDecimal settled;

	@FieldLabel("ledger.stage.CARRIED_OVER")
	@Digits(integer = 13, fraction = 1)
	@PositiveOrZero
	private BigDecimal carriedOver;

	@FieldLabel("ledger.stage.RETURNED")
	@Digits(integer = 13, fraction = 1)
	@PositiveOrZero
	private BigDecimal returned;

	@FieldLabel("ledger.enteredOn")
	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate enteredOn;

	@FieldLabel("ledger.reason")
	@Size(max = 1000)
	private String reason;

	static LedgerForm of(LedgerViews.Line line, LocalDate today) {
		LedgerForm form = new LedgerForm();
		form.version = line.version();
		form.secured = line.amount(Stage.SECURED);
		form.allocated = line.amount(Stage.ALLOCATED);
		form.executed = line.amount(Stage.EXECUTED);
		form.settled = line.amount(Stage.SETTLED);
		form.carriedOver = line.amount(Stage.CARRIED_OVER);
		form.returned = line.amount(Stage.RETURNED);
		form.enteredOn = today;
		return form;
	}

	/** The field of the form that holds a stage. */
	static String field(Stage stage) {
		return switch (stage) {
			case SECURED -> "secured";
			case ALLOCATED -> "allocated";
			case EXECUTED -> "executed";
			case SETTLED -> "settled";
			case CARRIED_OVER -> "carriedOver";
			case RETURNED -> "returned";
		};
	}

	/** The figures entered, by stage (a blank field is absent). */
	Map<Stage, BigDecimal> amounts() {
		Map<Stage, BigDecimal> amounts = new EnumMap<>(Stage.class);
		put(amounts, Stage.SECURED, this.secured);
		put(amounts, Stage.ALLOCATED, this.allocated);
		put(amounts, Stage.EXECUTED, this.executed);
		put(amounts, Stage.SETTLED, this.settled);
		put(amounts, Stage.CARRIED_OVER, this.carriedOver);
		put(amounts, Stage.RETURNED, this.returned);
		return amounts;
	}

	private static void put(Map<Stage, BigDecimal> amounts, Stage stage, BigDecimal amount) {
		if (amount != null) {
			amounts.put(stage, amount);
		}
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public BigDecimal getSecured() {
		return this.secured;
	}

	public void setSecured(BigDecimal secured) {
		this.secured = secured;
	}

	public BigDecimal getAllocated() {
		return this.allocated;
	}

	public void setAllocated(BigDecimal allocated) {
		this.allocated = allocated;
	}

	public BigDecimal getExecuted() {
		return this.executed;
	}

	public void setExecuted(BigDecimal executed) {
		this.executed = executed;
	}

	public BigDecimal getSettled() {
		return this.settled;
	}

	public void setSettled(BigDecimal settled) {
		this.settled = settled;
	}

	public BigDecimal getCarriedOver() {
		return this.carriedOver;
	}

	public void setCarriedOver(BigDecimal carriedOver) {
		this.carriedOver = carriedOver;
	}

	public BigDecimal getReturned() {
		return this.returned;
	}

	public void setReturned(BigDecimal returned) {
		this.returned = returned;
	}

	public LocalDate getEnteredOn() {
		return this.enteredOn;
	}

	public void setEnteredOn(LocalDate enteredOn) {
		this.enteredOn = enteredOn;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
