-- The 17 metropolitan/provincial governments with their names over time.
-- Name changes: 강원도 → 강원특별자치도 (2023-06-11), 전라북도 → 전북특별자치도 (2024-01-18).
-- valid_to is exclusive: the day the next name starts.
insert into region (code, position) values
    ('SEOUL', 1), ('BUSAN', 2), ('DAEGU', 3), ('INCHEON', 4), ('GWANGJU', 5), ('DAEJEON', 6),
    ('ULSAN', 7), ('SEJONG', 8), ('GYEONGGI', 9), ('GANGWON', 10), ('CHUNGBUK', 11),
    ('CHUNGNAM', 12), ('JEONBUK', 13), ('JEONNAM', 14), ('GYEONGBUK', 15), ('GYEONGNAM', 16),
    ('JEJU', 17);

insert into region_name (region_id, name, short_name, name_en, valid_from, valid_to)
select r.id, v.name, v.short_name, v.name_en, v.valid_from::date, v.valid_to::date
from (values
    ('SEOUL', '서울특별시', '서울', 'Seoul', null, null),
    ('BUSAN', '부산광역시', '부산', 'Busan', null, null),
    ('DAEGU', '대구광역시', '대구', 'Daegu', null, null),
    ('INCHEON', '인천광역시', '인천', 'Incheon', null, null),
    ('GWANGJU', '광주광역시', '광주', 'Gwangju', null, null),
    ('DAEJEON', '대전광역시', '대전', 'Daejeon', null, null),
    ('ULSAN', '울산광역시', '울산', 'Ulsan', null, null),
    ('SEJONG', '세종특별자치시', '세종', 'Sejong', '2012-07-01', null),
    ('GYEONGGI', '경기도', '경기', 'Gyeonggi-do', null, null),
    ('GANGWON', '강원도', '강원', 'Gangwon-do', null, '2023-06-11'),
    ('GANGWON', '강원특별자치도', '강원', 'Gangwon State', '2023-06-11', null),
    ('CHUNGBUK', '충청북도', '충북', 'Chungcheongbuk-do', null, null),
    ('CHUNGNAM', '충청남도', '충남', 'Chungcheongnam-do', null, null),
    ('JEONBUK', '전라북도', '전북', 'Jeollabuk-do', null, '2024-01-18'),
    ('JEONBUK', '전북특별자치도', '전북', 'Jeonbuk State', '2024-01-18', null),
    ('JEONNAM', '전라남도', '전남', 'Jeollanam-do', null, null),
    ('GYEONGBUK', '경상북도', '경북', 'Gyeongsangbuk-do', null, null),
    ('GYEONGNAM', '경상남도', '경남', 'Gyeongsangnam-do', null, null),
    ('JEJU', '제주특별자치도', '제주', 'Jeju', '2006-07-01', null)
) as v (code, name, short_name, name_en, valid_from, valid_to)
join region r on r.code = v.code;

-- Smart Green Industrial Complex plan (cumulative): ('20) 7 → ('21) 10 → ('25) 15.
insert into smart_green_plan (year, cumulative_target) values (2020, 7), (2021, 10), (2025, 15);

-- Rounds: ('20) 5 → ('21) 5 → ('22) 5 designations planned.
insert into program_round (year, ordinal, planned_designations, call_opened_on, reported_pre_submissions,
                           reported_evaluator_count, final_confirmation_planned) values
    (2020, 1, 5, null, null, null, null),
    (2021, 2, 5, '2021-01-06', 8, 9, '2021-12'),
    (2022, 3, 5, null, null, null, null);

insert into evaluation_indicator (round_id, position, code, name)
select r.id, v.position, v.code, v.name
from (values
    (1, 'REGIONAL_DIAGNOSIS', '지역진단 전략성'),
    (2, 'HUB_AND_LINKED_AREAS', '거점·연계지역 적절성'),
    (3, 'PLAN_FEASIBILITY', '혁신계획 타당성'),
    (4, 'TARGET_ACHIEVABILITY', '성과목표 실현가능성')
) as v (position, code, name)
join program_round r on r.year = 2021;

insert into committee_meeting (held_on, title, chair, co_chair) values
    ('2021-03-24', '노후거점산업단지 경쟁력강화추진위원회', '국토교통부 제1차관 윤성원', '산업통상자원부 차관 박진규');
