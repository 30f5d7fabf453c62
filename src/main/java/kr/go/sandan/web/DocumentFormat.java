package kr.go.sandan.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The document formats the portal accepts from people (a plan's documents, a call's
 * files), recognised by their content, not by their name: a PDF starts with {@code %PDF},
 * an HWP 5 file is an OLE2 compound file with a {@code FileHeader} stream, XLSX/DOCX/HWPX
 * are ZIP packages with their own parts. One rule for every upload.
 */
public enum DocumentFormat {

	PDF("pdf", "application/pdf"), HWP("hwp", "application/x-hwp"), HWPX("hwpx", "application/hwp+zip"),
	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
	DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final String extension;

	private final String mediaType;

	DocumentFormat(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	public String extension() {
		return this.extension;
	}

	public String mediaType() {
		return this.mediaType;
	}

	/** The format the file's name claims, if it is one of ours. */
	public static Optional<DocumentFormat> byName(String fileName) {
		if (fileName == null || !fileName.contains(".")) {
			return Optional.empty();
		}
		String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
		for (DocumentFormat format : values()) {
			if (format.extension.equals(extension)) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

	/** The format the content really is, if it is one of ours. */
	public static Optional<DocumentFormat> byContent(byte[] content) {
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

	/**
	 * What is wrong with an uploaded file ({@code empty}, {@code tooLarge}, {@code type}
	 * or {@code disguised}), or empty when its content is the format its name claims.
	 */
	public static Optional<String> problem(String fileName, byte[] content, long maxBytes) {
		if (content.length == 0) {
			return Optional.of("empty");
		}
		if (content.length > maxBytes) {
			return Optional.of("tooLarge");
		}
		Optional<DocumentFormat> claimed = byName(fileName);
		if (claimed.isEmpty()) {
			return Optional.of("type");
		}
		Optional<DocumentFormat> actual = byContent(content);
		if (actual.isEmpty() || actual.get() != claimed.get()) {
			return Optional.of("disguised");
		}
		return Optional.empty();
	}

	/** The SHA-256 checksum of a file, in hex, as the portal keeps it beside the file. */
	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Optional<DocumentFormat> zipPackage(byte[] content) throws IOException {
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
