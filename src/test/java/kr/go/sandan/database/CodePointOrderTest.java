package kr.go.sandan.database;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CodePointOrderTest {

	@Test
	void textComparesByCodePointAsTheDatabaseSortsIt() {
		// UTF-16 puts a surrogate pair (U+1F600) before U+FF21; code points and
		// PostgreSQL's C collation put it after
		assertThat("\uFF21".compareTo("\uD83D\uDE00")).isPositive();
		assertThat(CodePointOrder.compare("\uFF21", "\uD83D\uDE00")).isNegative();
		assertThat(CodePointOrder.compare("강원", "부산")).isNegative();
		assertThat(CodePointOrder.compare("부산", "부산광역시")).isNegative();
		assertThat(CodePointOrder.compare("부산", "부산")).isZero();
	}

}
