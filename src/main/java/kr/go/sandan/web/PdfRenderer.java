package kr.go.sandan.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Renders an HTML page, such as one a Thymeleaf template wrote, into a PDF with the
 * portal's Korean font embedded. Library: openhtmltopdf on PDFBox.
 *
 * <p>
 * <b>Font.</b> NanumGothic Regular (400) and Bold (700), vendored under
 * {@code classpath:/fonts/} (SIL OFL 1.1, see {@code fonts/LICENSE}), embedded as subsets
 * (only the glyphs used). The print stylesheet names it by the family
 * {@value #FONT_FAMILY}: <pre>{@code
 * body { font-family: 'Portal Korean', sans-serif; }
 * }</pre> It also stands in for the generic families ({@code serif}, the default,
 * {@code sans-serif}, {@code monospace}), so unstyled text, page-number margin boxes and
 * the portal's screen CSS ({@code 'Pretendard GOV', sans-serif}) still print in Korean:
 * the PDF's built-in fonts have no Hangul and would print {@code #}. Text copies and
 * extracts as written, Hanja and spaces included (see {@link ToUnicodeRepair}).
 *
 * <p>
 * <b>Resources.</b> Nothing is fetched from the network or the file system. Links and
 * images are read from the classpath only: {@code baseUri} is a classpath folder that
 * stands for the site root (normally {@link #STATIC_ROOT}), so both the root-relative
 * {@code /css/print.css} that {@code @{/css/print.css}} writes and a relative
 * {@code css/print.css} are read from {@code classpath:/static/css/print.css}. Anything
 * else ({@code http(s):}, {@code //host}, {@code file:}, paths leaving the folder) is
 * left out and the rest of the page still renders. {@code data:} images work. WebJar
 * paths are not mapped.
 *
 * <p>
 * <b>CSS.</b> openhtmltopdf implements CSS 2.1 plus parts of CSS 3 paged media, not
 * flexbox or grid: lay the print page out with blocks and tables. What works:
 * {@code @page { size: A4; margin: 20mm; }} (A4 portrait is the default here;
 * {@code size: A4 landscape} too), {@code @page} margin boxes with
 * {@code counter(page)}/{@code counter(pages)}, {@code page-break-before/after: always},
 * {@code page-break-inside: avoid} on rows and blocks, and
 * {@code -fs-table-paginate: paginate} on a table to repeat its {@code thead} on each
 * page. Margin boxes take no font from the document: give them a {@code font-family} of
 * their own if they should not be the default. Bold uses the Bold face; there is no
 * italic face (italic is slanted).
 */
@Component
public class PdfRenderer {

	/** The font family name print stylesheets use. */
	public static final String FONT_FAMILY = "Portal Korean";

	/** The classpath folder Spring serves as the site root; the usual base URI. */
	public static final String STATIC_ROOT = "classpath:/static/";

	private static final String CLASSPATH = "classpath";

	private static final String REGULAR_FONT = "fonts/NanumGothic.ttf";

	private static final String BOLD_FONT = "fonts/NanumGothicBold.ttf";

	private static final ClassLoader LOADER = PdfRenderer.class.getClassLoader();

	/**
	 * The families the font is registered as: the portal's own and the names
	 * openhtmltopdf gives CSS's generic families, which otherwise fall back to the
	 * built-in PDF fonts (no Hangul).
	 */
	private static final String[] FAMILIES = { FONT_FAMILY, "Serif", "SansSerif", "Monospaced" };

	static {
		XRLog.setLoggerImpl(new Slf4jLogger());
	}

	/**
	 * The font files (each about 4.6 MB) and what {@link ToUnicodeRepair} learnt of them,
	 * read from the jar at the first render: a PDF is asked for rarely, and reading them
	 * took a tenth of a second of every start-up.
	 */
	private final SingletonSupplier<Fonts> fonts = SingletonSupplier.of(Fonts::read);

	private record Fonts(byte[] regular, byte[] bold, ToUnicodeRepair toUnicode) {

		static Fonts read() {
			byte[] regular = PdfRenderer.read(REGULAR_FONT);
			byte[] bold = PdfRenderer.read(BOLD_FONT);
			ToUnicodeRepair toUnicode = new ToUnicodeRepair();
			for (byte[] font : new byte[][] { regular, bold }) {
				try {
					toUnicode.addFont(new ByteArrayInputStream(font));
				}
				catch (IOException ex) {
					throw new UncheckedIOException("Font unreadable", ex);
				}
			}
			return new Fonts(regular, bold, toUnicode);
		}

	}

	private static byte[] read(String font) {
		try (InputStream in = LOADER.getResourceAsStream(font)) {
			if (in == null) {
				throw new IllegalStateException("Font " + font + " missing: run scripts/vendor-font.sh");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Font " + font + " unreadable", ex);
		}
	}

	/**
	 * Renders {@code html} (HTML5 or XHTML) as a PDF.
	 * @param html the whole page
	 * @param baseUri a {@code classpath:/…/} folder standing for the site root, or
	 * {@code null} for {@link #STATIC_ROOT}
	 * @return the PDF's bytes
	 */
	public byte[] render(String html, String baseUri) {
		String root = root(baseUri);
		Fonts fonts = this.fonts.obtain();
		Document page = Jsoup.parse(html, "");
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.useDefaultPageSize(210, 297, PageSizeUnits.MM);
		for (String family : FAMILIES) {
			builder.useFont(() -> new ByteArrayInputStream(fonts.regular()), family, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(fonts.bold()), family, 700, FontStyle.NORMAL, true);
		}
		builder.useUriResolver((base, uri) -> resolve(root, base, uri));
		builder.useExternalResourceAccessControl((uri, type) -> isClasspath(uri),
				ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		builder.useProtocolsStreamImplementation(ClasspathStream::new, CLASSPATH);
		builder.withW3cDocument(W3CDom.convert(page), root);
		builder.toStream(pdf);
		try {
			builder.run();
			return fonts.toUnicode().repair(pdf.toByteArray(), html + page.wholeText());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("PDF rendering failed", ex);
		}
	}

	private static String root(String baseUri) {
		String root = (baseUri != null) ? baseUri : STATIC_ROOT;
		if (!root.startsWith(CLASSPATH + ":/") || !root.endsWith("/")) {
			throw new IllegalArgumentException("Base URI must be a classpath:/…/ folder, not " + baseUri);
		}
		return root;
	}

	/**
	 * Where a link or image of the page is read from: a {@code classpath:} URI inside
	 * {@code root}, the {@code data:} URI itself, or {@code null} (left out). A path
	 * starting with {@code /} is taken from {@code root}; a relative one from
	 * {@code base}, the page or the stylesheet that names it.
	 */
	static String resolve(String root, String base, String uri) {
		if (uri == null || uri.isBlank()) {
			return null;
		}
		String trimmed = uri.trim();
		if (isData(trimmed)) {
			return trimmed;
		}
		if (trimmed.startsWith("//") || trimmed.startsWith("\\")) {
			return null;
		}
		URI parsed;
		try {
			parsed = new URI(trimmed);
		}
		catch (URISyntaxException ex) {
			return null;
		}
		if (parsed.isAbsolute()) {
			return CLASSPATH.equals(parsed.getScheme()) ? within(root, parsed.normalize().toString()) : null;
		}
		String path = parsed.getRawPath();
		if (path == null || path.isEmpty()) {
			return null;
		}
		if (path.startsWith("/")) {
			return within(root, URI.create(root).resolve(path.substring(1)).normalize().toString());
		}
		URI from = URI.create((base != null && base.startsWith(root)) ? base : root);
		return within(root, from.resolve(path).normalize().toString());
	}

	private static String within(String root, String resolved) {
		return resolved.startsWith(root) ? resolved : null;
	}

	private static boolean isClasspath(String uri) {
		return uri != null && (uri.startsWith(CLASSPATH + ":/") || isData(uri));
	}

	private static boolean isData(String uri) {
		return uri.regionMatches(true, 0, "data:", 0, 5);
	}

	/** Reads a {@code classpath:/path} URI from the application's class loader. */
	private static final class ClasspathStream implements FSStream {

		private final String path;

		ClasspathStream(String uri) {
			this.path = URI.create(uri).getPath().substring(1);
		}

		@Override
		public InputStream getStream() {
			return LOADER.getResourceAsStream(this.path);
		}

		@Override
		public Reader getReader() {
			InputStream stream = getStream();
			return (stream != null) ? new InputStreamReader(stream, StandardCharsets.UTF_8) : null;
		}

	}

	/**
	 * Sends openhtmltopdf's messages (its own console logger otherwise) to SLF4J under
	 * their {@code com.openhtmltopdf.*} names, so the application's logging settings
	 * apply.
	 */
	private static final class Slf4jLogger implements XRLogger {

		@Override
		public void log(String where, Level level, String msg) {
			log(where, level, msg, null);
		}

		@Override
		public void log(String where, Level level, String msg, Throwable th) {
			Logger logger = LoggerFactory.getLogger(where);
			int value = level.intValue();
			if (value >= Level.SEVERE.intValue()) {
				logger.error(msg, th);
			}
			else if (value >= Level.WARNING.intValue()) {
				logger.warn(msg, th);
			}
			else if (value >= Level.INFO.intValue()) {
				logger.info(msg, th);
			}
			else {
				logger.debug(msg, th);
			}
		}

		@Override
		public void setLevel(String logger, Level level) {
			// levels come from the application's logging configuration
		}

		@Override
		public boolean isLogLevelEnabled(Diagnostic diagnostic) {
			Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
			int value = diagnostic.getLevel().intValue();
			if (value >= Level.WARNING.intValue()) {
				return logger.isWarnEnabled();
			}
			return (value >= Level.INFO.intValue()) ? logger.isInfoEnabled() : logger.isDebugEnabled();
		}

	}

}
