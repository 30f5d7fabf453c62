package kr.go.sandan.annual;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kr.go.sandan.account.PortalUser;
import kr.go.sandan.district.DistrictViews;
import kr.go.sandan.web.NotFoundException;

/**
 * The published results of annual evaluations: the ratings of a year for everyone, and a
 * district's own results (score, rating, recommendations, budget adjustment and the
 * evaluators' comments without their names) for the ministry and the district's region.
 * Before publication there is nothing: not found.
 */
@Service
@Transactional(readOnly = true)
public class AnnualResults {

	private final AnnualViews views;

	private final AnnualEvaluations evaluations;

	private final DistrictViews districts;

	AnnualResults(AnnualViews views, AnnualEvaluations evaluations, DistrictViews districts) {
		this.views = views;
		this.evaluations = evaluations;
		this.districts = districts;
	}

	/** A published year: its districts' ratings (for everyone). */
	public record PublicYear(AnnualViews.Evaluation evaluation, List<AnnualViews.Subject> subjects) {
	}

	public List<Integer> publishedYears() {
		return this.views.published().stream().map(AnnualViews.Evaluation::year).toList();
	}

	PublicYear publicYear(int year) {
		AnnualViews.Evaluation evaluation = this.views.ofYear(year)
			.filter((e) -> e.stage() == AnnualStage.PUBLISHED)
			.orElseThrow(() -> new NotFoundException("annual evaluation", year));
		return new PublicYear(evaluation, this.views.subjects(evaluation.id()));
	}

	/** One published result of a district, as its region reads it. */
	public record DistrictResult(AnnualViews.Evaluation evaluation, AnnualViews.Subject subject, AnnualBoard.Row row,
			List<kr.go.sandan.evaluation.Scoring.Indicator> indicators,
			List<AnnualViews.Recommendation> recommendations, Map<Long, List<String>> comments, List<String> opinions) {
	}

	/**
	 * The district's published results, oldest year first; 404 for anyone not its reader.
	 */
	List<DistrictResult> ofDistrict(long planId, PortalUser user) {
		DistrictViews.District district = this.districts.readable(planId, user);
		return this.views.publishedSubjectsOf(district.planId()).stream().map((subject) -> {
			AnnualViews.Evaluation evaluation = this.views.byId(subject.evaluationId()).orElseThrow();
			AnnualBoard board = this.evaluations.board(evaluation);
			java.util.Set<String> excluded = this.views.conflicts(evaluation.id())
				.stream()
				.map((c) -> c.accountId() + "/" + c.subjectId())
				.collect(Collectors.toSet());
			List<AnnualViews.Sheet> counted = this.views.sheets(evaluation.id(), null)
				.stream()
				.filter((s) -> s.subjectId() == subject.id() && s.submitted()
						&& !excluded.contains(s.accountId() + "/" + s.subjectId()))
				.toList();
			Map<Long, List<String>> comments = new java.util.HashMap<>();
			counted.forEach((s) -> s.comments()
				.forEach((indicator, comment) -> comments.computeIfAbsent(indicator, (k) -> new java.util.ArrayList<>())
					.add(comment)));
			comments.values().forEach(java.util.Collections::sort);
			List<String> opinions = counted.stream()
				.map(AnnualViews.Sheet::opinion)
				.filter((o) -> o != null)
				.sorted()
				.toList();
			return new DistrictResult(evaluation, subject, board.row(subject.id()), board.indicators(),
					this.views.recommendations(evaluation.id())
						.stream()
						.filter((r) -> r.subjectId() == subject.id())
						.toList(),
					comments, opinions);
		}).toList();
	}

}
