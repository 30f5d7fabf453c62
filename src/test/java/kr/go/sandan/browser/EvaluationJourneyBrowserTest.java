package kr.go.sandan.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An evaluation in a real browser: a ministry officer forms the committee of a closed
 * call and starts it; the evaluator signs the pledge (declaring a conflict), reads the
 * plan, is told what is wrong with a score, saves a draft, comes back and submits; the
 * officer reads the ranking, adds a replacement for the plan nobody could score,
 * completes the evaluation, records and publishes the preliminary selection, which the
 * public sees.
 */
class EvaluationJourneyBrowserTest extends BrowserTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * A 2058 call that closed yesterday, scored on two indicators, with the submitted
	 * plans of 경기도 and 부산광역시 (as regions would have left them).
	 */
	private long closedCallWithTwoPlans() {
		// a second evaluator with the demo password, as an administrator would have made
		this.jdbc.update("""
				insert into account (username, display_name, password_hash, affiliation, home_region_id, demo)
				select 'evaluator-b', '두 번째 평가위원 (데모)', password_hash, '산업연구원', home_region_id, true
				from account where username = 'evaluator'""");
		this.jdbc.update("""
				insert into account_role (account_id, role)
				select id, 'EVALUATOR' from account where username = 'evaluator-b'""");
		this.jdbc.update("insert into program_round (year, ordinal, planned_designations) values (2058, 58, 5)");
		long round = this.jdbc.queryForObject("select id from program_round where year = 2058", Long.class);
		this.jdbc
			.update("""
					insert into proposal_call (round_id, opens_at, closes_at, notice, opened_at, opened_by)
					values (?, now() - interval '30 days', now() - interval '1 day', '2058년 공모', now() - interval '30 days', 'ministry')""",
					round);
		this.jdbc.update("""
				insert into evaluation_indicator (round_id, position, code, name, weight, description) values
				(?, 1, 'INDICATOR_1', '혁신계획 타당성', 60, '계획이 지역 산업의 문제를 풀 수 있는가'),
				(?, 2, 'INDICATOR_2', '성과목표 실현가능성', 40, '목표가 구체적이고 달성할 수 있는가')""", round, round);
		for (String[] region : new String[][] { { "GYEONGGI", "경기도", "반월·시화 스마트 제조 거점" },
				{ "BUSAN", "부산광역시", "명지녹산 친환경 조선기자재 거점" } }) {
			this.jdbc.update("""
					insert into innovation_plan (round_id, region_id, region_name, status, vision, submitted_at)
					select ?, id, ?, 'SUBMITTED', ?, now() - interval '2 days' from region where code = ?""", round,
					region[1], region[2], region[0]);
			this.jdbc.update("""
					insert into plan_version (plan_id, number, submitted_at, submitted_by, content)
					select p.id, 1, now() - interval '2 days', 'region', jsonb_build_object('vision', p.vision,
					       'mainIndustries', jsonb_build_array('기계', '조선'), 'targets', jsonb_build_array(
					       jsonb_build_object('asWritten', '일자리 1만명 창출')))
					from innovation_plan p where p.round_id = ? and p.region_name = ?""", round, region[1]);
		}
		return this.jdbc.queryForObject("select id from proposal_call where round_id = ?", Long.class, round);
	}

	@Test
	void fromCommitteeThroughScoringToAPublishedDesignation() throws Exception {
		long call = closedCallWithTwoPlans();

		// the officer forms the committee, adds the evaluator (assigned to both plans),
		// starts
		signIn("ministry");
		this.page.navigate(url("/ministry/calls/" + call + "/evaluation"));
		button("평가위원회 구성");
		assertThat(this.page.locator("#panel-stage")).hasText("구성 중");
		tick("외부 평가위원 (데모)");
		button("선택한 평가위원 추가");
		assertThat(this.page.locator("#member-table")).containsText("외부 평가위원 (데모)");
		assertThat(this.page.locator("#assignment-matrix input[type=checkbox]:checked")).hasCount(2);
		assertAccessible();
		snap("evaluation-panel-forming");
		button("평가 시작");
		assertThat(this.page.locator("#panel-stage")).hasText("평가 중");
		signOut();

		// the evaluator must sign the pledge before any plan shows
		signIn("evaluator");
		assertThat(this.page.locator("#evaluator-home")).containsText("2058년 58차 평가위원회");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("내 평가").setExact(true)).click();
		assertThat(this.page.locator("main")).not().containsText("경기도");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("이해충돌 서약하기")).click();
		tick("부산광역시와 이해관계가 있습니다");
		button("서약하기");
		assertThat(this.page.locator("#detail-error-" + planId("부산광역시"))).hasText("이해관계 내용을 적어 주십시오.");
		assertThat(this.page.locator("#agree-error")).hasText("서약 내용에 동의해야 평가할 수 있습니다.");
		assertAccessible();
		snap("evaluation-pledge-refused");
		this.page.getByLabel("부산광역시와의 이해관계 내용").fill("2056년 부산시 연구용역 수행");
		tick("위 서약 내용을 읽었으며 이에 따라 평가하겠습니다.");
		button("서약하기");
		assertThat(this.page.locator("[role=status]").first()).containsText("서약했습니다.");
		assertThat(this.page.locator(".evaluation-inbox")).containsText("부산광역시");
		assertThat(this.page.locator(".evaluation-inbox")).containsText("제척");
		assertAccessible();

		// reads the plan as submitted; a bad score is explained beside the field
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("평가하기")).click();
		assertThat(this.page.locator("h1")).containsText("경기도 평가표");
		assertThat(this.page.locator(".plan-reading")).containsText("반월·시화 스마트 제조 거점");
		assertThat(this.page.locator(".plan-reading")).containsText("일자리 1만명 창출");
		this.page.getByLabel("점수 (0~100)").first().fill("101");
		this.page.getByLabel("지표 의견").first().fill("제조 혁신 과제가 구체적임");
		button("제출");
		assertThat(this.page.locator(".form-hint-invalid").first()).hasText("0부터 100까지의 숫자를 소수점 한 자리까지 입력해 주십시오.");
		assertThat(this.page.getByLabel("지표 의견").first()).hasValue("제조 혁신 과제가 구체적임");
		assertAccessible();
		snap("evaluation-sheet-refused");
		this.page.getByLabel("점수 (0~100)").first().fill("88.5");
		button("임시 저장");
		assertThat(this.page.locator("#sheet-status")).hasText("작성 중");

		// comes back later: the draft is there; completes and submits
		this.page.navigate(url("/evaluations"));
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("평가하기")).click();
		assertThat(this.page.getByLabel("점수 (0~100)").first()).hasValue("88.5");
		this.page.getByLabel("점수 (0~100)").nth(1).fill("72");
		this.page.getByLabel("종합 의견").fill("실현 가능성이 높은 계획");
		button("제출");
		assertThat(this.page.locator("[role=status]").first()).containsText("평가표를 제출했습니다.");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("제출한 평가표 보기")).click();
		assertThat(this.page.locator("#sheet-status")).hasText("제출");
		assertThat(this.page.getByLabel("점수 (0~100)").first()).isDisabled();
		assertAccessible();
		signOut();

		// the officer sees who was excluded and why, and the ranking: 88.5 × 0.6 + 72 ×
		// 0.4
		signIn("ministry");
		this.page.navigate(url("/ministry/calls/" + call + "/evaluation"));
		assertThat(this.page.locator("#conflict-table")).containsText("2056년 부산시 연구용역 수행");
		assertThat(this.page.locator("#member-table")).containsText("1 / 1");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("순위표")).first().click();
		assertThat(this.page.locator("#ranking tbody tr").first()).containsText("경기도");
		assertThat(this.page.locator("#ranking tbody tr").first()).containsText("81.90");
		assertAccessible();
		snap("evaluation-ranking");
		this.page.navigate(url("/ministry/calls/" + call + "/evaluation?lang=en"));
		snap("evaluation-panel-english");

		// 부산광역시 has no counted scores: completion is refused until a replacement scores
		// it
		this.page.navigate(url("/ministry/calls/" + call + "/evaluation?lang=ko"));
		button("평가 완료");
		assertThat(this.page.locator("#evaluation-error")).containsText("반영할 평가표가 없는 계획이 있습니다: 부산광역시");
		tick("두 번째 평가위원 (데모)");
		button("선택한 평가위원 추가");
		assertThat(this.page.locator("#member-table")).containsText("두 번째 평가위원 (데모)");
		signOut();
		signIn("evaluator-b");
		this.page.navigate(url("/evaluations"));
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("이해충돌 서약하기")).click();
		tick("위 서약 내용을 읽었으며 이에 따라 평가하겠습니다.");
		button("서약하기");
		for (String[] scores : new String[][] { { "부산광역시", "75", "70" }, { "경기도", "80", "80" } }) {
			this.page.locator(".evaluation-inbox tr")
				.filter(new Locator.FilterOptions().setHasText(scores[0]))
				.getByRole(AriaRole.LINK)
				.click();
			this.page.getByLabel("점수 (0~100)").first().fill(scores[1]);
			this.page.getByLabel("점수 (0~100)").nth(1).fill(scores[2]);
			button("제출");
			assertThat(this.page.locator("[role=status]").first()).containsText("평가표를 제출했습니다.");
		}
		signOut();

		// the officer completes the evaluation, records and publishes the preliminary
		// selection
		signIn("ministry");
		this.page.navigate(url("/ministry/calls/" + call + "/evaluation"));
		button("평가 완료");
		assertThat(this.page.locator("#panel-stage")).hasText("평가 완료");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("예비선정").setExact(true)).click();
		assertThat(this.page.locator("legend").first()).hasText("1위 경기도 (80.95점)");
		this.page.getByLabel("위원회 개최일").fill("2058-03-24");
		this.page.getByLabel("위원장").fill("국토교통부 제1차관");
		tick("경기도 예비선정");
		this.page.getByLabel("경기도 결정 사유").fill("평가 1위, 스마트 제조 거점 기능 뚜렷");
		tick("부산광역시 미선정");
		assertAccessible();
		button("예비선정 결과 기록");
		assertThat(this.page.locator("#decision-error")).hasCount(0);
		assertThat(this.page.locator("#rationale-error-" + planId("부산광역시"))).hasText("결정 사유를 적어 주십시오.");
		this.page.getByLabel("부산광역시 결정 사유").fill("연계 전략 보완 필요");
		button("예비선정 결과 기록");
		assertThat(this.page.locator("#decision-state")).containsText("기록했습니다");
		assertAccessible();
		button("예비선정 결과 공개");
		assertThat(this.page.locator("#decision-state")).containsText("공개했습니다");
		snap("decision-published");
		signOut();

		// anyone now reads the selected region on the round's public page
		long round = this.jdbc.queryForObject("select id from program_round where year = 2058", Long.class);
		this.page.navigate(url("/rounds/" + round));
		assertThat(this.page.locator("main table")).containsText("경기도");
		assertThat(this.page.locator("main table")).not().containsText("부산광역시");

		// the officer goes on to the final confirmation of the selected plan
		signIn("ministry");
		this.page.navigate(url("/ministry/calls/" + call + "/decisions"));
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("최종 확정").setExact(true)).click();
		assertAccessible();
		this.page.getByLabel("위원회 개최일").fill("2058-12-20");
		this.page.getByLabel("위원장").fill("국토교통부 제1차관");
		this.page.getByLabel("경기도 확정 사유").fill("부처 협의 결과 반영");
		button("최종 확정 기록");
		assertThat(this.page.locator("#confirmation-state")).containsText("2058-12-20");
		assertAccessible();
		snap("decision-confirmed");
		button("최종 확정 결과 공개");
		assertThat(this.page.locator("#confirmation-published")).containsText("공개했습니다");

		// ... designates the region as a district for the round's three budget years
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("지구 지정").setExact(true)).click();
		assertAccessible();
		assertThat(this.page.getByLabel("시작일")).hasValue("2058-01-01");
		assertThat(this.page.getByLabel("종료일")).hasValue("2060-12-31");
		this.page.getByLabel("위원회 개최일").fill("2058-12-27");
		this.page.getByLabel("위원장").fill("국토교통부 제1차관");
		this.page.getByLabel("종료일").fill("2061-12-31");
		this.page.getByLabel("경기도 지정 사유").fill("거점 혁신 역량과 부처 협의 결과");
		button("지구 지정 기록");
		assertThat(this.page.locator("#districtEnd-error")).hasText("종료일은 시작일보다 뒤이고, 기간은 3년을 넘을 수 없습니다.");
		assertAccessible();
		this.page.getByLabel("종료일").fill("2060-12-31");
		button("지구 지정 기록");
		assertThat(this.page.locator("#designation-state")).containsText("기록했습니다");
		button("지정 결과 공개");
		assertThat(this.page.locator("#designation-state")).containsText("공개했습니다");
		assertAccessible();
		snap("designation-published");
		signOut();

		// ... and anyone reads the designation and prints its announcement summary
		this.page.navigate(url("/plans/" + planId("경기도")));
		assertThat(this.page.locator("#district-period")).hasText("경쟁력강화사업지구 지정 기간: 2058-01-01 ~ 2060-12-31");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("발표 요약 (인쇄용·PDF)")).click();
		assertThat(this.page.locator("h1")).hasText("경기도");
		assertThat(this.page.locator("#announcement-decision")).containsText("경쟁력강화사업지구 지정 2058-12-27");
		assertAccessible();
		snap("announcement");
		Download download = this.page.waitForDownload(
				() -> this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("PDF 내려받기")).click());
		try (PDDocument pdf = Loader.loadPDF(java.nio.file.Files.readAllBytes(download.path()))) {
			org.assertj.core.api.Assertions.assertThat(new PDFTextStripper().getText(pdf))
				.contains("경기도", "2058-01-01 ~ 2060-12-31");
		}
	}

	private long planId(String regionName) {
		return this.jdbc.queryForObject("""
				select p.id from innovation_plan p join program_round r on r.id = p.round_id
				where r.year = 2058 and p.region_name = ?""", Long.class, regionName);
	}

}
