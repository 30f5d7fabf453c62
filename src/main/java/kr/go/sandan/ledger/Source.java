package kr.go.sandan.ledger;

/** Where the money comes from: the national subsidy, the local government, private. */
public enum Source {

	NATIONAL, LOCAL, PRIVATE;

	/** The source of a path segment ({@code national}), or {@code null}. */
	static Source ofPath(String text) {
		for (Source source : values()) {
			if (source.name().equalsIgnoreCase(text)) {
				return source;
			}
		}
		return null;
	}

	public String path() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
