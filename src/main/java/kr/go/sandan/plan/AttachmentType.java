package kr.go.sandan.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The document types a plan may carry, recognised by their content, not by their name: a
 * PDF starts with {@code %PDF}, an HWP 5 file is an OLE2 compound file with a
 * {@code FileHeader} stream, XLSX/DOCX/HWPX are ZIP packages with their own parts.
 */
public enum AttachmentType {

	PDF("pdf", "application/pdf"), HWP("hwp", "application/x-hwp"), HWPX("hwpx", "application/hwp+zip"),
	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
	DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final String extension;

	private final String mediaType;

	AttachmentType(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	public String extension() {
		return this.extension;
	}

	public String mediaType() {
		return this.mediaType;
	}

	/** The type the file's name claims, if it is one of ours. */
	static Optional<AttachmentType> byName(String fileName) {
		if (fileName == null || !fileName.contains(".")) {
			return Optional.empty();
		}
		String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
		for (AttachmentType type : values()) {
			if (type.extension.equals(extension)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	/** The type the content really is, if it is one of ours. */
	static Optional<AttachmentType> byContent(byte[] content) {
		try {
			FileMagic magic = FileMagic.valueOf(new ByteArrayInputStream(content));
			if (magic == FileMagic.PDF) {
				return Optional.of(PDF);
			}
			if (magic == FileMagic.OLE2) {
				try (POIFSFileSystem ole = new POIFSFileSystem(new ByteArrayInputStream(content))) {
					return ole.getRoot().hasEntry("FileHeader") ? Optional.of(HWP) : Optional.empty();
				}
			}
			if (magic == FileMagic.OOXML) {
				return zipPackage(content);
			}
			return Optional.empty();
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	private static Optional<AttachmentType> zipPackage(byte[] content) throws IOException {
		boolean workbook = false;
		boolean document = false;
		boolean hwpx = false;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				String name = entry.getName();
				workbook |= name.equals("xl/workbook.xml");
				document |= name.equals("word/document.xml");
				hwpx |= name.equals("Contents/content.hpf");
			}
		}
		if (workbook) {
			return Optional.of(XLSX);
		}
		if (document) {
			return Optional.of(DOCX);
		}
		return hwpx ? Optional.of(HWPX) : Optional.empty();
	}

}
