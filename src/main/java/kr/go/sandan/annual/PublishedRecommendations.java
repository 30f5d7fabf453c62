package kr.go.sandan.annual;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kr.go.sandan.district.DistrictYear;
import kr.go.sandan.district.RecommendationsToAnswer;

/**
 * The recommendations a district's next reports answer: only those of published
 * evaluations (nothing of an evaluation reaches the region before), made on an earlier
 * district year of the district and due in or before the year the report is about (one
 * statement).
 */
@Component
class PublishedRecommendations implements RecommendationsToAnswer {

	private final JdbcClient jdbc;

	PublishedRecommendations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Recommendation> of(long planId, DistrictYear year) {
		return this.jdbc.sql("""
				select r.id, e.year, r.text, r.due_on from annual_recommendation r
				join annual_subject s on s.id = r.subject_id
				join annual_evaluation e on e.id = s.evaluation_id
				where s.plan_id = ? and e.published_at is not null and s.district_year < ? and r.due_on <= ?
				order by e.year, r.position""")
			.params(planId, year.number(), year.end())
			.query((rs, n) -> new Recommendation(rs.getLong("id"), rs.getInt("year"), rs.getString("text"),
					rs.getObject("due_on", LocalDate.class)))
			.list();
	}

}
