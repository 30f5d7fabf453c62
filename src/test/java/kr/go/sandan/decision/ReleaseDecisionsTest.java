package kr.go.sandan.decision;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import kr.go.sandan.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The release's two rounds read through the decision pages the portal uses for its own
 * rounds: 2020 designated as districts on 2021-03-24, 2021 preliminarily selected (and
 * three of its hubs selected as Smart Green complexes) that same day.
 */
@PortalTest
class ReleaseDecisionsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private long roundId(int year) {
		return this.jdbc.queryForObject("select id from program_round where year = ?", Long.class, year);
	}

	private long planId(int year, String regionCode) {
		return this.jdbc.queryForObject("""
				select p.id from innovation_plan p join program_round r on r.id = p.round_id
				join region g on g.id = p.region_id where r.year = ? and g.code = ?""", Long.class, year, regionCode);
	}

	private Document page(String url, String... lang) throws Exception {
		var request = get(url);
		if (lang.length > 0) {
			request.param("lang", lang[0]);
		}
		return Jsoup
			.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private static List<String> rows(Element table) {
		return table.select("tbody tr").stream().map(Element::text).toList();
	}

	@Test
	void theCommitteeMeetingOf24March2021KeepsEachRoundsDecisions() {
		assertThat(this.jdbc.queryForList("""
				select r.year || ' ' || m.kind || ' ' || m.held_on || ' ' || (m.published_at is not null)
				       || ' ' || (select count(*) from committee_decision d where d.meeting_id = m.id)
				from committee_meeting m join program_round r on r.id = m.round_id
				where r.year in (2020, 2021) order by r.year, m.kind""", String.class)).containsExactly(
				"2020 DESIGNATION 2021-03-24 true 5", "2021 PRELIMINARY_SELECTION 2021-03-24 true 5",
				"2021 SMART_GREEN_SELECTION 2021-03-24 true 0");
		assertThat(this.jdbc.queryForList("""
				select c.name from smart_green_designation s join industrial_complex c on c.id = s.complex_id
				join committee_meeting m on m.id = s.meeting_id order by c.name""", String.class))
			.containsExactly("군산국가산업단지", "명지녹산국가산업단지", "울산미포국가산업단지");
	}

	@Test
	void the2020RoundReadsAsDesignatedDistricts() throws Exception {
		assertThat(rows(page("/rounds/" + roundId(2020)).selectFirst("main table"))).hasSize(5)
			.allSatisfy((row) -> assertThat(row).contains("경쟁력강화사업지구 지정"));
		Document gumi = page("/plans/" + planId(2020, "GYEONGBUK"));
		assertThat(gumi.selectFirst("h1").text()).contains("경쟁력강화사업지구 지정");
		assertThat(gumi.getElementById("district-period").text()).isEqualTo("경쟁력강화사업지구 지정 기간: 보도자료에 기재 없음");
		assertThat(gumi.getElementById("history").parent().text()).contains("2021-03-24", "경쟁력강화추진위원회");
		Document announcement = page("/plans/" + planId(2020, "GYEONGBUK") + "/announcement");
		assertThat(announcement.selectFirst(".kicker").text()).isEqualTo("2020년 산업단지 대개조 경쟁력강화사업지구 지정 지역 계획 요약");
		assertThat(announcement.getElementById("announcement-decision").text()).contains("경쟁력강화사업지구 지정", "2021-03-24",
				"노후거점산업단지 경쟁력강화추진위원회", "보도자료에 기재 없음");
		assertThat(announcement.getElementById("announcement-sites").text()).contains("구미국가산단");
	}

	@Test
	void the2021RoundReadsAsPreliminarilySelectedWithItsAppendix() throws Exception {
		assertThat(rows(page("/rounds/" + roundId(2021)).selectFirst("main table"))).hasSize(5)
			.allSatisfy((row) -> assertThat(row).contains("예비선정"));
		long gyeonggi = planId(2021, "GYEONGGI");
		Document plan = page("/plans/" + gyeonggi);
		assertThat(plan.getElementById("district-period")).isNull();
		assertThat(plan.select("a[href$=/announcement]")).hasSize(1);
		Document announcement = page("/plans/" + gyeonggi + "/announcement");
		assertThat(announcement.selectFirst("h1").text()).isEqualTo("경기도");
		assertThat(announcement.selectFirst(".kicker").text()).isEqualTo("2021년 산업단지 대개조 예비선정 지역 계획 요약");
		assertThat(announcement.getElementById("announcement-decision").text()).contains("예비선정", "2021-03-24");
		assertThat(announcement.getElementById("announcement-targets").text())
			.isEqualTo("(목표) 생산액 5조원 증대, 고용 1만명 창출, 강소기업 99개사 육성, 디지털 레벨항상");
		assertThat(announcement.getElementById("announcement-sites").text()).contains("반월시화국가산업단지", "생산액 63.8조원(12%)",
				"판교제2테크노밸리", "ICT혁신역량과 신산업 창업지원");
		assertThat(announcement.select("h2").eachText()).contains("○ (신청 사업) 총 37개 사업", "○ (추진체계)");
		assertThat(announcement.getElementById("announcement-projects").text()).contains("혁신 데이터 센터 구축 및 운영");
		// the same summary as a PDF, read back: Korean text with the font embedded
		var response = this.mvc.perform(get("/plans/" + gyeonggi + "/announcement.pdf"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition")).contains("attachment", ".pdf");
		try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("경기도", "2021년 산업단지 대개조 예비선정 지역 계획 요약", "반월시화국가산업단지", "생산액 5조원 증대", "고용 1만명 창출",
					"판교제2테크노밸리", "총 37개 사업");
			PDResources resources = pdf.getPage(0).getResources();
			List<PDFont> fonts = new ArrayList<>();
			for (COSName name : resources.getFontNames()) {
				fonts.add(resources.getFont(name));
			}
			assertThat(fonts).isNotEmpty().allSatisfy((font) -> {
				assertThat(font.isEmbedded()).isTrue();
				assertThat(font.getName()).contains("NanumGothic");
			});
		}
		// in English as well
		Document english = page("/plans/" + gyeonggi + "/announcement", "en");
		assertThat(english.selectFirst("h1").text()).isEqualTo("Gyeonggi-do");
		assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
	}

	@Test
	void aPlanThatWasNeverSelectedHasNoAnnouncement() throws Exception {
		// the unpublished drafts of other tests and unknown ids alike
		this.mvc.perform(get("/plans/999999999/announcement")).andExpect(status().isNotFound());
	}

}
