package kr.go.sandan.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The 17 시·도 as a schematic tile map: one square per region, placed roughly where it lies
 * (north at the top, the west coast on the left, 제주 alone in the south). Not the
 * boundaries: no openly licensed boundary file could be had on the machine this was built
 * on (no network beyond the package registries), so the page says it is a schematic map;
 * a map drawn from Natural Earth's admin-1 (public domain), simplified at build time and
 * vendored with its licence, can replace {@link #PLACES} without changing the page.
 */
final class TileMap {

	static final int TILE = 96;

	static final int GAP = 6;

	/** Column and row of each region's tile. */
	static final Map<String, int[]> PLACES = Map.ofEntries(Map.entry("GYEONGGI", new int[] { 1, 0 }),
			Map.entry("GANGWON", new int[] { 2, 0 }), Map.entry("INCHEON", new int[] { 0, 1 }),
			Map.entry("SEOUL", new int[] { 1, 1 }), Map.entry("CHUNGBUK", new int[] { 2, 1 }),
			Map.entry("GYEONGBUK", new int[] { 3, 1 }), Map.entry("CHUNGNAM", new int[] { 0, 2 }),
			Map.entry("SEJONG", new int[] { 1, 2 }), Map.entry("DAEJEON", new int[] { 2, 2 }),
			Map.entry("DAEGU", new int[] { 3, 2 }), Map.entry("ULSAN", new int[] { 4, 2 }),
			Map.entry("JEONBUK", new int[] { 1, 3 }), Map.entry("GYEONGNAM", new int[] { 2, 3 }),
			Map.entry("BUSAN", new int[] { 3, 3 }), Map.entry("GWANGJU", new int[] { 0, 4 }),
			Map.entry("JEONNAM", new int[] { 1, 4 }), Map.entry("JEJU", new int[] { 0, 5 }));

	private TileMap() {
	}

	/**
	 * A region's tile.
	 *
	 * @param name the region's full name (what the link is called)
	 * @param label the short name the tile has room for (경남, Gyeongnam)
	 * @param shade {@code designated}, {@code selected} or {@code none}
	 * @param years the round years in which the region had a published plan
	 */
	record Tile(String code, String name, String label, String shade, int x, int y, List<Integer> years) {

		public String getHref() {
			return "/regions/" + this.code.toLowerCase(Locale.ROOT);
		}

		public int getLabelX() {
			return this.x + TILE / 2;
		}

		public int getLabelY() {
			return this.y + TILE / 2 - 4;
		}

		public int getYearsY() {
			return this.y + TILE / 2 + 18;
		}

	}

	static List<Tile> tiles(List<Glance.RegionLine> lines, Locale locale) {
		List<Tile> tiles = new ArrayList<>();
		for (Glance.RegionLine line : lines) {
			int[] place = PLACES.get(line.region().getCode());
			if (place == null) {
				continue;
			}
			tiles.add(new Tile(line.region().getCode(), DashboardController.regionName(line.region(), locale),
					shortName(line, locale), line.shade(), place[0] * (TILE + GAP) + GAP, place[1] * (TILE + GAP) + GAP,
					List.copyOf(line.byYear().keySet())));
		}
		return tiles;
	}

	/**
	 * 경남 in Korean; in English the romanised short form the code already is (Gyeongnam),
	 * since the English full names do not fit a tile.
	 */
	private static String shortName(Glance.RegionLine line, Locale locale) {
		if ("en".equals(locale.getLanguage())) {
			String code = line.region().getCode();
			return code.charAt(0) + code.substring(1).toLowerCase(Locale.ROOT);
		}
		return line.region().currentName().getShortName();
	}

	static int width() {
		return 5 * (TILE + GAP) + GAP;
	}

	static int height() {
		return 6 * (TILE + GAP) + GAP;
	}

}
