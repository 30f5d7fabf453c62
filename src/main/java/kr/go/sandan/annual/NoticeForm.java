package kr.go.sandan.annual;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The committee's decision on a district rated the lowest twice: put on notice, or its
 * designation ended early; when it was taken and why. The district's version travels with
 * it.
 */
public class NoticeForm {

	/** What the committee decided. */
	public enum Kind {

		/** 경고 (주의 조치). */
		NOTICE,
		/** 지정 조기 해제. */
		EARLY_END

	}

	private Long version;

	@NotNull
	private Kind kind;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate decidedOn;

	@NotBlank
	@Size(max = 2000)
	private String reason;

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public Kind getKind() {
		return this.kind;
	}

	public void setKind(Kind kind) {
		this.kind = kind;
	}

	public LocalDate getDecidedOn() {
		return this.decidedOn;
	}

	public void setDecidedOn(LocalDate decidedOn) {
		this.decidedOn = decidedOn;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
