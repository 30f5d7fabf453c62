-- The 시·군 of each 시·도 (2024), so that an evaluator's affiliation is read as a conflict
-- of interest with the right region (issue 15): "경기도 광주시청" works in 경기도, not in
-- 광주광역시; "창원시청" works in 경상남도. Districts (구) are left out: their names repeat in
-- every metropolitan city and name no region.
create table region_district (
    region_id  bigint      not null constraint fk_region_district_region references region (id),
    name       varchar(20) not null,
    constraint pk_region_district primary key (region_id, name)
);

insert into region_district (region_id, name)
select r.id, d.name
from (values
    ('BUSAN', '기장군'),
    ('DAEGU', '달성군'), ('DAEGU', '군위군'),
    ('INCHEON', '강화군'), ('INCHEON', '옹진군'),
    ('ULSAN', '울주군'),
    ('GYEONGGI', '수원시'), ('GYEONGGI', '성남시'), ('GYEONGGI', '의정부시'), ('GYEONGGI', '안양시'),
    ('GYEONGGI', '부천시'), ('GYEONGGI', '광명시'), ('GYEONGGI', '평택시'), ('GYEONGGI', '동두천시'),
    ('GYEONGGI', '안산시'), ('GYEONGGI', '고양시'), ('GYEONGGI', '과천시'), ('GYEONGGI', '구리시'),
    ('GYEONGGI', '남양주시'), ('GYEONGGI', '오산시'), ('GYEONGGI', '시흥시'), ('GYEONGGI', '군포시'),
    ('GYEONGGI', '의왕시'), ('GYEONGGI', '하남시'), ('GYEONGGI', '용인시'), ('GYEONGGI', '파주시'),
    ('GYEONGGI', '이천시'), ('GYEONGGI', '안성시'), ('GYEONGGI', '김포시'), ('GYEONGGI', '화성시'),
    ('GYEONGGI', '광주시'), ('GYEONGGI', '양주시'), ('GYEONGGI', '포천시'), ('GYEONGGI', '여주시'),
    ('GYEONGGI', '연천군'), ('GYEONGGI', '가평군'), ('GYEONGGI', '양평군'),
    ('GANGWON', '춘천시'), ('GANGWON', '원주시'), ('GANGWON', '강릉시'), ('GANGWON', '동해시'),
    ('GANGWON', '태백시'), ('GANGWON', '속초시'), ('GANGWON', '삼척시'),
    ('GANGWON', '홍천군'), ('GANGWON', '횡성군'), ('GANGWON', '영월군'), ('GANGWON', '평창군'),
    ('GANGWON', '정선군'), ('GANGWON', '철원군'), ('GANGWON', '화천군'), ('GANGWON', '양구군'),
    ('GANGWON', '인제군'), ('GANGWON', '고성군'), ('GANGWON', '양양군'),
    ('CHUNGBUK', '청주시'), ('CHUNGBUK', '충주시'), ('CHUNGBUK', '제천시'),
    ('CHUNGBUK', '보은군'), ('CHUNGBUK', '옥천군'), ('CHUNGBUK', '영동군'), ('CHUNGBUK', '증평군'),
    ('CHUNGBUK', '진천군'), ('CHUNGBUK', '괴산군'), ('CHUNGBUK', '음성군'), ('CHUNGBUK', '단양군'),
    ('CHUNGNAM', '천안시'), ('CHUNGNAM', '공주시'), ('CHUNGNAM', '보령시'), ('CHUNGNAM', '아산시'),
    ('CHUNGNAM', '서산시'), ('CHUNGNAM', '논산시'), ('CHUNGNAM', '계룡시'), ('CHUNGNAM', '당진시'),
    ('CHUNGNAM', '금산군'), ('CHUNGNAM', '부여군'), ('CHUNGNAM', '서천군'), ('CHUNGNAM', '청양군'),
    ('CHUNGNAM', '홍성군'), ('CHUNGNAM', '예산군'), ('CHUNGNAM', '태안군'),
    ('JEONBUK', '전주시'), ('JEONBUK', '군산시'), ('JEONBUK', '익산시'), ('JEONBUK', '정읍시'),
    ('JEONBUK', '남원시'), ('JEONBUK', '김제시'),
    ('JEONBUK', '완주군'), ('JEONBUK', '진안군'), ('JEONBUK', '무주군'), ('JEONBUK', '장수군'),
    ('JEONBUK', '임실군'), ('JEONBUK', '순창군'), ('JEONBUK', '고창군'), ('JEONBUK', '부안군'),
    ('JEONNAM', '목포시'), ('JEONNAM', '여수시'), ('JEONNAM', '순천시'), ('JEONNAM', '나주시'),
    ('JEONNAM', '광양시'),
    ('JEONNAM', '담양군'), ('JEONNAM', '곡성군'), ('JEONNAM', '구례군'), ('JEONNAM', '고흥군'),
    ('JEONNAM', '보성군'), ('JEONNAM', '화순군'), ('JEONNAM', '장흥군'), ('JEONNAM', '강진군'),
    ('JEONNAM', '해남군'), ('JEONNAM', '영암군'), ('JEONNAM', '무안군'), ('JEONNAM', '함평군'),
    ('JEONNAM', '영광군'), ('JEONNAM', '장성군'), ('JEONNAM', '완도군'), ('JEONNAM', '진도군'),
    ('JEONNAM', '신안군'),
    ('GYEONGBUK', '포항시'), ('GYEONGBUK', '경주시'), ('GYEONGBUK', '김천시'), ('GYEONGBUK', '안동시'),
    ('GYEONGBUK', '구미시'), ('GYEONGBUK', '영주시'), ('GYEONGBUK', '영천시'), ('GYEONGBUK', '상주시'),
    ('GYEONGBUK', '문경시'), ('GYEONGBUK', '경산시'),
    ('GYEONGBUK', '의성군'), ('GYEONGBUK', '청송군'), ('GYEONGBUK', '영양군'), ('GYEONGBUK', '영덕군'),
    ('GYEONGBUK', '청도군'), ('GYEONGBUK', '고령군'), ('GYEONGBUK', '성주군'), ('GYEONGBUK', '칠곡군'),
    ('GYEONGBUK', '예천군'), ('GYEONGBUK', '봉화군'), ('GYEONGBUK', '울진군'), ('GYEONGBUK', '울릉군'),
    ('GYEONGNAM', '창원시'), ('GYEONGNAM', '진주시'), ('GYEONGNAM', '통영시'), ('GYEONGNAM', '사천시'),
    ('GYEONGNAM', '김해시'), ('GYEONGNAM', '밀양시'), ('GYEONGNAM', '거제시'), ('GYEONGNAM', '양산시'),
    ('GYEONGNAM', '의령군'), ('GYEONGNAM', '함안군'), ('GYEONGNAM', '창녕군'), ('GYEONGNAM', '고성군'),
    ('GYEONGNAM', '남해군'), ('GYEONGNAM', '하동군'), ('GYEONGNAM', '산청군'), ('GYEONGNAM', '함양군'),
    ('GYEONGNAM', '거창군'), ('GYEONGNAM', '합천군'),
    ('JEJU', '제주시'), ('JEJU', '서귀포시')
) as d (code, name)
join region r on r.code = d.code;

-- An account of a region's staff (any role besides) never evaluates that region's plan.
alter table evaluation_conflict drop constraint ck_evaluation_conflict_reason;
alter table evaluation_conflict add constraint ck_evaluation_conflict_reason
    check (reason in ('OWN_REGION', 'HOME_REGION', 'AFFILIATION', 'DECLARED'));
