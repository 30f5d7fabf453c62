package kr.go.sandan.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import kr.go.sandan.complex.ComplexType;
import kr.go.sandan.complex.LinkedAreaKind;
import kr.go.sandan.plan.Ministry;

/**
 * The words synthetic plans are written with: real cities of each region, complex names
 * as Korean complexes are named, the program's kinds of projects, Korean personal names.
 * Only fixed lists: every choice among them is drawn by the caller's {@link Random}.
 */
final class Vocabulary {

	private Vocabulary() {
	}

	/** 시·군·구 (or districts) of each region, by region code. */
	static final Map<String, List<String>> CITIES = Map.ofEntries(
			Map.entry("SEOUL",
					List.of("구로", "금천", "성동", "마포", "강서", "송파", "영등포", "강남", "서초", "중랑", "노원", "도봉", "동대문", "광진", "양천",
							"은평")),
			Map.entry("BUSAN",
					List.of("사상", "사하", "강서", "기장", "해운대", "녹산", "신평", "장림", "금정", "동래", "영도", "명지", "미음", "정관", "생곡",
							"지사")),
			Map.entry("DAEGU",
					List.of("성서", "달성", "서대구", "검단", "율하", "금호", "이시아", "현풍", "구지", "논공", "하빈", "다사", "옥포", "대곡", "비산",
							"봉무")),
			Map.entry("INCHEON",
					List.of("남동", "부평", "주안", "강화", "검단", "서부", "청라", "송도", "영종", "계양", "미추홀", "연수", "옹진", "석남", "가좌",
							"오류")),
			Map.entry("GWANGJU",
					List.of("하남", "평동", "광산", "송암", "본촌", "소촌", "진곡", "빛그린", "수완", "운남", "월계", "신창", "도천", "임곡", "비아",
							"삼도")),
			Map.entry("DAEJEON",
					List.of("대덕", "유성", "신탄진", "평촌", "탑립", "관평", "둔곡", "신동", "안산", "장동", "문평", "용산", "봉명", "구즉", "진잠",
							"원촌")),
			Map.entry("ULSAN",
					List.of("온산", "미포", "길천", "매곡", "효문", "반천", "언양", "삼남", "상북", "두동", "두서", "웅촌", "청량", "중산", "이화",
							"모듈화")),
			Map.entry("SEJONG",
					List.of("조치원", "전의", "전동", "부강", "연기", "연동", "소정", "금남", "장군", "연서", "명학", "미곡", "월산", "세종", "봉암",
							"와촌")),
			Map.entry("GYEONGGI",
					List.of("반월", "시화", "안산", "시흥", "화성", "평택", "안성", "이천", "여주", "김포", "파주", "포천", "양주", "용인", "오산",
							"남양주", "의정부", "광주", "하남", "부천", "고양", "동두천", "연천", "가평", "양평")),
			Map.entry("GANGWON",
					List.of("춘천", "원주", "강릉", "동해", "태백", "속초", "삼척", "홍천", "횡성", "영월", "평창", "정선", "철원", "화천", "양구",
							"인제", "고성", "양양")),
			Map.entry("CHUNGBUK",
					List.of("청주", "오송", "오창", "충주", "제천", "보은", "옥천", "영동", "증평", "진천", "괴산", "음성", "단양", "대소", "금왕",
							"내수")),
			Map.entry("CHUNGNAM",
					List.of("천안", "공주", "보령", "아산", "서산", "논산", "계룡", "당진", "금산", "부여", "서천", "청양", "홍성", "예산", "태안",
							"탕정")),
			Map.entry("JEONBUK",
					List.of("전주", "군산", "익산", "정읍", "남원", "김제", "완주", "진안", "무주", "장수", "임실", "순창", "고창", "부안", "새만금",
							"팔복")),
			Map.entry("JEONNAM",
					List.of("목포", "여수", "순천", "나주", "광양", "담양", "곡성", "구례", "고흥", "보성", "화순", "장흥", "강진", "해남", "영암",
							"무안", "함평", "영광", "장성", "완도", "진도", "대불")),
			Map.entry("GYEONGBUK",
					List.of("포항", "경주", "김천", "안동", "구미", "영주", "영천", "상주", "문경", "경산", "의성", "청송", "영덕", "청도", "고령",
							"성주", "칠곡", "예천", "봉화", "울진")),
			Map.entry("GYEONGNAM",
					List.of("창원", "진주", "통영", "사천", "김해", "밀양", "거제", "양산", "의령", "함안", "창녕", "고성", "남해", "하동", "산청",
							"함양", "거창", "합천")),
			Map.entry("JEJU", List.of("제주", "서귀포", "한림", "애월", "조천", "구좌", "성산", "표선", "남원", "안덕", "대정", "한경", "용암",
					"금능", "화북", "아라")));

