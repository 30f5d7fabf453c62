-- After designation (issue #19): each district's targets as a path over its three district
-- years, and an annual report per district year with actuals, progress and a narrative.

-- The path of a plan's targets: set by the region, confirmed by the ministry (then fixed).
create table district_target_set (
    plan_id       bigint      not null constraint pk_district_target_set primary key
                              constraint fk_district_target_set_plan references innovation_plan (id),
    confirmed_at  timestamptz,
    confirmed_by  varchar(50),
    updated_at    timestamptz not null default now(),
    version       bigint      not null default 0
);

-- One numeric target's baseline and its target for each district year (1..3); the third
-- year's target starts as the plan's (the release's) figure.
create table district_target_path (
    target_id       bigint        not null constraint pk_district_target_path primary key
                                  constraint fk_district_target_path_target references plan_target (id),
    plan_id         bigint        not null constraint fk_district_target_path_set references district_target_set (plan_id),
    baseline_value  numeric(20, 4),
    baseline_year   int constraint ck_district_target_path_baseline_year check (baseline_year between 2000 and 2100),
    year1_value     numeric(20, 4),
    year2_value     numeric(20, 4),
    year3_value     numeric(20, 4)
);
create index ix_district_target_path_plan on district_target_path (plan_id);

-- A district year's report: drafted by the region, submitted (a version is kept), sent back
-- with a comment, resubmitted, accepted.
create table annual_report (
    id                bigint generated always as identity constraint pk_annual_report primary key,
    plan_id           bigint        not null constraint fk_annual_report_plan references innovation_plan (id),
    district_year     int           not null constraint ck_annual_report_year check (district_year between 1 and 3),
    due_on            date          not null,
    status            varchar(20)   not null constraint ck_annual_report_status
                                    check (status in ('DRAFT', 'SUBMITTED', 'REVISION_REQUESTED', 'ACCEPTED')),
    narrative         varchar(4000),
    revision_comment  varchar(2000),
    submitted_at      timestamptz,
    accepted_at       timestamptz,
    updated_at        timestamptz   not null default now(),
    version           bigint        not null default 0,
    constraint uq_annual_report_year unique (plan_id, district_year)
);

-- The actual of one target for the report's year, with its source and the ministry's check.
create table annual_report_actual (
    id               bigint generated always as identity constraint pk_annual_report_actual primary key,
    report_id        bigint         not null constraint fk_annual_report_actual_report references annual_report (id),
    target_id        bigint         not null constraint fk_annual_report_actual_target references plan_target (id),
    value            numeric(20, 4),
    source           varchar(200),
    verification     varchar(12) constraint ck_annual_report_actual_verification
                                 check (verification in ('VERIFIED', 'QUESTIONED')),
    question_reason  varchar(1000),
    constraint uq_annual_report_actual unique (report_id, target_id),
    constraint ck_annual_report_actual_reason check (verification is distinct from 'QUESTIONED' or question_reason is not null)
);

-- The progress of one key task in the report's year.
create table annual_report_task (
    id           bigint generated always as identity constraint pk_annual_report_task primary key,
    report_id    bigint        not null constraint fk_annual_report_task_report references annual_report (id),
    key_task_id  bigint        not null constraint fk_annual_report_task_task references plan_key_task (id),
    status       varchar(20) constraint ck_annual_report_task_status
                             check (status in ('NOT_STARTED', 'ON_TRACK', 'DELAYED', 'DONE')),
    progress     varchar(2000),
    constraint uq_annual_report_task unique (report_id, key_task_id)
);

-- Each submission, as submitted: written once, never changed.
create table annual_report_version (
    id            bigint generated always as identity constraint pk_annual_report_version primary key,
    report_id     bigint       not null constraint fk_annual_report_version_report references annual_report (id),
    number        int          not null,
    content       jsonb        not null,
    submitted_at  timestamptz  not null,
    submitted_by  varchar(50)  not null,
    constraint uq_annual_report_version unique (report_id, number)
);
create function annual_report_version_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'annual_report_version is append-only';
end
$$;
create trigger tr_annual_report_version_immutable before update or delete on annual_report_version
    for each row execute function annual_report_version_immutable();
create trigger tr_annual_report_version_no_truncate before truncate on annual_report_version
    for each statement execute function annual_report_version_immutable();
