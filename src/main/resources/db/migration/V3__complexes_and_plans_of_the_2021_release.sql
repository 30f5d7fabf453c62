-- Every fact of the joint MOLIT/MOTIE press release of 2021-03-24 (../shared/domain/).
-- Figures are kept as written (조원, 억원, 만명, 개사, %) with their units; where the body of the
-- release and its appendix (참고) disagree both are kept (plan_target.source), never reconciled.
-- Text is as written, typos included; only words split by the PDF's line wrapping
-- ("사상공 업지역") are joined again. The three 2021 pre-submissions the release does not
-- name stay unnamed (program_round.reported_pre_submissions = 8).

create function pg_temp.region_id(p_code varchar) returns bigint language sql as
    $$ select id from region where code = p_code $$;

-- Industrial complexes named in the release; type only where the release states it.
insert into industrial_complex (name, type, region_id)
select v.name, v.type, pg_temp.region_id(v.region)
from (values
    ('반월시화국가산업단지', 'NATIONAL', 'GYEONGGI'),
    ('화성발안일반산단', 'GENERAL', 'GYEONGGI'),
    ('성남일반산단', 'GENERAL', 'GYEONGGI'),
    ('판교제2테크노밸리', null, 'GYEONGGI'),
    ('창원국가산업단지', 'NATIONAL', 'GYEONGNAM'),
    ('김해골든루트산단', null, 'GYEONGNAM'),
    ('사천일반산단', 'GENERAL', 'GYEONGNAM'),
    ('함안칠서일반산단', 'GENERAL', 'GYEONGNAM'),
    ('명지녹산국가산업단지', 'NATIONAL', 'BUSAN'),
    ('사상공업지역일반산업단지', 'GENERAL', 'BUSAN'),
    ('신평장림일반산업단지', 'GENERAL', 'BUSAN'),
    ('울산미포국가산업단지', 'NATIONAL', 'ULSAN'),
    ('테크노일반산단', 'GENERAL', 'ULSAN'),
    ('매곡일반산단', 'GENERAL', 'ULSAN'),
    ('군산국가산업단지', 'NATIONAL', 'JEONBUK'),
    ('익산일반산단', 'GENERAL', 'JEONBUK'),
    ('완주과학산단', null, 'JEONBUK'),
    ('새만금국가산단', 'NATIONAL', 'JEONBUK'),
    ('구미국가산단', 'NATIONAL', 'GYEONGBUK'),
    ('광주첨단국가산단', 'NATIONAL', 'GWANGJU'),
    ('성서일반산단', 'GENERAL', 'DAEGU'),
    ('남동국가산단', 'NATIONAL', 'INCHEON'),
    ('여수국가산단', 'NATIONAL', 'JEONNAM')
) as v (name, type, region);

insert into linked_area (name, kind, description, region_id)
select v.name, v.kind, v.description, pg_temp.region_id(v.region)
from (values
    ('부산진해경제자유구역 지사지역', 'FREE_ECONOMIC_ZONE', null, 'BUSAN'),
    ('에코델타시티스마트시티', 'SMART_CITY', null, 'BUSAN'),
    ('친환경자동차벨트', 'COMPLEX_BELT', '중산1·2, 매곡2·3, 이화, 모듈화 일반산업단지', 'ULSAN')
) as v (name, kind, description, region);

-- Smart Green complexes: 반월시화 and 창원 in 2019; 명지녹산, 미포, 군산 selected on 2021-03-24.
insert into smart_green_designation (complex_id, year, announced_on)
select c.id, v.year, v.announced_on::date
from (values
    ('반월시화국가산업단지', 2019, null),
    ('창원국가산업단지', 2019, null),
    ('명지녹산국가산업단지', 2021, '2021-03-24'),
    ('울산미포국가산업단지', 2021, '2021-03-24'),
    ('군산국가산업단지', 2021, '2021-03-24')
) as v (name, year, announced_on)
join industrial_complex c on c.name = v.name;

create function pg_temp.complex_id(p_name varchar) returns bigint language sql as
    $$ select id from industrial_complex where name = p_name $$;
create function pg_temp.area_id(p_name varchar) returns bigint language sql as
    $$ select id from linked_area where name = p_name $$;

create function pg_temp.new_plan(p_year int, p_region varchar, p_region_name varchar, p_status varchar,
                                 p_hub varchar) returns bigint language sql as $$
    insert into innovation_plan (round_id, region_id, region_name, status, published_on, hub_complex_id)
    values ((select id from program_round where year = p_year), pg_temp.region_id(p_region), p_region_name,
            p_status, date '2021-03-24', pg_temp.complex_id(p_hub))
    returning id
$$;

