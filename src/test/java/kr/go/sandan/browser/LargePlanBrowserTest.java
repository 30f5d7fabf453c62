package kr.go.sandan.browser;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import kr.go.sandan.support.PlanJourneys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The largest plausible plan, through the real server and a real browser: 30 targets and
 * 30 linked sites typed in the browser, 200 requested projects under five key tasks, the
 * required document; saved, re-opened, submitted, sent back, changed, resubmitted and
 * compared. No request meets Tomcat's part or parameter limits, because every section is
 * saved on its own.
 */
class LargePlanBrowserTest extends BrowserTestSupport {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private static final int TARGETS = 30;

	private static final int SITES = 30;

	private static final int PROJECTS = 200;

	@Autowired
	JdbcTemplate jdbc;

	private void link(String name) {
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
	}

	private Locator exactly(String label) {
		return this.page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
	}

	private long planVersion(long plan) {
		return this.jdbc.queryForObject("select version from innovation_plan where id = ?", Long.class, plan);
	}

	@Test
	void aPlanOfTwoHundredProjectsIsWrittenSubmittedRevisedAndCompared() {
		LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Seoul"));
		signIn("ministry");
		this.page.navigate(url("/ministry/calls/new"));
		this.page.getByLabel("연도").fill("2069");
		this.page.getByLabel("차수").fill("69");
		this.page.getByLabel("접수 시작 (한국 시간)").fill(now.minusDays(1).format(LOCAL));
		this.page.getByLabel("접수 마감 (한국 시간)").fill(now.plusDays(20).format(LOCAL));
		this.page.getByLabel("공고문").fill("2069년 공모");
		this.page.getByLabel("제출 서류").fill("산단혁신계획서");
		button("공모 준비");
		button("공고하고 접수 시작");
		signOut();

		signIn("region-gyeongbuk");
		// other calls may be open at the same time: start this one
		this.page.locator(".open-call")
			.filter(new Locator.FilterOptions().setHasText("2069년 (69차)"))
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("계획 작성 시작"))
			.click();
		long plan = Long.parseLong(this.page.url().replaceAll(".*/plans/(\\d+)/edit.*", "$1"));
		link("비전·주력업종");
		this.page.getByLabel("비전", new Page.GetByLabelOptions().setExact(true)).fill("디지털 전환 선도 산단");
		this.page.getByLabel("주력업종").fill("전자, 기계, 소재");
		save();
		link("거점산단과 기여도");
		this.page.getByLabel("거점산단", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new SelectOption().setLabel("구미국가산단"));
		save();

		// thirty targets: rows are added in place, then typed
		link("성과목표");
		addRowsUntil("#target-rows tbody tr", TARGETS);
		for (int i = 1; i <= TARGETS; i++) {
			exactly(i + "번 목표의 지표").selectOption("JOBS_CREATED");
			exactly(i + "번 목표의 값").fill(String.valueOf(i * 100));
			exactly(i + "번 목표의 단위").selectOption("명");
		}
		save();

		// thirty linked sites
		link("연계단지·연계지역");
		addRowsUntil("#site-rows tbody tr", SITES);
		for (int i = 1; i <= SITES; i++) {
			exactly(i + "번 연계지의 구분").selectOption("INDUSTRIAL_DISTRICT");
			exactly(i + "번 연계지의 이름").fill("구미 연계지역 " + i);
			exactly(i + "번 연계지의 연계기능").fill("부품 공급 " + i);
		}
		save();

		link("중점과제");
		addRowsUntil("#task-rows tbody tr", 5);
		for (int i = 1; i <= 5; i++) {
			exactly(i + "번 중점과제").fill("중점과제 " + i);
		}
		save();
		assertThat(this.jdbc.queryForList("select name from plan_key_task where plan_id = ? order by position",
				String.class, plan))
			.containsExactly("중점과제 1", "중점과제 2", "중점과제 3", "중점과제 4", "중점과제 5");

		// two hundred projects: the first typed in the browser, the others posted through
		// the same session and form
		link("신청 사업");
		link("‘중점과제 1’에 사업 추가");
		this.page.getByLabel("사업명").fill("사업 1");
		this.page.getByLabel("주관 부처").selectOption("MOTIE");
		this.page.getByLabel("2069년 국비 (백만원)").fill("1,000");
		button("저장하고 다음 사업 추가");
		String csrf = this.page.locator("input[name=_csrf]").first().inputValue();
		long[] tasks = this.jdbc
			.queryForList("select id from plan_key_task where plan_id = ? order by position", Long.class, plan)
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
		for (int i = 2; i <= PROJECTS; i++) {
			APIResponse answer = this.page.request()
				.post(url("/plans/" + plan + "/edit/projects/new"),
						RequestOptions.create()
							.setMaxRedirects(0)
							.setForm(FormData.create()
								.set("_csrf", csrf)
								.set("version", String.valueOf(planVersion(plan)))
								.set("taskId", String.valueOf(tasks[(i - 1) % tasks.length]))
								.set("name", "사업 " + i)
								.set("leadMinistry", "MOTIE")
								.set("amounts[0]", "1,000")
								.set("amounts[4]", "500")));
			assertThat(answer.status()).as("project " + i).isEqualTo(302);
		}

		// re-opened: every project listed, the totals worked out
		this.page.navigate(url("/plans/" + plan + "/edit/projects"));
		assertThat(this.page.locator(".project-list tbody tr[id^=project-]")).hasCount(PROJECTS);
		assertThat(this.page.locator("#totals-by-source tfoot")).containsText("299,500");
		link("계획 항목으로 돌아가기");
		link("추진체계·지역 진단");
		this.page.getByLabel("추진체계", new Page.GetByLabelOptions().setExact(true)).fill("경북 추진단");
		this.page.getByLabel("지역 진단", new Page.GetByLabelOptions().setExact(true)).fill("전자산업 정체\n청년 유출");
		save();
		this.page.getByLabel("파일").setInputFiles(new FilePayload("혁신계획서.pdf", "application/pdf", PlanJourneys.PDF));
		button("올리기");
		button("제출");
		assertThat(this.page.locator("[role=status]").first()).containsText("계획을 제출했습니다");
		String version1 = this.jdbc.queryForObject(
				"select content::text from plan_version where plan_id = ? and number = 1", String.class, plan);
		assertThat(version1).contains("사업 200", "구미 연계지역 30", "3000");
		String planUrl = this.page.url();
		signOut();

		// sent back, one project changed, resubmitted, compared
		signIn("ministry");
		this.page.navigate(planUrl);
		this.page.getByLabel("비전", new Page.GetByLabelOptions().setExact(true)).fill("사업비를 다시 산정해 주세요.");
		button("보완 요청 보내기");
		signOut();
		signIn("region-gyeongbuk");
		this.page.navigate(url("/plans/" + plan + "/edit/projects"));
		link("사업 7");
		this.page.getByLabel("2069년 국비 (백만원)").fill("2,500");
		save();
		link("계획 항목으로 돌아가기");
		button("제출");
		assertThat(this.page.locator("#versions")).containsText("제2판");
		link("이전 판과 비교");
		assertThat(this.page.locator("#comparison")).containsText("사업 7");
		assertAccessible();
	}

}
