package kr.go.sandan.ledger;

import org.jspecify.annotations.Nullable;

/**
 * Which lines of the ledger a page or an export shows: a lead ministry (its code), a
 * district (its plan), a year, a source; each {@code null} for all.
 */
public record LedgerFilter(@Nullable String ministry, @Nullable Long planId, @Nullable Integer year,
		@Nullable Source source) {

	static final LedgerFilter ALL = new LedgerFilter(null, null, null, null);

	LedgerFilter withMinistry(String code) {
		return new LedgerFilter(code, this.planId, this.year, this.source);
	}

	LedgerFilter withSource(Source only) {
		return new LedgerFilter(this.ministry, this.planId, this.year, only);
	}

}
