package kr.go.sandan.round;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import kr.go.sandan.web.FieldLabel;

/**
 * A notice an officer posts on an announced call: a correction, a later deadline (Korean
 * local time), or an early close; the call's version travels with the deadline forms.
 */
public class CallNoticeForm {

	@FieldLabel("call.notice.body")
	@NotBlank
	@Size(max = 4000)
	private String body;

	@FieldLabel("call.extend.closesAt")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime closesAt;

	private Long version;

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public LocalDateTime getClosesAt() {
		return this.closesAt;
	}

	public void setClosesAt(LocalDateTime closesAt) {
		this.closesAt = closesAt;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
