-- Evaluation of a call's plans by external evaluators (issue #5).

-- One evaluation committee per call. Its rules (aggregation, flag thresholds) are fixed
-- when the evaluation starts; it completes when every counted sheet is submitted.
create table evaluation_panel (
    id                    bigint generated always as identity constraint pk_evaluation_panel primary key,
    call_id               bigint       not null constraint uq_evaluation_panel_call unique
                                       constraint fk_evaluation_panel_call references proposal_call (id),
    aggregation           varchar(20)  not null
                                       constraint ck_evaluation_panel_aggregation check (aggregation in ('MEAN', 'TRIMMED_MEAN')),
    -- a plan is flagged when its evaluators' totals have at least this standard deviation
    divergence_threshold  numeric(5, 2) not null constraint ck_evaluation_panel_divergence check (divergence_threshold > 0),
    -- an evaluator is flagged when their totals are on average at least this far from the others'
    outlier_threshold     numeric(5, 2) not null constraint ck_evaluation_panel_outlier check (outlier_threshold > 0),
    formed_at             timestamptz  not null,
    formed_by             varchar(50)  not null,
    started_at            timestamptz,
    started_by            varchar(50),
    completed_at          timestamptz,
    completed_by          varchar(50),
    results_published_at  timestamptz,
    version               bigint       not null default 0,
    constraint ck_evaluation_panel_order check (
        (completed_at is null or started_at is not null)
        and (results_published_at is null or completed_at is not null))
);

-- An evaluator on the committee, and their signed conflict-of-interest pledge.
create table evaluation_member (
    id                bigint generated always as identity constraint pk_evaluation_member primary key,
    panel_id          bigint       not null constraint fk_evaluation_member_panel references evaluation_panel (id),
    account_id        bigint       not null constraint fk_evaluation_member_account references account (id),
    added_at          timestamptz  not null,
    pledge_signed_at  timestamptz,
    constraint uq_evaluation_member unique (panel_id, account_id)
);

-- Why an evaluator may not evaluate a plan: found by the portal (home region, affiliation)
-- or declared by the evaluator. Such an evaluator never sees the plan nor its scores.
create table evaluation_conflict (
    id           bigint generated always as identity constraint pk_evaluation_conflict primary key,
    panel_id     bigint        not null constraint fk_evaluation_conflict_panel references evaluation_panel (id),
    account_id   bigint        not null constraint fk_evaluation_conflict_account references account (id),
    plan_id      bigint        not null constraint fk_evaluation_conflict_plan references innovation_plan (id),
    reason       varchar(20)   not null
                               constraint ck_evaluation_conflict_reason check (reason in ('HOME_REGION', 'AFFILIATION', 'DECLARED')),
    detail       varchar(1000),
    recorded_at  timestamptz   not null,
    constraint uq_evaluation_conflict unique (panel_id, account_id, plan_id, reason)
);

-- One evaluator's assignment to one plan, and their scores for it.
create table evaluation_sheet (
    id               bigint generated always as identity constraint pk_evaluation_sheet primary key,
    panel_id         bigint        not null constraint fk_evaluation_sheet_panel references evaluation_panel (id),
    account_id       bigint        not null constraint fk_evaluation_sheet_account references account (id),
    plan_id          bigint        not null constraint fk_evaluation_sheet_plan references innovation_plan (id),
    -- the submitted version the evaluator reads, fixed when the evaluation starts
    plan_version     int,
    status           varchar(20)   not null
                                   constraint ck_evaluation_sheet_status check (status in ('ASSIGNED', 'DRAFT', 'SUBMITTED')),
    opinion          varchar(4000),
    saved_at         timestamptz,
    submitted_at     timestamptz,
    reopened_reason  varchar(1000),
    version          bigint        not null default 0,
    constraint uq_evaluation_sheet unique (panel_id, account_id, plan_id),
    constraint ck_evaluation_sheet_submitted check ((status = 'SUBMITTED') = (submitted_at is not null))
);
create index ix_evaluation_sheet_plan on evaluation_sheet (plan_id);
create index ix_evaluation_sheet_account on evaluation_sheet (account_id);

create table evaluation_score (
    sheet_id      bigint        not null constraint fk_evaluation_score_sheet references evaluation_sheet (id) on delete cascade,
    indicator_id  bigint        not null constraint fk_evaluation_score_indicator references evaluation_indicator (id),
    score         numeric(4, 1) not null constraint ck_evaluation_score_range check (score between 0 and 100),
    comment       varchar(2000),
    constraint pk_evaluation_score primary key (sheet_id, indicator_id)
);
