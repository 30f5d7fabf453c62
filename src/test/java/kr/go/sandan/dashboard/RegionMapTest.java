package kr.go.sandan.dashboard;

import java.awt.geom.Path2D;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vendored map: the 17 시·도, the small ones named in the sea with a leader line, the
 * others named on themselves.
 */
class RegionMapTest {

	private final RegionMap.Outlines outlines = RegionMap.read();

	@Test
	void theRegionsTooSmallForTheirNamesAreNamedInTheSea() {
		Map<String, String> anchors = this.outlines.byCode()
			.values()
			.stream()
			.filter(RegionMap.Outline::callout)
			.collect(Collectors.toMap(RegionMap.Outline::code, RegionMap.Outline::anchor));
		assertThat(anchors).containsOnlyKeys("SEOUL", "INCHEON", "SEJONG", "DAEJEON", "GWANGJU", "DAEGU", "ULSAN",
				"BUSAN");
		for (RegionMap.Outline callout : this.outlines.byCode().values()) {
			if (!callout.callout()) {
				continue;
			}
			// the leader starts inside the region it names
			assertThat(shape(callout).contains(callout.pointX(), callout.pointY())).as(callout.code()).isTrue();
			// and the name stands on no land at all
			for (RegionMap.Outline land : this.outlines.byCode().values()) {
				assertThat(shape(land).contains(callout.labelX(), callout.labelY()))
					.as("%s's name on %s", callout.code(), land.code())
					.isFalse();
			}
		}
	}

	@Test
	void theOtherRegionsAreNamedOnThemselves() {
		for (RegionMap.Outline outline : this.outlines.byCode().values()) {
			if (!outline.callout()) {
				assertThat(outline.anchor()).isEqualTo("middle");
				assertThat(shape(outline).contains(outline.labelX(), outline.labelY())).as(outline.code()).isTrue();
			}
		}
		assertThat(this.outlines.byCode()).hasSize(17);
	}

	/** The region's SVG path (M x,y L x,y ... Z rings) as a shape, even-odd filled. */
	private static Path2D shape(RegionMap.Outline outline) {
		Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
		for (String ring : outline.path().split("Z")) {
			if (ring.isBlank()) {
				continue;
			}
			String[] points = ring.substring(1).split("L");
			for (int i = 0; i < points.length; i++) {
				String[] xy = points[i].split(",");
				double x = Double.parseDouble(xy[0]);
				double y = Double.parseDouble(xy[1]);
				if (i == 0) {
					path.moveTo(x, y);
				}
				else {
					path.lineTo(x, y);
				}
			}
			path.closePath();
		}
		return path;
	}

}
