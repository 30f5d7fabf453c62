-- Final confirmation (issue #6): each requested project of a confirmed plan gets an outcome,
-- and its confirmed budget is kept as decided (the sum of these is the plan's confirmed budget).
create table project_outcome (
    id          bigint generated always as identity constraint pk_project_outcome primary key,
    meeting_id  bigint        not null constraint fk_project_outcome_meeting references committee_meeting (id),
    plan_id     bigint        not null constraint fk_project_outcome_plan references innovation_plan (id),
    project_id  bigint        not null constraint fk_project_outcome_project references plan_requested_project (id),
    outcome     varchar(20)   not null constraint ck_project_outcome_outcome check (outcome in ('APPROVED', 'ADJUSTED', 'REJECTED')),
    lead_ministry varchar(20),
    note        varchar(1000),
    constraint uq_project_outcome unique (meeting_id, project_id)
);
create index ix_project_outcome_plan on project_outcome (plan_id);

create table project_outcome_budget (
    outcome_id     bigint         not null constraint fk_project_outcome_budget_outcome references project_outcome (id) on delete cascade,
    year           int            not null,
    national       numeric(14, 1) not null constraint ck_project_outcome_budget_national check (national >= 0),
    local          numeric(14, 1) not null constraint ck_project_outcome_budget_local check (local >= 0),
    private_funds  numeric(14, 1) not null constraint ck_project_outcome_budget_private check (private_funds >= 0),
    constraint pk_project_outcome_budget primary key (outcome_id, year)
);
