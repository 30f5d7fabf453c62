package kr.go.sandan.round;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

import kr.go.sandan.web.FieldLabel;

/** A file an officer attaches to a call: what it is, its title, and the file. */
public class CallFileForm {

	@FieldLabel("call.file.kind")
	@NotNull
	private CallFileKind kind = CallFileKind.NOTICE;

	@FieldLabel("call.file.title")
	@NotBlank
	@Size(max = 200)
	private String title;

	@FieldLabel("call.file.file")
	private MultipartFile file;

	public CallFileKind getKind() {
		return this.kind;
	}

	public void setKind(CallFileKind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

}
