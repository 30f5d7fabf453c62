package kr.go.sandan.district;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.go.sandan.support.FormFuzzer;
import kr.go.sandan.support.WorkflowTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The district's forms (target path, report, submission, verification, revision request,
 * acceptance), each posted field by field with garbage ({@link FormFuzzer}): not one
 * answer is a server error, and every refusal comes back on its page with a message and
 * what was typed.
 */
class DistrictFormFuzzTest extends WorkflowTestSupport {

	private static final int YEAR = 2092;

	private final List<FormFuzzer> fuzzers = new ArrayList<>();

	private void fuzz(String who, String page, String action) throws Exception {
		this.fuzzers.add(new FormFuzzer(this.mvc, this.accounts.as(who), page, action).run());
	}

	@Test
	void theDistrictFormsHoldWhateverIsPosted() throws Exception {
		DesignatedDistricts districts = new DesignatedDistricts(this.jdbc);
		long plan = districts.designated(YEAR, "INCHEON", "인천광역시", LocalDate.of(2093, 1, 1), LocalDate.of(2095, 12, 31),
				2, 1);
		long project = districts.confirmedProjects(plan, YEAR, 1).get(0);
		String district = "/districts/" + plan;
		String report = district + "/reports/1";
		fuzz("region-incheon", district + "/targets", district + "/targets");
		fuzz("region-incheon", report, report);
		fuzz("region-incheon", report, report + "/submit");
		// a complete report, submitted, for the ministry's forms
		var save = post(report).with(csrf())
			.with(this.accounts.as("region-incheon"))
			.param("version", String.valueOf(districts.reportVersion(plan, 1)))
			.param("narrative", "퍼징 후 보고");
		for (int i = 0; i < 2; i++) {
			save.param("actuals[" + i + "].targetId", String.valueOf(districts.target(plan, i)))
				.param("actuals[" + i + "].value", "5")
				.param("actuals[" + i + "].source", "통계");
		}
		save.param("tasks[0].taskId", String.valueOf(districts.task(plan, 0))).param("tasks[0].status", "DONE");
		save.param("projects[0].projectId", String.valueOf(project)).param("projects[0].status", "DONE");
		if (!"SUBMITTED".equals(districts.reportStatus(plan, 1))) {
			this.mvc.perform(save).andExpect(redirectedUrl(report));
			this.mvc
				.perform(post(report + "/submit").with(csrf())
					.with(this.accounts.as("region-incheon"))
					.param("version", String.valueOf(districts.reportVersion(plan, 1))))
				.andExpect(redirectedUrl(report));
		}
		assertThat(districts.reportStatus(plan, 1)).isEqualTo("SUBMITTED");
		fuzz("ministry", report, report + "/verification");
		fuzz("ministry", report, report + "/revision");
		fuzz("ministry", district, district + "/targets/confirm");
		assertThat(FormFuzzer.report(this.fuzzers)).isEmpty();
		assertThat(this.fuzzers).allSatisfy((fuzzer) -> assertThat(fuzzer.posts()).isGreaterThan(5));
	}

}
