package kr.go.sandan.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Makes the text of a rendered PDF copy, search and extract as the characters the page
 * was written with.
 *
 * <p>
 * A font may draw several characters with one glyph: NanumGothic uses its space glyph for
 * U+0000–U+0020 and U+00A0, its en dash for the soft hyphen, and one glyph for a Hanja
 * and its Kangxi radical or compatibility ideograph (工 and ⼯, 金 and ⾦ and 金). When PDFBox
 * embeds a subset it writes the lowest of them into the font's ToUnicode map, so a space
 * reads as NUL and 工 as ⼯. For each such glyph the PDF uses, this puts back the one that
 * occurs in the page's text, else the one that is not a control character or a
 * compatibility form.
 */
final class ToUnicodeRepair {

	/** Per PostScript name: glyph id to every code point the font draws with it. */
	private final Map<String, Map<Integer, int[]>> sharedGlyphs = new HashMap<>();

	void addFont(InputStream trueType) throws IOException {
		try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(trueType))) {
			CmapLookup cmap = font.getUnicodeCmapLookup();
			Map<Integer, int[]> shared = new HashMap<>();
			for (int gid = 0; gid < font.getNumberOfGlyphs(); gid++) {
				List<Integer> codePoints = cmap.getCharCodes(gid);
				if (codePoints != null && codePoints.size() > 1) {
					shared.put(gid, codePoints.stream().mapToInt(Integer::intValue).sorted().toArray());
				}
			}
			this.sharedGlyphs.put(font.getName(), shared);
		}
	}

	/**
	 * Returns the PDF with the ToUnicode maps of the known fonts corrected, or the same
	 * bytes when nothing needed it.
	 * @param pdf the PDF as rendered
	 * @param text every character the page was written with (its source will do)
	 */
	byte[] repair(byte[] pdf, String text) throws IOException {
		BitSet used = new BitSet();
		text.codePoints().forEach(used::set);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			Set<COSStream> seen = Collections.newSetFromMap(new IdentityHashMap<>());
			boolean changed = false;
			for (PDPage page : document.getPages()) {
				COSDictionary fonts = page.getResources().getCOSObject().getCOSDictionary(COSName.FONT);
				if (fonts == null) {
					continue;
				}
				for (COSName name : fonts.keySet()) {
					COSBase font = fonts.getDictionaryObject(name);
					if (font instanceof COSDictionary dictionary
							&& dictionary.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream toUnicode
							&& seen.add(toUnicode)) {
						Map<Integer, int[]> shared = this.sharedGlyphs.get(postScriptName(dictionary));
						if (shared != null) {
							changed |= repair(toUnicode, shared, used);
						}
					}
				}
			}
			if (!changed) {
				return pdf;
			}
			ByteArrayOutputStream repaired = new ByteArrayOutputStream(pdf.length);
			document.save(repaired);
			return repaired.toByteArray();
		}
	}

	/** The base font name without the subset tag: {@code AAVSLF+NanumGothic}. */
	private static String postScriptName(COSDictionary font) {
		String name = font.getNameAsString(COSName.BASE_FONT);
		if (name == null) {
			return "";
		}
		int plus = name.indexOf('+');
		return (plus == 6) ? name.substring(plus + 1) : name;
	}

	private static boolean repair(COSStream toUnicode, Map<Integer, int[]> shared, BitSet used) throws IOException {
		CMap cmap;
		try (InputStream in = toUnicode.createInputStream()) {
			cmap = new CMapParser().parse(new RandomAccessReadBuffer(in));
		}
		Map<Integer, String> mappings = new TreeMap<>();
		boolean changed = false;
		for (int cid = 0; cid <= 0xFFFF; cid++) {
			String unicode = cmap.toUnicode(cid, 2);
			if (unicode == null) {
				continue;
			}
			int[] candidates = shared.get(cid);
			if (candidates != null) {
				String best = Character.toString(best(candidates, used));
				changed |= !best.equals(unicode);
				unicode = best;
			}
			mappings.put(cid, unicode);
		}
		if (changed) {
			try (OutputStream out = toUnicode.createOutputStream(COSName.FLATE_DECODE)) {
				out.write(write(mappings).getBytes(StandardCharsets.US_ASCII));
			}
		}
		return changed;
	}

	private static int best(int[] candidates, BitSet used) {
		int best = candidates[0];
		int bestScore = Integer.MAX_VALUE;
		for (int codePoint : candidates) {
			int score = (used.get(codePoint) ? 0 : 2) + (isCompatibilityForm(codePoint) ? 1 : 0);
			if (score < bestScore) {
				best = codePoint;
				bestScore = score;
			}
		}
		return best;
	}

	private static boolean isCompatibilityForm(int c) {
		return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xAD || (c >= 0x2E80 && c <= 0x2FDF) || c == 0x3164
				|| (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFFEF)
				|| (c >= 0x2F800 && c <= 0x2FA1F);
	}

	/** A ToUnicode CMap of single mappings, at most 100 in a block as PDF requires. */
	private static String write(Map<Integer, String> mappings) {
		StringBuilder cmap = new StringBuilder("""
				/CIDInit /ProcSet findresource begin
				12 dict begin
				begincmap
				/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
				/CMapName /Adobe-Identity-UCS def
				/CMapType 2 def
				1 begincodespacerange
				<0000> <FFFF>
				endcodespacerange
				""");
		List<Map.Entry<Integer, String>> entries = List.copyOf(mappings.entrySet());
		for (int from = 0; from < entries.size(); from += 100) {
			List<Map.Entry<Integer, String>> block = entries.subList(from, Math.min(from + 100, entries.size()));
			cmap.append(block.size()).append(" beginbfchar\n");
			for (Map.Entry<Integer, String> entry : block) {
				cmap.append(String.format("<%04X> <", entry.getKey()));
				for (char c : entry.getValue().toCharArray()) {
					cmap.append(String.format("%04X", (int) c));
				}
				cmap.append(">\n");
			}
			cmap.append("endbfchar\n");
		}
		return cmap.append("""
				endcmap
				CMapName currentdict /CMap defineresource pop
				end
				end
				""").toString();
	}

}
