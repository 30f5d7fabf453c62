package kr.go.sandan.plan;

import java.util.Optional;

import kr.go.sandan.web.DocumentFormat;

/**
 * The document types a plan may carry, recognised by their content, not by their name, by
 * the portal's one rule for uploads ({@link DocumentFormat}).
 */
public enum AttachmentType {

	PDF, HWP, HWPX, XLSX, DOCX;

	public String extension() {
		return format().extension();
	}

	public String mediaType() {
		return format().mediaType();
	}

	private DocumentFormat format() {
		return DocumentFormat.valueOf(name());
	}

	/** The type the file's name claims, if it is one of ours. */
	static Optional<AttachmentType> byName(String fileName) {
		return DocumentFormat.byName(fileName).map((format) -> valueOf(format.name()));
	}

	/** The type the content really is, if it is one of ours ({@link DocumentFormat}). */
	static Optional<AttachmentType> byContent(byte[] content) {
		return DocumentFormat.byContent(content).map((format) -> valueOf(format.name()));
	}

}
