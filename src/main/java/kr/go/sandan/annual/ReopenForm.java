package kr.go.sandan.annual;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import kr.go.sandan.web.FieldLabel;

/**
 * The ministry sends a submitted annual score sheet back to its evaluator: why, on the
 * sheet's version the officer read.
 */
public class ReopenForm {

	@FieldLabel("annual.reopen.version")
	private Long version;

	@FieldLabel("annual.reopen.reason")
	@NotBlank
	@Size(max = 1000)
	private String reason;

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
