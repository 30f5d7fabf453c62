-- Committee decisions (issue #6): meetings belong to a round and say what they decided.
alter table committee_meeting add column round_id bigint constraint fk_committee_meeting_round references program_round (id);
alter table committee_meeting add column kind varchar(30)
    constraint ck_committee_meeting_kind check (kind in ('PRELIMINARY_SELECTION', 'FINAL_CONFIRMATION', 'SMART_GREEN_SELECTION'));
-- selecting more regions than the round planned needs a stated reason
alter table committee_meeting add column over_quota_reason varchar(1000);
alter table committee_meeting add column recorded_by varchar(50);
alter table committee_meeting add column published_at timestamptz;
alter table committee_meeting add column version bigint not null default 0;
create unique index uq_committee_meeting_round_kind on committee_meeting (round_id, kind) where round_id is not null;

create table committee_decision (
    id          bigint generated always as identity constraint pk_committee_decision primary key,
    meeting_id  bigint        not null constraint fk_committee_decision_meeting references committee_meeting (id),
    plan_id     bigint        not null constraint fk_committee_decision_plan references innovation_plan (id),
    outcome     varchar(30)   not null
                              constraint ck_committee_decision_outcome check (outcome in ('PRELIMINARILY_SELECTED', 'NOT_SELECTED', 'CONFIRMED', 'DESIGNATED')),
    rationale   varchar(2000) not null constraint ck_committee_decision_rationale check (length(trim(rationale)) > 0),
    constraint uq_committee_decision unique (meeting_id, plan_id)
);
create index ix_committee_decision_plan on committee_decision (plan_id);
