package kr.go.sandan.region;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A region's name as a page in the reader's language shows it: the English name on
 * English pages, the Korean one as written on Korean pages. Pages whose rows carry the
 * Korean name a plan was written under (a district's {@code region_name}) call
 * {@code ${@regionNames.in(name, #locale)}}; a former name has its own English name (강원도
 * → Gangwon-do, 강원특별자치도 → Gangwon State). A name the program does not know stays as
 * written. The names are reference data (a migration): read once, by one statement, and
 * kept.
 */
@Component("regionNames")
public class RegionNames {

	private final JdbcClient jdbc;

	private volatile @Nullable Map<String, String> english;

	RegionNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The name in the language of {@code locale}. */
	public String in(@Nullable String name, @Nullable Locale locale) {
		if (name == null || locale == null || !"en".equals(locale.getLanguage())) {
			return (name != null) ? name : "";
		}
		return english().getOrDefault(name, name);
	}

	private Map<String, String> english() {
		Map<String, String> names = this.english;
		if (names == null) {
			Map<String, String> read = new HashMap<>();
			this.jdbc.sql("select name, name_en from region_name where name_en is not null")
				.query((org.springframework.jdbc.core.RowCallbackHandler) (rs) -> read.put(rs.getString("name"),
						rs.getString("name_en")));
			names = Map.copyOf(read);
			this.english = names;
		}
		return names;
	}

}
