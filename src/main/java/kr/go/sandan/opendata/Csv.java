package kr.go.sandan.opendata;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A dataset as CSV that spreadsheets open with Korean intact: UTF-8 with a byte order
 * mark (Excel reads UTF-8 without one as the local code page), RFC 4180 quoting, CRLF
 * line ends. A text cell that a spreadsheet would take for a formula ({@code =},
 * {@code +}, {@code -}, {@code @} and not a number) gets a leading apostrophe, so that
 * published text cannot run as a formula on a reader's machine.
 */
final class Csv {

	static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private Csv() {
	}

	static byte[] write(OpenData.Table table) {
		StringBuilder text = new StringBuilder();
		line(text, table.dataset().getColumns().stream().map(Dataset.Column::name).map(Object.class::cast).toList());
		table.rows().forEach((row) -> line(text, row));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(BOM);
		bytes.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
		return bytes.toByteArray();
	}

	private static void line(StringBuilder text, List<Object> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				text.append(',');
			}
			text.append(cell(cells.get(i)));
		}
		text.append("\r\n");
	}

	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = (value instanceof java.math.BigDecimal decimal) ? decimal.toPlainString() : value.toString();
		if (value instanceof CharSequence && looksLikeFormula(text)) {
			text = "'" + text;
		}
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
				|| text.startsWith(" ") || text.endsWith(" ")) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	private static boolean looksLikeFormula(String text) {
		if (text.isEmpty()) {
			return false;
		}
		char first = text.charAt(0);
		if (first == '=' || first == '@' || first == '\t' || first == '\r') {
			return true;
		}
		return (first == '+' || first == '-') && !text.matches("[+-]?[0-9][0-9.,]*");
	}

}
