-- The annual evaluation of districts (연차평가, issue #21): one committee per calendar year
-- for every district year whose report the ministry accepted, with its own indicators,
-- weights, rules and rating scale. Scores are made by the same engine as a call's ranking
-- (evaluation.Scoring); the conflict rule is the call's (evaluation.ConflictsOfInterest).
-- A call's evaluation tables are tied to a call and its round's indicators, so the annual
-- evaluation has tables of its own in the same shape.

create table annual_evaluation (
    id                    bigint generated always as identity constraint pk_annual_evaluation primary key,
    year                  int           not null constraint uq_annual_evaluation_year unique
                                        constraint ck_annual_evaluation_year check (year between 2000 and 2999),
    aggregation           varchar(20)   not null
                                        constraint ck_annual_evaluation_aggregation check (aggregation in ('MEAN', 'TRIMMED_MEAN')),
    divergence_threshold  numeric(5, 2) not null constraint ck_annual_evaluation_divergence check (divergence_threshold > 0),
    outlier_threshold     numeric(5, 2) not null constraint ck_annual_evaluation_outlier check (outlier_threshold > 0),
    minimum_evaluators    int           not null constraint ck_annual_evaluation_minimum check (minimum_evaluators between 1 and 50),
    formed_at             timestamptz   not null,
    formed_by             varchar(50)   not null,
    started_at            timestamptz,
    started_by            varchar(50),
    completed_at          timestamptz,
    completed_by          varchar(50),
    published_at          timestamptz,
    published_by          varchar(50),
    version               bigint        not null default 0,
    constraint ck_annual_evaluation_order check (
        (completed_at is null or started_at is not null)
        and (published_at is null or completed_at is not null))
);

-- The committee's indicators (e.g. 목표 달성도, 예산 집행, 핵심과제 추진, 추진체계) and weights.
create table annual_indicator (
    id             bigint generated always as identity constraint pk_annual_indicator primary key,
    evaluation_id  bigint        not null constraint fk_annual_indicator_evaluation references annual_evaluation (id),
    position       int           not null,
    name           varchar(200)  not null,
    weight         numeric(5, 2) not null constraint ck_annual_indicator_weight check (weight > 0),
    constraint uq_annual_indicator_position unique (evaluation_id, position)
);

-- The rating scale: a district whose score reaches min_score gets the label (highest first).
create table annual_rating_band (
    evaluation_id  bigint        not null constraint fk_annual_rating_band_evaluation references annual_evaluation (id),
    position       int           not null,
    label          varchar(20)   not null,
    min_score      numeric(5, 2) not null constraint ck_annual_rating_band_min check (min_score between 0 and 100),
    constraint pk_annual_rating_band primary key (evaluation_id, position),
    constraint uq_annual_rating_band_label unique (evaluation_id, label)
);

-- A district year under evaluation: its accepted report and the version the evaluators read;
-- the ministry's decision (rating, budget adjustment for the next year) once scored.
create table annual_subject (
    id              bigint generated always as identity constraint pk_annual_subject primary key,
    evaluation_id   bigint         not null constraint fk_annual_subject_evaluation references annual_evaluation (id),
    plan_id         bigint         not null constraint fk_annual_subject_plan references innovation_plan (id),
    district_year   int            not null constraint ck_annual_subject_year check (district_year between 1 and 3),
    report_id       bigint         not null constraint fk_annual_subject_report references annual_report (id)
                                   constraint uq_annual_subject_report unique,
    report_version  int            not null,
    rating          varchar(20),
    budget_kind     varchar(10)    constraint ck_annual_subject_budget_kind check (budget_kind in ('PERCENT', 'AMOUNT')),
    budget_value    numeric(20, 2),
    budget_reason   varchar(1000),
    decided_at      timestamptz,
    decided_by      varchar(50),
    -- a district rated the lowest twice may be put on notice or have its designation ended
    -- early: the committee's decision, recorded with its date and reason, public once published
    notice          varchar(12)    constraint ck_annual_subject_notice check (notice in ('NOTICE', 'EARLY_END')),
    notice_on       date,
    notice_reason   varchar(2000),
    version         bigint         not null default 0,
    constraint uq_annual_subject_plan unique (evaluation_id, plan_id),
    constraint ck_annual_subject_notice_record check ((notice is null) = (notice_on is null)
        and (notice is null) = (notice_reason is null)),
    constraint ck_annual_subject_decision check (
        (decided_at is null) = (rating is null)
        and (budget_kind is null) = (budget_value is null)
        and (budget_kind is null or budget_reason is not null))
);
create index ix_annual_subject_plan on annual_subject (plan_id);

-- What the ministry recommends to the district, each with a due date.
create table annual_recommendation (
    id          bigint generated always as identity constraint pk_annual_recommendation primary key,
    subject_id  bigint         not null constraint fk_annual_recommendation_subject references annual_subject (id),
    position    int            not null,
    text        varchar(2000)  not null,
    due_on      date           not null,
    constraint uq_annual_recommendation_position unique (subject_id, position)
);

create table annual_member (
    id                bigint generated always as identity constraint pk_annual_member primary key,
    evaluation_id     bigint       not null constraint fk_annual_member_evaluation references annual_evaluation (id),
    account_id        bigint       not null constraint fk_annual_member_account references account (id),
    added_at          timestamptz  not null,
    pledge_signed_at  timestamptz,
    constraint uq_annual_member unique (evaluation_id, account_id)
);

-- Why an evaluator may not evaluate a district (the call's reasons); never sees it then.
create table annual_conflict (
    id             bigint generated always as identity constraint pk_annual_conflict primary key,
    evaluation_id  bigint        not null constraint fk_annual_conflict_evaluation references annual_evaluation (id),
    account_id     bigint        not null constraint fk_annual_conflict_account references account (id),
    subject_id     bigint        not null constraint fk_annual_conflict_subject references annual_subject (id),
    reason         varchar(20)   not null constraint ck_annual_conflict_reason
                                 check (reason in ('OWN_REGION', 'HOME_REGION', 'AFFILIATION', 'DECLARED')),
    detail         varchar(1000),
    recorded_at    timestamptz   not null,
    constraint uq_annual_conflict unique (evaluation_id, account_id, subject_id, reason)
);

create table annual_sheet (
    id            bigint generated always as identity constraint pk_annual_sheet primary key,
    evaluation_id bigint        not null constraint fk_annual_sheet_evaluation references annual_evaluation (id),
    account_id    bigint        not null constraint fk_annual_sheet_account references account (id),
    subject_id    bigint        not null constraint fk_annual_sheet_subject references annual_subject (id),
    status        varchar(20)   not null constraint ck_annual_sheet_status check (status in ('ASSIGNED', 'DRAFT', 'SUBMITTED')),
    opinion       varchar(4000),
    saved_at      timestamptz,
    submitted_at  timestamptz,
    version       bigint        not null default 0,
    constraint uq_annual_sheet unique (account_id, subject_id),
    constraint ck_annual_sheet_submitted check ((status = 'SUBMITTED') = (submitted_at is not null))
);
create index ix_annual_sheet_subject on annual_sheet (subject_id);

create table annual_score (
    sheet_id      bigint        not null constraint fk_annual_score_sheet references annual_sheet (id) on delete cascade,
    indicator_id  bigint        not null constraint fk_annual_score_indicator references annual_indicator (id),
    score         numeric(4, 1) not null constraint ck_annual_score_range check (score between 0 and 100),
    comment       varchar(2000),
    constraint pk_annual_score primary key (sheet_id, indicator_id)
);
