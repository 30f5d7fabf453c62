package kr.go.sandan.database;

/**
 * Text in the order the portal's own database sorts it (its C collation: by code point),
 * for rows the portal sorts itself rather than ask PostgreSQL to (issue 18: a sort was
 * half of some statements' time). The same order on any server, whatever its collation.
 */
public final class CodePointOrder {

	private CodePointOrder() {
	}

	/**
	 * Negative, zero or positive as {@code one} sorts before, with or after
	 * {@code other}.
	 */
	public static int compare(String one, String other) {
		if (one.equals(other)) {
			// most pairs in a sort by district; equals is far faster than the loop
			return 0;
		}
		int length = Math.min(one.length(), other.length());
		for (int i = 0; i < length; i++) {
			char a = one.charAt(i);
			char b = other.charAt(i);
			if (a != b) {
				return rank(a) - rank(b);
			}
		}
		return one.length() - other.length();
	}

	/**
	 * A UTF-16 unit moved so that units compare as their code points do: surrogates
	 * (U+D800–U+DFFF, code points above U+FFFF) after every unit from U+E000.
	 */
	private static int rank(char unit) {
		return (unit >= 0xE000) ? unit - 0x800 : (unit >= 0xD800) ? unit + 0x2000 : unit;
	}

}
