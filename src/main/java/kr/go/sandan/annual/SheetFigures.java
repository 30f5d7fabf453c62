package kr.go.sandan.annual;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.district.DistrictViews;
import kr.go.sandan.district.TargetProgress;
import kr.go.sandan.ledger.LedgerYears;

/**
 * What an evaluator reads beside the accepted report, read-only: the ledger's figures of
 * the district for the evaluated year (per source, with the execution rate, by the
 * ledger's roll-up) and each target's verified actual of the district year against its
 * target, with the attainment the district pages show. Given only a sheet the evaluator
 * was let read ({@link AnnualSheets#sheet}), so it is never shown to anyone else; five
 * statements whatever the number of projects, targets and entries.
 */
@Service
@Transactional(readOnly = true)
public class SheetFigures {

	private final LedgerYears ledger;

	private final DistrictViews districts;

	SheetFigures(LedgerYears ledger, DistrictViews districts) {
		this.ledger = ledger;
		this.districts = districts;
	}

	/** The figures beside one sheet's report. */
	public record Figures(LedgerYears.Figures ledger, List<Attained> targets) {
	}

	/** A target of the district in the evaluated district year. */
	public record Attained(DistrictViews.Target target, TargetProgress.Cell year) {
	}

	public Figures of(AnnualSheets.SheetView sheet) {
		AnnualViews.Subject subject = sheet.subject();
		List<Attained> targets = this.districts.publicFigures(subject.planId())
			.map((figures) -> figures.progress()
				.stream()
				.flatMap((progress) -> progress.years()
					.stream()
					.filter((cell) -> cell.year().number() == subject.districtYear())
					.map((cell) -> new Attained(progress.target(), cell)))
				.toList())
			.orElse(List.of());
		return new Figures(this.ledger.of(subject.planId(), sheet.evaluation().year()), targets);
	}

}