	/** What comes between the city and the type in a complex's name. */
	static final List<String> THEMES = List.of("", "제2", "제3", "테크노", "하이테크", "첨단", "스마트", "디지털", "그린", "에코", "사이언스",
			"밸리", "미래", "바이오", "신소재", "물류", "융합", "나노", "제4", "정밀");

	/** Complex types with their weight among a region's complexes. */
	static final List<ComplexType> TYPES = List.of(ComplexType.GENERAL, ComplexType.GENERAL, ComplexType.GENERAL,
			ComplexType.GENERAL, ComplexType.GENERAL, ComplexType.AGRO_INDUSTRIAL, ComplexType.AGRO_INDUSTRIAL,
			ComplexType.NATIONAL, ComplexType.URBAN_HIGH_TECH);

	static String typeSuffix(ComplexType type) {
		return switch (type) {
			case NATIONAL -> "국가산업단지";
			case GENERAL -> "일반산업단지";
			case URBAN_HIGH_TECH -> "도시첨단산업단지";
			case AGRO_INDUSTRIAL -> "농공단지";
		};
	}

	/** The short form Korean documents use: 창원국가산단, 구미하이테크일반산단. */
	static String shortSuffix(ComplexType type) {
		return switch (type) {
			case NATIONAL -> "국가산단";
			case GENERAL -> "일반산단";
			case URBAN_HIGH_TECH -> "도시첨단산단";
			case AGRO_INDUSTRIAL -> "농공단지";
		};
	}

	/** Linked areas: the kind and how its name ends. */
	static final List<Map.Entry<LinkedAreaKind, String>> AREAS = List.of(
			Map.entry(LinkedAreaKind.FREE_ECONOMIC_ZONE, " 경제자유구역"), Map.entry(LinkedAreaKind.SMART_CITY, " 스마트시티"),
			Map.entry(LinkedAreaKind.INDUSTRIAL_DISTRICT, " 연구개발특구"),
			Map.entry(LinkedAreaKind.INDUSTRIAL_DISTRICT, " 준공업지역"), Map.entry(LinkedAreaKind.COMPLEX_BELT, " 산단 벨트"),
			Map.entry(LinkedAreaKind.OTHER, " 혁신도시"));

	static final List<String> INDUSTRIES = List.of("자동차부품", "조선기자재", "석유화학", "정밀화학", "철강·금속", "전기전자", "반도체 장비", "디스플레이",
			"이차전지", "기계장비", "로봇", "항공부품", "의료기기", "바이오헬스", "식품가공", "섬유·패션", "화장품", "뿌리산업", "수소에너지", "신재생에너지", "미래모빌리티",
			"방위산업", "정보통신", "탄소소재", "농생명");

	static final List<String> VISIONS = List.of("{i1}·{i2} 중심의 스마트그린 {r} 산업거점 도약", "{h} 대개조로 여는 {r} 제조혁신 2.0",
			"탄소중립 {i1} 혁신을 선도하는 {r} 미래산업 허브", "청년이 찾아오는 {r} {i1} 혁신 클러스터", "디지털·그린 전환을 이끄는 {h} 혁신거점",
			"{i1}·{i2} 산업전환을 이끄는 {r} 대표 산단", "사람·기술·환경이 어우러진 {h} 미래형 산단");

