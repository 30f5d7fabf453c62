package kr.go.sandan.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import kr.go.sandan.district.Attainment;

/**
 * The 17 시·도 drawn from their boundaries: Natural Earth's admin-1 (public domain),
 * projected and simplified at build time by {@code scripts/vendor-map.sh} into
 * {@code map/korea-admin1.tsv} (licence and checksum beside it). Read once from the
 * classpath: no tile server, no network.
 */
final class RegionMap {

	static final String RESOURCE = "/map/korea-admin1.tsv";

	/**
	 * The outline of a region: its SVG path, a point inside it, and where its label goes.
	 * A region too small for its name (서울, 세종, the metropolitan cities) has its label in
	 * the sea, anchored at its {@code end} (west) or {@code start} (east), with a leader
	 * line back to the point; the others are labelled in place ({@code middle}).
	 */
	record Outline(String code, String path, double pointX, double pointY, double labelX, double labelY,
			String anchor) {

		boolean callout() {
			return !"middle".equals(this.anchor);
		}

	}

	/** The map's outlines by region code, and its viewBox. */
	record Outlines(String viewBox, Map<String, Outline> byCode) {
	}

	private static final Outlines OUTLINES = read();

	private RegionMap() {
	}

	static Outlines outlines() {
		return OUTLINES;
	}

	static Outlines read() {
		try (InputStream in = RegionMap.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing: run scripts/vendor-map.sh");
			}
			String viewBox = null;
			Map<String, Outline> byCode = new LinkedHashMap<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String[] fields = line.split("\t");
				if (line.startsWith("# viewBox")) {
					viewBox = fields[1];
				}
				else if (fields.length == 7) {
					byCode.put(fields[0],
							new Outline(fields[0], fields[6], Double.parseDouble(fields[1]),
									Double.parseDouble(fields[2]), Double.parseDouble(fields[3]),
									Double.parseDouble(fields[4]), fields[5]));
				}
			}
			if (viewBox == null) {
				throw new IllegalStateException(RESOURCE + " has no viewBox line");
			}
			return new Outlines(viewBox, byCode);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A region on the map.
	 *
	 * @param name the region's full name (what the link is called)
	 * @param label the short name drawn on the map (경남, Gyeongnam)
	 * @param shade {@code designated}, {@code selected} or {@code none}
	 * @param years the round years in which the region had a published plan
	 * @param attainment the mean attainment of its districts' latest verified actuals, if
	 * any
	 */
	record Shape(String code, String name, String label, String shade, Outline outline, List<Integer> years,
			@Nullable BigDecimal attainment) {

		public String path() {
			return this.outline.path();
		}

		/** Whether the label stands outside the region, with a leader line to it. */
		public boolean isCallout() {
			return this.outline.callout();
		}

		/**
		 * Where the leader line meets the label: just before its first or last letter.
		 */
		public double getLeaderX() {
			return this.outline.labelX() + ("end".equals(this.outline.anchor()) ? 2 : -2);
		}

		/** The attainment as written: 90, 83.3 (no grouping needed for a percent). */
		public @Nullable String getAttainmentText() {
			return (this.attainment != null) ? this.attainment.stripTrailingZeros().toPlainString() : null;
		}

		/**
		 * The attainment's colour: green from 100 %, amber from 70 %, red below, grey
		 * none.
		 */
		public String getAttainmentShade() {
			if (this.attainment == null) {
				return "grey";
			}
			return (this.attainment.compareTo(Attainment.GREEN) >= 0) ? "green"
					: (this.attainment.compareTo(Attainment.AMBER) >= 0) ? "amber" : "red";
		}

		public String getHref() {
			return "/regions/" + this.code.toLowerCase(Locale.ROOT);
		}

	}

	static List<Shape> shapes(List<Glance.RegionLine> lines, Map<Long, BigDecimal> attainment, Locale locale) {
		List<Shape> shapes = new ArrayList<>();
		for (Glance.RegionLine line : lines) {
			Outline outline = OUTLINES.byCode().get(line.region().getCode());
			if (outline == null) {
				continue;
			}
			shapes.add(new Shape(line.region().getCode(), DashboardController.regionName(line.region(), locale),
					shortName(line, locale), line.shade(), outline, List.copyOf(line.byYear().keySet()),
					attainment.get(line.region().getId())));
		}
		return shapes;
	}

	/**
	 * 경남 in Korean; in English the romanised short form the code already is (Gyeongnam),
	 * since the English full names do not fit.
	 */
	private static String shortName(Glance.RegionLine line, Locale locale) {
		if ("en".equals(locale.getLanguage())) {
			String code = line.region().getCode();
			return code.charAt(0) + code.substring(1).toLowerCase(Locale.ROOT);
		}
		return line.region().currentName().getShortName();
	}

}