create function pg_temp.key_task(p_plan bigint, p_pos int, p_name varchar, p_heading varchar,
                                 p_projects varchar[], p_strategies varchar[][]) returns void language plpgsql as $$
declare
    t bigint;
    i int;
    project varchar;
begin
    insert into plan_key_task (plan_id, position, name, strategy_heading)
    values (p_plan, p_pos, p_name, p_heading) returning id into t;
    i := 0;
    foreach project in array p_projects loop
        i := i + 1;
        -- "(신규)" marks a newly proposed project in the release
        insert into plan_requested_project (key_task_id, position, name, newly_proposed)
        values (t, i, regexp_replace(project, '\(신규\)$', ''), case when project like '%(신규)' then true end);
    end loop;
    if p_strategies is not null then
        for i in 1 .. array_length(p_strategies, 1) loop
            insert into plan_strategy (key_task_id, position, title, description)
            values (t, i, nullif(p_strategies[i][1], ''), p_strategies[i][2]);
        end loop;
    end if;
end
$$;

do $$
declare
    meeting bigint := (select id from committee_meeting where held_on = '2021-03-24');
    p bigint;
begin
    ---------------------------------------------------------------- 2020 round: designated as districts
    p := pg_temp.new_plan(2020, 'GYEONGBUK', '경상북도', 'DESIGNATED', '구미국가산단');
    insert into plan_status_event (plan_id, status, occurred_on, meeting_id, note)
    values (p, 'DESIGNATED', '2021-03-24', meeting, '경쟁력강화사업지구 지정');
    p := pg_temp.new_plan(2020, 'GWANGJU', '광주광역시', 'DESIGNATED', '광주첨단국가산단');
    insert into plan_status_event (plan_id, status, occurred_on, meeting_id, note)
    values (p, 'DESIGNATED', '2021-03-24', meeting, '경쟁력강화사업지구 지정');
    p := pg_temp.new_plan(2020, 'DAEGU', '대구광역시', 'DESIGNATED', '성서일반산단');
    insert into plan_status_event (plan_id, status, occurred_on, meeting_id, note)
    values (p, 'DESIGNATED', '2021-03-24', meeting, '경쟁력강화사업지구 지정');
    p := pg_temp.new_plan(2020, 'INCHEON', '인천광역시', 'DESIGNATED', '남동국가산단');
    insert into plan_status_event (plan_id, status, occurred_on, meeting_id, note)
    values (p, 'DESIGNATED', '2021-03-24', meeting, '경쟁력강화사업지구 지정');
    p := pg_temp.new_plan(2020, 'JEONNAM', '전라남도', 'DESIGNATED', '여수국가산단');
    insert into plan_status_event (plan_id, status, occurred_on, meeting_id, note)
    values (p, 'DESIGNATED', '2021-03-24', meeting, '경쟁력강화사업지구 지정');

    ---------------------------------------------------------------- 2021 round: 경기도
    p := pg_temp.new_plan(2021, 'GYEONGGI', '경기도', 'PRELIMINARILY_SELECTED', '반월시화국가산업단지');
    update innovation_plan set
        vision = '첨단ICT 융합 소재·부품·장비산업의 차세대 전진기지',
        hub_weight_label = '기여도',
        governance = '경기도 산단 대개조 추진협의회 구성 운영',
        reported_project_count = 37,
        release_summary = '소재·부품·장비 산업이 강한 반월·시화 산단에 스마트 그린 사업모델을 실증하고 연계산단에 공유·확산한다. 시스템 반도체와 미래차 등 전략산업 및 차세대 핵심 소부장(소재·부품·장비이하 소부장) 육성을 통해 지역 내 혁신 일자리 창출을 제시하였다. 미래형 모빌리티, 차세대 반도체, 스마트 뿌리기술 등 첨단 ICT 융합 소부장 산업 육성으로 3년간 일자리 1만 개 창출, 생산액 5조 원 증가, 강소기업 99개사를 육성하고자 한다.',
        release_site_summary = '[거점산단] 반월·시화(자동차, 반도체, 소부장), [연계산단·지역] 성남(전기 전자부품) - 화성발안(자동차) - 판교(IT기반)'
    where id = p;
    insert into plan_main_industry (plan_id, position, name) values (p, 1, '전기전자'), (p, 2, '기계장비');
    insert into plan_target (plan_id, source, position, metric, value, unit, as_written) values
        (p, 'PLAN', 1, 'PRODUCTION_INCREASE', 5, '조원', '생산액 5조원 증대'),
        (p, 'PLAN', 2, 'JOBS_CREATED', 1, '만명', '고용 1만명 창출'),
        (p, 'PLAN', 3, 'STRONG_SMES', 99, '개사', '강소기업 99개사 육성'),
        (p, 'PLAN', 4, 'DIGITAL_LEVEL', null, null, '디지털 레벨항상'),
        (p, 'RELEASE_BODY', 1, 'JOBS_CREATED', 1, '만개', '일자리 1만 개 창출'),
        (p, 'RELEASE_BODY', 2, 'PRODUCTION_INCREASE', 5, '조원', '생산액 5조 원 증가'),
        (p, 'RELEASE_BODY', 3, 'STRONG_SMES', 99, '개사', '강소기업 99개사를 육성');
    insert into plan_hub_weight (plan_id, position, measure, amount, unit, share_percent, as_written) values
        (p, 1, 'PRODUCTION', 63.8, '조원', 12, '생산액 63.8조원(12%)'),
        (p, 2, 'TENANT_FIRMS', 19577, '개사', 15, '입주업체 19,577개사(15%)'),
        (p, 3, 'EMPLOYMENT', 25, '만명', 19, '고용 25만명(19%)');
    insert into plan_linked_site (plan_id, position, complex_id, area_id, linkage_function) values
        (p, 1, pg_temp.complex_id('화성발안일반산단'), null, '소재·부품·장비산업 클러스터시너지 창출'),
        (p, 2, pg_temp.complex_id('성남일반산단'), null, '지역내 혁신자원(대학,연구소,기업지원기관) 연계'),
        (p, 3, pg_temp.complex_id('판교제2테크노밸리'), null, 'ICT혁신역량과 신산업 창업지원, 제조·ICT 융합 사업모델 창출');
    perform pg_temp.key_task(p, 1, '디지털 뉴딜을 통한 제조 혁신', '디지털뉴딜을 통한 제조혁신',
        array['혁신 데이터 센터 구축 및 운영', '스마트 제조혁신 기반 구축', '산업집적지 경쟁력 강화 사업', '소부장 강소기업 육성 지원 사업'],
        array[['데이터댐 구축 및 디지털 전환 촉진', '디지털 전환을 통한 제조혁신 가속화, 초연결 네트워크 구현, 뿌리공정기술 디지털화'],
              ['소부장 제조혁신 생태계 육성', '빅데이터 기반 사업다각화, 기술사업화 지원']]);
    perform pg_temp.key_task(p, 2, '신산업 일자리 창출 및 창업 촉진', '신산업 일자리 창출 및 창업 촉진',
        array['스마트 제조 고급인력 양성', '산업혁신 인재 성장 지원사업', '글로벌 엑셀러레이팅 복합문화센터 건립'],
        array[['맞춤형 소부장 전문인력 양성 및 일자리 지원', '고급 인력양성 플랫폼 구축, AI로봇 기반 특화 전문인력 양성, 실무중심 통합형 인재 육성'],
              ['신산업 창업 활성화 및 근로환경 개선', '캠퍼스 혁신파크 및 제조혁신 창업타운 조성, 공동 통근버스운영, 통합관제시스템 구축']]);
    perform pg_temp.key_task(p, 3, '그린뉴딜 및 미래형 산업기반 구축', '그린뉴딜 및 미래형 산업기반 구축',
        array['환경·안전 통합관제센터', '클린에너지 검증허브(신규)', '휴폐업공장 리모델링', '산단환경개선펀드', '고용안정선제패키지', '노후공단 재정비'],
        array[['친환경·저탄소·고효율 에너지 그린산단 조성', '공장에너지 효율화와 전력 에너지 순환 네트워크, 수소복합기지, 그린에너지 복합센터 건립'],
              ['스마트 공간 혁신', '기반시설 재정비, 랜드마크 모델제시, 전기굴절버스 신설']]);
    insert into plan_diagnosis (plan_id, position, title, description) values
        (p, 1, '대전환 모색', '대량 생산기지로서 기존의 산단 운영방식을 개인 맞춤 형 제품 생산과 유통이 가능한 산업단지 입지정책으로 전환 필요'),
        (p, 2, '최적입지', '경기 산단은 인적자원, 그물망교통, 도시인프라와 연계한 생산.물류의 최적 입지로 생산기반 및 거대 배후 소비시장을 겸비');

    ---------------------------------------------------------------- 2021 round: 경상남도
    p := pg_temp.new_plan(2021, 'GYEONGNAM', '경상남도', 'PRELIMINARILY_SELECTED', '창원국가산업단지');
    update innovation_plan set
        vision = '미래모빌리티산업 육성을 위한 스마트·혁신·사람 중심의 클러스터 조성',
        hub_weight_label = '기여도',
        governance = '스마트그린산단사업단 확대 개편, 시·군 참여 및 혁신기관 파견',
        reported_project_count = 51,
        release_summary = '주력 산업인 기계장비·부품 산업을 기반으로 한 스마트 제조혁신, 인력고급화 등을 통해 미래 모빌리티 산업 육성 전략을 제시하였다. 스마트 공장 구축 및 고도화, 휴폐업공장 리모델링, 근로자 중심 산단 공간 마련을 통해 일자리 1.3만 개 창출, 생산액 5.1조 원 증대, 207개사 신규창업을 목표로 설정하였다.',
        release_site_summary = '[거점산단] 창원(미래형 모빌리티), [연계산단] 김해골든루트(자동차·전자부품)-사천(항공부품) 함안칠서(철도차량부품)'
    where id = p;
    insert into plan_main_industry (plan_id, position, name) values (p, 1, '기계산업');
    insert into plan_target (plan_id, source, position, metric, value, unit, as_written) values
        (p, 'PLAN', 1, 'PRODUCTION_INCREASE', 5.1, '조원', '생산액 5.1조원 증대'),
        (p, 'PLAN', 2, 'STARTUPS', 207, '개', '신규창업 207개'),
        (p, 'PLAN', 3, 'JOBS_CREATED', 1.3, '만명', '고용 1.3만명 창출'),
        (p, 'RELEASE_BODY', 1, 'JOBS_CREATED', 1.3, '만개', '일자리 1.3만 개 창출'),
        (p, 'RELEASE_BODY', 2, 'PRODUCTION_INCREASE', 5.1, '조원', '생산액 5.1조 원 증대'),
        (p, 'RELEASE_BODY', 3, 'STARTUPS', 207, '개사', '207개사 신규창업');
    insert into plan_hub_weight (plan_id, position, measure, amount, unit, share_percent, as_written) values
        (p, 1, 'PRODUCTION', 39.2, '조원', 51, '생산액 39.2조원(51%)'),
        (p, 2, 'EXPORTS', 96, '억$', 24, '수출액 96억$(24%)'),
        (p, 3, 'TENANT_FIRMS', 2664, '개사', 39, '입주업체 2,664개사(39%)');
    insert into plan_linked_site (plan_id, position, complex_id, area_id, linkage_function) values
        (p, 1, pg_temp.complex_id('김해골든루트산단'), null, '자동차·전장부품 공급기지'),
        (p, 2, pg_temp.complex_id('사천일반산단'), null, '항공부품 공급기지'),
        (p, 3, pg_temp.complex_id('함안칠서일반산단'), null, '철도차량부품 공급기지');
    perform pg_temp.key_task(p, 1, '스마트제조혁신으로 일자리 창출', '스마트 제조혁신으로 일자리 창출',
        array['산업전환지원센터', '수소환경 소재 시험평가시스템 구축', '산단혁신지원센터', '미래자동차 핵심부품 개발 및 실증', '스마트공장 구축 및 고도화', '상상허브 조성', '항공부품 공동생산 집적화단지 구축', '휴폐업공장 리모델링'],
        array[['핵심부품 개발 및 사업 다각화 지원 인프라 확충', '핵심부품 개발로 기업 자생력 향상, R&D지원, 기술강소기업 발굴하여 사업다각화 촉진'],
              ['미래 유망산업 육성 및 창업공간 조성', '미래모빌리티 산업 육성의 거점 확보, 융복합 혁신지원시설 구축을 통한 창업 활성화 기여']]);
    perform pg_temp.key_task(p, 2, '근로자 중심의 산단 공간 혁신', '근로자 중심의 산단 공간 혁신',
        array['고용안정선제패키지', '스마트제조고급 인력양성', '캠퍼스 혁신파크 조성', '대중소상생형 공동훈련센터', '복합문화센터 건립'],
        array[['근로자 일·생활 양립 환경조성', '통근버스, 기숙사운영 등 근로자 보육인프라 확충으로 근로환경을 개선하고 이를 통해 근로자 만족도 제고'],
              ['근로자 역량향상 교육훈련 강화', '교육·훈련 프로그램 확대로 근로자 역량 향상 기회 확대하고 필요인력 공급 및 취업 촉진']]);
    perform pg_temp.key_task(p, 3, '미래형 스마트그린산단 조성', '미래형 스마트그린산단 조성',
        array['산단환경개선펀드(출자)', '부처연계형 노후산단개발', '노후공단 재정비', '에너지자급자족형 인프라구축', '미세먼지 차단숲 사업', '산단형 스마트시티 챌린지'],
        array[['노후산단 기반 인프라 재정비', '기반시설 구축 통한 경쟁력 제고'],
              ['탄소중립 인프라 구축·지원', '저탄소 그린산단 조성 등 에너지 전환 촉진 하고 에너지 선순화시스템 도입을 통해 탄소 배출 저감 촉진']]);
    insert into plan_diagnosis (plan_id, position, title, description) values
        (p, 1, null, '세계 생산네트워크 재편 및 신흥국의 제조업 성장, 수송기계 내수· 수출 감소에 따라 기업 경영악화 등 경남 기계산업 위축 심화'),
        (p, 2, null, '''19년 제조업은 수송기계·기계산업 생산액 감소로 ''14년 대비 10조원 급감');

    ---------------------------------------------------------------- 2021 round: 부산광역시
    p := pg_temp.new_plan(2021, 'BUSAN', '부산광역시', 'PRELIMINARILY_SELECTED', '명지녹산국가산업단지');
    update innovation_plan set
        vision = '스마트 그린 모빌리티 & 글로벌 스마트물류 허브 구축',
        hub_weight_label = '기여도',
        governance = '스마트산단 사업단 및 연계산단 TFT 구성',
        reported_project_count = 35,
        release_summary = '전통제조업을 친환경 미래 유망사업으로 전면 대개조하기 위하여 스마트·그린 모빌리티 소부장 선도산단을 확립하고 부산 특화형 수출 허브를 구축하기 위한 전략을 수립하였다. 미래차·친환경 선박 등 글로벌 공급기지 구축과 친환경·스마트 물류의 동북아 중심기지 달성을 통해 일자리 1만 개 창출, 생산액 5조 원 중대, 소부장 강소기업 120개 육성 달성 등을 목표로 한다.',
        release_site_summary = '[거점산단] 명지·녹산(스마트 그린 모빌리티, 물류), [연계산단·지역] 사상공업지역(뿌리산업 특화) - 신평장림(전기·수소차 소재부품) - 부산진해경제자유구역(첨단 소재·부품) - 에코델타시티스마트시티(ICT 및 친환경에너지)'
    where id = p;
    insert into plan_main_industry (plan_id, position, name) values (p, 1, '조선'), (p, 2, '자동차');
    insert into plan_target (plan_id, source, position, metric, value, unit, as_written) values
        (p, 'PLAN', 1, 'PRODUCTION_INCREASE', 1.3, '조원', '생산 1.3조원 증대'),
        (p, 'PLAN', 2, 'JOBS_CREATED', 1, '만명', '일자리 창출 1만명'),
        (p, 'RELEASE_BODY', 1, 'JOBS_CREATED', 1, '만개', '일자리 1만 개 창출'),
        (p, 'RELEASE_BODY', 2, 'PRODUCTION_INCREASE', 5, '조원', '생산액 5조 원 중대'),
        (p, 'RELEASE_BODY', 3, 'STRONG_SMES', 120, '개', '소부장 강소기업 120개 육성');
    insert into plan_hub_weight (plan_id, position, measure, amount, unit, share_percent, as_written) values
        (p, 1, 'PRODUCTION', 11.1, '조원', 30, '생산액11.1조원(30%)'),
        (p, 2, 'EXPORTS', 25.8, '억$', 24.4, '수출액 25.8억$(24.4%)'),
        (p, 3, 'TENANT_FIRMS', 1442, '개사', null, '입주업체 1,442개사');
    insert into plan_linked_site (plan_id, position, complex_id, area_id, linkage_function) values
        (p, 1, pg_temp.complex_id('사상공업지역일반산업단지'), null, '뿌리기업 중심지'),
        (p, 2, pg_temp.complex_id('신평장림일반산업단지'), null, '자동차 부품 산업 집적지, 미래 친환경 자동차산업 전환'),
        (p, 3, null, pg_temp.area_id('부산진해경제자유구역 지사지역'), '디지털산업, 융합형 혁신센터 집적지'),
        (p, 4, null, pg_temp.area_id('에코델타시티스마트시티'), 'ICT 및 친환경에너지 기술 융합');
    perform pg_temp.key_task(p, 1, '스마트그린 모빌리티 소부장 선도신단 확립', '스마트·그린 모빌리티 소부장 선도산단 확립',
        array['스마트제조 유연생산 클러스터(신규)', '지역선도산업단지 연계협력사업(R&D)', '산학융합지구 조성', '소재부품 전문기업 Tech-Coordinating사업(신규)'],
        array[['ICT기반 제조혁신 가속화', '전통 구력산업의 미래 新산업으로 대전환 추진 하고, 스마트 모빌리티&스마트 물류 변화 촉진'],
              ['융합형 생태계 구축', '광역지역과의 연계협력을 통한 단계별 성장으로 시너지 창출 및 성공모델 전국적 확산']]);
    perform pg_temp.key_task(p, 2, '부산특화형 수출허브 구축', '내수-글로벌 물류연계강화를 통한 부산특화형 수출 허브 구축',
        array['제조고급 인력양성', '스마트공장 구축 및 고도화', '교통빅데이터 허브센터(신규)', '항만 배후단지 내 미니산업단지 조성(신규)', '공정혁신 시뮬레이션센터'],
        array[['순환형 물류체계 확립', '부산형 그린 모빌리티(수소·전기차,친환경조선) 관련 핵심 소부장 공급기지 구축'],
              ['글로벌 지향형 물류 지원체계 구축', '스마트 공동유통망 및 물류센터 확장을 통한 제조-물류 연계형 사업화 및 글로벌 시장 진출 촉진']]);
    perform pg_temp.key_task(p, 3, '행복그린산단 조성', '청년·창업·문화가 공존하는 행복&그린산단 조성',
        array['환경·안전 통합관제센터', '클린에너지 검증허브(신규)', '휴폐업공장 리모델링', '산단환경개선펀드', '고용안정선제패키지', '노후공단 재정비'],
        array[['미래형 그린산단 조성', '노후산단 재정비로 정주여건 개선'],
              ['안전·행복 산단 조성', '복합 정주·문화공간(창업공간 등)을 조성하고 디지털 기반 친환경 기업 에너지 효율성 극대화']]);
    insert into plan_diagnosis (plan_id, position, title, description) values
        (p, 1, '주력산업 전환', '전통제조업 의존도가 높아 지속적인 경기하락 추세로, 급격한 노후화, 낮은 가동률 등 성장정체 직면, 미래 유망산업(스마트 그린 모빌리티&스마트물류) 중심으로 전면적인 대개조 시급');

    ---------------------------------------------------------------- 2021 round: 울산광역시
    p := pg_temp.new_plan(2021, 'ULSAN', '울산광역시', 'PRELIMINARILY_SELECTED', '울산미포국가산업단지');
    update innovation_plan set
        vision = '탄소중립 산단을 향한 Eco-모빌리티 혁신 스마트 클러스터 조성',
        hub_weight_label = '중요도',
        governance = '연구기관, 지원기관, 산업기관을 체계화하여 지속 참여',
        reported_project_count = 31,
        release_summary = '수소전기·자율주행차 산업을 육성하고, 친환경 에너지 전환, 에너지 순환기반 구축 등 Eco-모빌리티 혁신 스마트 클러스터 조성을 위한 전략을 마련하였다. 수소전기차 복합관리센터 구축, 기술지원 기반 조성, 산단환경개선 펀드 설립 등으로 일자리 1.2만 개 창출, 생산 3,200억 원 증가, 모빌리티 기업 200개 유치를 목표로 한다.',
        release_site_summary = '[거점산단] 울산미포(미래차, 친환경 스마트조선 거점), [연계산단·지역] 테크노(R&D지원, 실증화) 매곡(친환경 자동차 부품생산)'
    where id = p;
    insert into plan_main_industry (plan_id, position, name) values (p, 1, '자동차'), (p, 2, '조선'), (p, 3, '화학');
    insert into plan_target (plan_id, source, position, metric, value, unit, as_written) values
        (p, 'PLAN', 1, 'PRODUCTION_INCREASE', 3200, '억원', '생산 3,200억원 증대'),
        (p, 'PLAN', 2, 'JOBS_CREATED', 1.2, '만명', '신규일자리 1.2만명 창출'),
        (p, 'PLAN', 3, 'FIRMS_ATTRACTED', 200, '개', '모빌리티 기업 200개 유치'),
        (p, 'PLAN', 4, 'SAFETY_ACCIDENTS', 0, null, '안전사고 ZERO화'),
        (p, 'PLAN', 5, 'WORKER_SATISFACTION', 80, '점', '근로자 만족도 지수 80점 달성'),
        (p, 'RELEASE_BODY', 1, 'JOBS_CREATED', 1.2, '만개', '일자리 1.2만 개 창출'),
        (p, 'RELEASE_BODY', 2, 'PRODUCTION_INCREASE', 3200, '억원', '생산 3,200억 원 증가'),
        (p, 'RELEASE_BODY', 3, 'FIRMS_ATTRACTED', 200, '개', '모빌리티 기업 200개 유치');
    insert into plan_hub_weight (plan_id, position, measure, amount, unit, share_percent, as_written) values
        (p, 1, 'PRODUCTION', null, null, 59.5, '울산 생산의 59.5%'),
        (p, 2, 'EXPORTS', null, null, 71.4, '수출의 71.4%');
    insert into plan_linked_site (plan_id, position, complex_id, area_id, linkage_function) values
        (p, 1, pg_temp.complex_id('테크노일반산단'), null, '전략산업 연구개발, 기술지원, 테스트베드, 인력지원'),
        (p, 2, pg_temp.complex_id('매곡일반산단'), null, '자동차 부품 중소기업 집적, 연구·실증 기반(자동차기술지원단)'),
        (p, 3, null, pg_temp.area_id('친환경자동차벨트'), '자동차 부품 중소기업 집적, 연계산단~거점산단 연계, R&D실증·사업화');
    perform pg_temp.key_task(p, 1, '주력제조산업의 모빌리티 산업 전환', '주력 제조사업의 모빌리티 산업 전환',
        array['자동차 부품기업 미래차용 전동전장기술 대전환 지원', '친환경 수소전기차 복합관리센터 구축', '전기차 배터리 안전성, 신뢰성 기술지원 기반 조성', '조선해양 및 플랜트 산업의 디지털 트윈플랫폼 구축', '친환경 선박용 극저온 단열시스템 실증기반 구축', '친환경 선박 개조 지원센터 건립 및 클러스터 구축'],
        array[['', '미래차 기술개발·지원, 미래자차·미래차부품 개발·실증, 미래자동차 생산지원 등 수소전기·자율주행차 산업 육성'],
              ['', '친환경 선박 기술개발, 친환경 선박 실증기반 구축, IT융합·스마트 선박 제조 지원 등 친환경·스마트 조선산업 육성']]);
    perform pg_temp.key_task(p, 2, '탄소증립 스마트 산업단지 운영', '탄소중립 스마트 산업단지 운영',
        array['산단 지붕형태양광 가상발전소 설치', '산단환경개선펀드(스마트그린산단 연료전지사업)', '디지털트윈 기반의 산업단지 관리 통합플랫폼 구축', '철의장 제조산업 IDX 프로젝트', '대중소상생협력형중소기업 스마트플랜트 구축사업', 'AI기반 중량화물이동체 물류플랫폼 개발 및 검증'],
        array[['', '친환경 에너지 전환, 에너지순환 기반구축, 에너지 효율적 관리로 산업단지 에너지 전환 대응'],
              ['', '산단 스마트 운영 시스템 구축, 제조혁신 지원, 기업연계·스마트플랜트 구축으로 스마트 산업단지 기반구축']]);
    perform pg_temp.key_task(p, 3, 'QWL(Quality of Working Life) 향상', 'QWL(Quality of Working Life) 향상',
        array['영남권 글로벌 숙련기술진흥원 설립', '고용안정 선제패키지 지원', '스마트 제조 고급인력 양성'],
        array[['', '안전하고 쾌적한 산단환경 조성, 근로자 역량강화 및 고용안정']]);
    insert into plan_diagnosis (plan_id, position, title, description) values
        (p, 1, '지역산업 경쟁력 저하', '제조업 생산액 ''11년 이후 연평균 2.5% 감소, 최근 5년간 수출 성장률 감소 등 전반적인 산업경제 위축'),
        (p, 2, '주력산업 경쟁력 저하', '조선·자동차산업의 종사자수, 매출액, 부가가치 감소 등 하향추세로 업종간 융복합 통한 고부가가치 창출 필요');

    ---------------------------------------------------------------- 2021 round: 전라북도
    p := pg_temp.new_plan(2021, 'JEONBUK', '전라북도', 'PRELIMINARILY_SELECTED', '군산국가산업단지');
    update innovation_plan set
        vision = '산업단지 혁신으로 미래형 상용 모빌리티 글로벌 거점 도약',
        hub_weight_label = '중요도',
        governance = '전북 산업단지 중심 일자리 거점 혁신계획 추진단',
        reported_project_count = 39,
        release_summary = '융복합 기술기반 산업과 스마트·표준화 기반 제조시스템을 통해 미래형 상용 모빌리티로 산업구조를 개편하는 전략을 제시하였다. 기술개발 지원, 산단혁신지원센터 구축, 스마트 공장 구축 및 고도화를 통해 일자리 1만 개 창출, 생산 1.6조 원 증가, 청년고용 증가율 8% 상승 등의 목표를 달성하고자 한다.',
        release_site_summary = '[거점산단] 군산(전기차 생산거점), [연계산단] 익산제2(뿌리·전장부품) 완주과학(수소·전기 동력부품) - 새만금(실증기지)'
    where id = p;
    insert into plan_main_industry (plan_id, position, name) values (p, 1, '자동차');
    insert into plan_target (plan_id, source, position, metric, value, unit, as_written) values
        (p, 'PLAN', 1, 'INDUSTRY_CONVERSION_RATE', 30, '%', '미래형 상용 모빌리티 산업전환율 30%'),
        (p, 'PLAN', 2, 'EXPORT_SHARE', 10, '%', '수출비중 10%'),
        (p, 'RELEASE_BODY', 1, 'JOBS_CREATED', 1, '만개', '일자리 1만 개 창출'),
        (p, 'RELEASE_BODY', 2, 'PRODUCTION_INCREASE', 1.6, '조원', '생산 1.6조 원 증가'),
        (p, 'RELEASE_BODY', 3, 'YOUTH_EMPLOYMENT_GROWTH', 8, '%', '청년고용 증가율 8% 상승');
    insert into plan_hub_weight (plan_id, position, measure, amount, unit, share_percent, as_written) values
        (p, 1, 'PRODUCTION', 6.4, '조원', 16, '생산액 6.4조원(16%)'),
        (p, 2, 'EXPORTS', 13, '억$', 21, '수출액 13억$(21%)'),
        (p, 3, 'TENANT_FIRMS', 794, '개사', 43, '입주업체 794개사(43%)');
    insert into plan_linked_site (plan_id, position, complex_id, area_id, linkage_function) values
        (p, 1, pg_temp.complex_id('익산일반산단'), null, '뿌리/전장부품소재 공급기지'),
        (p, 2, pg_temp.complex_id('완주과학산단'), null, '수소동력부품 공급기지'),
        (p, 3, pg_temp.complex_id('새만금국가산단'), null, '미래상용모빌리티 실증기지');
    perform pg_temp.key_task(p, 1, '기술혁신과 산업고도화', '기술혁신과 산업고도화',
        array['미래형 친환경 모빌리티 공동혁신 R&D', '산업단지 대개조 지역기업 기술개발지원', '산업단지 대개조 지역기업 사업화 지원', '스마트산단 제조혁신 기반 구축', '스마트공장 구축 및 고도화'],
        array[['융복합 기술기반 산업혁신', '친환경 미래형 신기술 발굴, R&D 사업 중심 산단내 기업들의 업종 전환 지워으로 고부가가치화'],
              ['스마트·표준화 기반 제조혁신', '제조공정 과정 지능화 및 자동화로 전환할 수 있도록 표준화 실시하여 산업단지 생산성 제고']]);
    perform pg_temp.key_task(p, 2, '일터혁신과 인력양성', '일터혁신과 인력양성',
        array['산업단지 복합문화센터 건립사업', '산업단지형 행복주택', '자치단체지원 (고용안정선제 패키지)', '스마트제조 고급인력양성'],
        array[['사람중심 일터조성', '편안하게 일하고 다양한 문화활동을 할 수 있는 편의 시설 및 기능 제공으로 고용 친화적인 산업단지 조성'],
              ['수요중심 인력양성 및 연계', '기존 업종 전환 지원 및 미래 산업 경쟁력 확보를 위한 수요 맞춤형 인재 양성·공급 시스템 구축']]);
    perform pg_temp.key_task(p, 3, '환경·에너지 관리 및 공간혁신', '환경·에너지 관리 및 공간혁신',
        array['스마트에너지 플랫폼 구축', '에너지 자급자족형 인프라 구축', '첨단 감시장비 운영사업', '부처연계형 노후산단 개발'],
        array[['친환경·저탄소 그린혁신', '에너지 사용 효율성 및 재생에너지 활용· 보급률을 높여 산업단지의 탄소중립화 실현'],
              ['인프라 개선 공간혁신', '거점-연계단지의 민간투자 유도']]);
    perform pg_temp.key_task(p, 4, '혁신거버넌스', null, array['산단대개조 혁신 거버넌스 구축'], null);
    insert into plan_diagnosis (plan_id, position, title, description) values
        (p, 1, '주력산업 침체', '대기업 이전* 등 주력산업(자동차)이 침체하고 내연기관차 생산 중심 공장구조로 미래 자동차산업에 대응한 혁신생태계 구축 어려움 (* 한국GM 군산공장 폐쇄 등의 충격으로 운송장비, 자동차, 전자부품 산업의 종사자 감소)');

    -- status history of the 2021 plans
    insert into plan_status_event (plan_id, status, occurred_on, meeting_id, note)
    select ip.id, 'SUBMITTED', null, null, '예비접수 (2021.1.6. 지역선정 공모)'
    from innovation_plan ip join program_round r on r.id = ip.round_id where r.year = 2021;
    insert into plan_status_event (plan_id, status, occurred_on, meeting_id, note)
    select ip.id, 'PRELIMINARILY_SELECTED', date '2021-03-24', meeting, '산업단지 대개조 지역 예비선정'
    from innovation_plan ip join program_round r on r.id = ip.round_id where r.year = 2021;
end
$$;