	static final List<String> LINKAGES = List.of("{i} 부품 공급기지", "연구개발·실증 거점", "물류·유통 지원", "기술인력 양성 연계", "완성품 생산 연계",
			"에너지 자립 실증", "창업·사업화 지원", "{i} 소재 공급", "시험·인증 지원", "정주·편의 기능 분담");

	static final List<String> GOVERNANCE = List.of(
			"{n} 산단 대개조 추진단(단장: 행정부지사) 구성, {h} 관리기관·{r}테크노파크·지역 대학이 참여하는 실무협의체 분기별 운영",
			"{n} 산단혁신협의회 중심 추진, 한국산업단지공단 {r}본부가 총괄 사업관리를 맡고 시·군 전담조직 신설",
			"도지사·시장 공동위원장의 {r} 산단 대개조 위원회와 사업단 운영, 기업협의회·노동계가 참여하는 상생협의체 병행",
			"{h} 혁신지원센터를 거점으로 한 원스톱 사업관리, 분기별 성과점검과 외부 전문가 자문단 운영");

	static final List<String> DIAGNOSES = List.of("착공 20년 이상 노후 산단 비중 {p}%로 기반시설 노후화가 심각함",
			"{i1} 중심의 단일 업종 구조로 산업 전환이 필요함(지역 제조업 생산 비중 {p}%)", "청년 근로자 비중 {p}%로 인력 고령화가 빠름",
			"입주기업 중 스마트공장 도입률이 {p}%에 그침", "주차·편의시설 부족으로 근로환경 만족도가 낮음(100점 만점 {p}점)", "산단 온실가스 배출량이 지역 전체의 {p}%를 차지함",
			"입주기업 연구개발 투자 비중이 매출의 {p}%로 기술혁신 역량이 부족함", "{h} 가동률이 최근 3년간 {p}%로 하락함");

	/** A kind of key task (중점과제): its names, its projects, who leads them. */
	record Theme(List<String> taskNames, List<String> projects, List<Ministry> ministries) {
	}

