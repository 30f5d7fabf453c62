-- Designation, Smart Green selection and publication of every committee decision (issue #6).

-- A round's committee also meets to designate its confirmed regions as
-- 경쟁력강화사업지구 (competitiveness-strengthening project districts).
alter table committee_meeting drop constraint ck_committee_meeting_kind;
alter table committee_meeting add constraint ck_committee_meeting_kind
    check (kind in ('PRELIMINARY_SELECTION', 'FINAL_CONFIRMATION', 'DESIGNATION', 'SMART_GREEN_SELECTION'));

-- What the public may know of a plan: its status as of the last published decision
-- (a decision recorded but not yet published stays inside the ministry and the region).
alter table innovation_plan add column public_status varchar(30)
    constraint ck_innovation_plan_public_status check (public_status in ('SUBMITTED', 'UNDER_EVALUATION',
        'PRELIMINARILY_SELECTED', 'NOT_SELECTED', 'REVISION_REQUESTED', 'REVISED', 'CONFIRMED', 'DESIGNATED',
        'COMPLETED', 'WITHDRAWN'));
-- The district's period (3 years of concentrated budget); unknown for the release's 2020 round.
alter table innovation_plan add column district_start date;
alter table innovation_plan add column district_end date;
alter table innovation_plan add constraint ck_innovation_plan_district_period
    check ((district_start is null) = (district_end is null) and (district_start is null or district_start < district_end));
update innovation_plan set public_status = status where published_on is not null;

-- Smart Green selections are committee decisions too: recorded, then published.
alter table smart_green_designation add column meeting_id bigint
    constraint fk_smart_green_designation_meeting references committee_meeting (id);
alter table smart_green_designation add column published boolean not null default true;
alter table smart_green_designation add column rationale varchar(1000);

-- The release's meeting of 2021-03-24 took three kinds of decisions for two rounds; the
-- portal keeps one meeting per round and kind, all held that day and published by the release.
do $$
declare
    meeting bigint := (select id from committee_meeting where held_on = '2021-03-24' and round_id is null);
    round2020 bigint := (select id from program_round where year = 2020);
    round2021 bigint := (select id from program_round where year = 2021);
    designation bigint;
    smart_green bigint;
begin
    update committee_meeting
    set round_id = round2021, kind = 'PRELIMINARY_SELECTION', published_at = timestamptz '2021-03-24 00:00:00+09'
    where id = meeting;

    insert into committee_meeting (held_on, title, chair, co_chair, round_id, kind, published_at)
    select held_on, title, chair, co_chair, round2020, 'DESIGNATION', published_at from committee_meeting where id = meeting
    returning id into designation;
    insert into committee_meeting (held_on, title, chair, co_chair, round_id, kind, published_at)
    select held_on, title, chair, co_chair, round2021, 'SMART_GREEN_SELECTION', published_at from committee_meeting where id = meeting
    returning id into smart_green;

    update plan_status_event e set meeting_id = designation
    from innovation_plan p where p.id = e.plan_id and p.round_id = round2020 and e.status = 'DESIGNATED';

    insert into committee_decision (meeting_id, plan_id, outcome, rationale)
    select e.meeting_id, e.plan_id, e.status, '보도자료(2021. 3. 24.): ' || e.note
    from plan_status_event e
    where e.meeting_id in (meeting, designation) and e.status in ('PRELIMINARILY_SELECTED', 'DESIGNATED');

    update smart_green_designation set meeting_id = smart_green, rationale = '보도자료(2021. 3. 24.): 스마트그린산단 신규 선정'
    where announced_on = date '2021-03-24';
end
$$;
