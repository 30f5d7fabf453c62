package kr.go.sandan.dashboard;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kr.go.sandan.database.ReadScopes;
import kr.go.sandan.district.DistrictViews;
import kr.go.sandan.district.DistrictViews.VerifiedActual;
import kr.go.sandan.opendata.OpenData;
import kr.go.sandan.opendata.OpenData.PublishedProgram;

/**
 * What the dashboard reads: the published program and the ministry's figures. The
 * ministry's, its own reads included, in one read-only transaction (each service had
 * begun and committed its own: seven for the ministry's dashboard; issue 18); the
 * public's, plain statements only, on one connection without a transaction (as
 * {@link OpenData#published()}).
 */
@Component
class DashboardReads {

	private final OpenData openData;

	private final DashboardCharts charts;

	private final DistrictViews districts;

	/** The ministry's reads: one read-only transaction. */
	private final TransactionTemplate transaction;

	/** The public's: one connection, no transaction begun. */
	private final TransactionTemplate rows;

	DashboardReads(OpenData openData, DashboardCharts charts, DistrictViews districts,
			PlatformTransactionManager transactions) {
		this.openData = openData;
		this.districts = districts;
		this.charts = charts;
		this.transaction = ReadScopes.records(transactions);
		this.rows = ReadScopes.rows(transactions);
	}

	/**
	 * What the dashboard shows as chosen; what the ministry's blocks are made from too
	 * when {@code ministry}.
	 */
	Dashboard read(@Nullable String round, @Nullable String year, @Nullable String region, @Nullable String industry,
			boolean ministry) {
		return (ministry ? this.transaction : this.rows).execute((status) -> {
			// the ministry's every verified actual, the public's among them: one
			// statement, not two (issue 18)
			List<VerifiedActual> verified = ministry ? this.districts.verifiedActuals() : null;
			PublishedProgram program = (verified != null) ? this.openData.published(verified)
					: this.openData.published();
			DashboardFilter filter = DashboardController.filter(program, round, year, region, industry);
			return new Dashboard(program, filter,
					(verified != null) ? this.charts.office(verified, filter.year()) : null);
		});
	}

	/**
	 * The program as published, the reader's choice, and what the ministry's blocks are
	 * made from (none for everyone else): all the page shows.
	 */
	record Dashboard(PublishedProgram program, DashboardFilter filter, DashboardCharts.@Nullable Office office) {
	}

}