	static final List<Theme> THEMES_OF_TASKS = List.of(
			new Theme(List.of("{i} 제조혁신 고도화", "스마트 제조혁신 확산", "제조업 디지털 전환 가속화"),
					List.of("스마트공장 고도화 지원", "제조데이터 플랫폼 구축", "{i} 기술지원센터 구축", "{i} 실증 테스트베드 구축", "공동 R&D 기술개발 지원",
							"시제품 제작 지원센터 운영", "디지털 트윈 공정혁신 지원", "AI 품질검사 시스템 보급", "협동로봇 도입 지원", "뿌리기업 공정 자동화 지원",
							"강소기업 성장 사다리 지원", "기업 맞춤형 경영컨설팅", "표준·인증 획득 지원", "{i} 장비 공동활용센터 구축", "수출 마케팅 지원",
							"글로벌 판로개척 지원", "기술사업화 펀드 조성", "제조 AI 전문인력 양성"),
					List.of(Ministry.MOTIE, Ministry.MOTIE, Ministry.MOTIE, Ministry.MSS, Ministry.MSS, Ministry.MSIT,
							Ministry.MOEL)),
			new Theme(List.of("탄소중립 그린산단 전환", "에너지 자립형 산단 조성", "친환경 자원순환 산단 구축"),
					List.of("에너지 자급자족 인프라 구축", "지붕 태양광 설치 지원", "공장 에너지관리시스템(FEMS) 보급", "폐수 재이용 시설 구축", "자원순환 클러스터 조성",
							"공동 오폐수 처리시설 개선", "수소 충전 인프라 구축", "탄소배출 모니터링 플랫폼 구축", "친환경 공정 전환 지원", "노후 공장 그린 리모델링",
							"대기오염 방지시설 지원", "마이크로그리드 실증", "노후 보일러 교체 지원", "산단 녹지·완충지대 조성", "전기차 충전소 확충",
							"폐열 회수 공동망 구축"),
					List.of(Ministry.ME, Ministry.ME, Ministry.MOTIE, Ministry.MOTIE, Ministry.MOLIT)),
			new Theme(List.of("근로자 중심의 정주여건 개선", "청년이 찾는 산단 공간 혁신", "일하고 싶은 산단 만들기"),
					List.of("근로자 기숙사 건립", "복합문화센터 조성", "청년 창업공간 조성", "직장 어린이집 설치", "통근버스 운영 지원", "산단 공공주차장 확충",
							"아름다운 거리 조성", "근로자 건강관리센터 운영", "산단 환경개선펀드 조성", "구조고도화 리모델링", "청년 문화센터 조성", "공유 오피스 조성",
							"체육·휴게시설 조성", "산단 순환버스 도입", "행복주택 공급", "산단 편의점·식당 복합동 조성"),
					List.of(Ministry.MOLIT, Ministry.MOLIT, Ministry.MOLIT, Ministry.MOEL, Ministry.MOEL, Ministry.MOHW,
							Ministry.MCST)),
			new Theme(List.of("안전하고 스마트한 산단 인프라", "디지털 기반 산단 관리체계 구축"),
					List.of("스마트 안전관제센터 구축", "통합 재난관리 시스템 구축", "노후 도로·상하수도 정비", "5G 산업망 구축", "스마트 물류플랫폼 구축",
							"공동 물류센터 조성", "지하매설물 통합관리", "화학사고 대응 시스템 구축", "CCTV 통합관제 고도화", "스마트 가로등 설치",
							"디지털 트윈 산단관리 플랫폼", "산단 데이터센터 구축", "교통혼잡 개선 연결도로 개설", "소방 인프라 확충", "공동구 정비"),
					List.of(Ministry.MOLIT, Ministry.MOLIT, Ministry.MOIS, Ministry.MSIT, Ministry.MOTIE)),
			new Theme(List.of("혁신 생태계와 인재 양성", "산학연 협력 혁신 클러스터 조성", "기업 유치와 창업 생태계 조성"),
					List.of("혁신지원센터 건립", "산학융합캠퍼스 조성", "디지털 인재 양성", "재직자 직무전환 교육", "청년 고용 연계 프로그램", "기업 유치 투자보조금",
							"스타트업 액셀러레이팅", "대·중소기업 상생협력 지원", "지역 혁신 클러스터 협의체 운영", "창업보육센터 확충", "산단 브랜드 마케팅",
							"외국인 투자기업 유치 지원", "기술인력 매칭 플랫폼", "일학습병행 지원", "{i} 전문인력 양성센터 운영"),
					List.of(Ministry.MOEL, Ministry.MOEL, Ministry.MOTIE, Ministry.MSS, Ministry.MSS, Ministry.MOE,
							Ministry.OTHER)));

	static final List<String> PROJECT_DESCRIPTIONS = List.of("{h} 입주기업 {k}개사 대상 단계별 지원",
			"{i} 기업의 경쟁력 강화를 위한 거점 사업, 연계산단으로 확산", "노후 기반시설을 정비하고 민간 투자와 연계해 추진", "지자체·관리기관·입주기업 협의체가 공동 운영",
			"{h}·연계산단 근로자 {k}00명 수혜 예상");

	static final List<String> SCORE_COMMENTS_GOOD = List.of("근거 자료가 충실하고 논리가 명확함", "지역 여건을 잘 반영함", "사업 간 연계가 우수함",
			"실현 가능성이 높음", "추진 의지와 체계가 뚜렷함");

	static final List<String> SCORE_COMMENTS_FAIR = List.of("대체로 적정하나 구체성 보완 필요", "일부 사업의 우선순위 재검토 필요", "정량 근거가 다소 부족함",
			"연계 효과의 구체화 필요");

	static final List<String> SCORE_COMMENTS_POOR = List.of("근거가 부족하고 목표가 과다함", "지역 진단과 사업 간 연결이 약함", "재원 조달 계획이 불명확함",
			"유사 사업과의 차별성이 부족함");

	static final List<String> OPINIONS = List.of("거점산단 선정이 타당하고 연계산단과의 역할 분담이 명확함.",
			"성과목표의 산정 근거를 보완하면 실현 가능성이 높아질 것임.", "요청사업이 많아 핵심 사업 위주로 재구성할 필요가 있음.", "지자체 추진체계와 민간 투자 연계가 우수함.",
			"정주여건 개선 사업의 비중이 커 산업 고도화 효과가 제한적임.", "탄소중립 전환 전략이 구체적이고 선도적임.");

	static final List<String> STRENGTHS = List.of("거점산단의 혁신 역량과 연계 효과가 우수함", "지역 진단에 근거한 계획의 타당성이 높음",
			"성과목표가 구체적이고 추진체계가 견실함", "산업 전환 전략과 재원 계획이 충실함");

	static final List<String> WEAKNESSES = List.of("성과목표의 실현 가능성 보완 필요", "연계지역과의 역할 분담 구체화 필요", "요청사업 간 우선순위 정비 필요",
			"재원 조달 계획 보완 필요");

	/** Evaluators are fixed people (made once, whatever the seed). */
	static final List<String> EVALUATOR_NAMES = List.of("김민준", "이서연", "박지훈", "최수빈", "정현우", "강지은", "조성민", "윤하은", "장동현",
			"임채원", "한승우", "오유진", "서재호", "신예린", "권도윤", "황보영", "안태식", "송미경", "류정훈", "전혜원");

	/**
	 * Affiliations that name no region (a region's name would be a conflict of interest).
	 */
	static final List<String> AFFILIATIONS = List.of("산업연구원", "국토연구원", "한국생산기술연구원", "한국산업기술진흥원", "과학기술정책연구원",
			"한국건설기술연구원", "중소벤처기업연구원", "한국개발연구원", "한국기계연구원", "한국산업단지공단 산업입지연구소");

	private static final List<String> SURNAMES = List.of("김", "김", "김", "이", "이", "박", "최", "정", "강", "조", "윤", "장",
			"임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "전", "홍");

	private static final List<String> SYLLABLES = List.of("민", "서", "지", "현", "준", "영", "수", "진", "우", "은", "하", "성",
			"재", "윤", "도", "예", "연", "정", "태", "혜", "경", "호", "주", "빈", "원", "희", "석", "훈", "용", "철", "미", "선");

	static String personName(Random random) {
		return pick(random, SURNAMES) + pick(random, SYLLABLES) + pick(random, SYLLABLES);
	}

	static <T> T pick(Random random, List<T> items) {
		return items.get(random.nextInt(items.size()));
	}

	/** {@code n} distinct items in random order. */
	static <T> List<T> sample(Random random, List<T> items, int n) {
		List<T> copy = new ArrayList<>(items);
		for (int i = 0; i < n; i++) {
			int j = i + random.nextInt(copy.size() - i);
			T swap = copy.get(i);
			copy.set(i, copy.get(j));
			copy.set(j, swap);
		}
		return copy.subList(0, n);
	}

	/** A whole number between {@code low} and {@code high}, both included. */
	static int between(Random random, int low, int high) {
		return low + random.nextInt(high - low + 1);
	}

	/** The template with each {key} replaced. */
	static String fill(String template, Map<String, String> values) {
		String text = template;
		for (Map.Entry<String, String> value : values.entrySet()) {
			text = text.replace("{" + value.getKey() + "}", value.getValue());
		}
		return text;
	}

}
