-- Budget ledger, continued (issue #20).
--
-- Co-funding ministry officers: an account of the new role FUNDING_MINISTRY is tied to one
-- lead ministry (the codes of plan_requested_project.lead_ministry) and sees and enters only
-- that ministry's national figures. Which accounts must have a ministry is the account's rule
-- (kr.go.sandan.account.Account), as for a region.
alter table account_role drop constraint ck_account_role_role;
alter table account_role add constraint ck_account_role_role
    check (role in ('MINISTRY', 'REGION', 'EVALUATOR', 'ADMIN', 'FUNDING_MINISTRY'));
alter table account add column ministry varchar(20);
alter table account add constraint ck_account_ministry check (ministry is null or ministry in
    ('MOLIT', 'MOTIE', 'MSS', 'MOEL', 'ME', 'MSIT', 'MOIS', 'MOEF', 'MCST', 'MOF', 'MAFRA', 'MOE', 'MOHW', 'MOGEF', 'MND', 'MOJ', 'MOFA', 'MOU', 'MPM', 'OTHER'));

-- The ledger's years as wide as the budgets it follows (project_outcome_budget has no upper
-- bound): a round's confirmed years are not capped at 2100 either.
alter table budget_ledger_entry drop constraint ck_budget_ledger_entry_year;
alter table budget_ledger_entry add constraint ck_budget_ledger_entry_year check (year between 2000 and 9999);

-- What share of a year's allocated national subsidy is expected to be executed by the end
-- of each month (cumulative percent), set per round by the program ministry. A line whose
-- execution rate is below the share of the month is behind schedule. Without a row the
-- expectation is an even share per month.
create table ledger_schedule (
    round_id   bigint        not null constraint pk_ledger_schedule primary key
                             constraint fk_ledger_schedule_round references program_round (id),
    m1  numeric(4, 1) not null, m2  numeric(4, 1) not null, m3  numeric(4, 1) not null,
    m4  numeric(4, 1) not null, m5  numeric(4, 1) not null, m6  numeric(4, 1) not null,
    m7  numeric(4, 1) not null, m8  numeric(4, 1) not null, m9  numeric(4, 1) not null,
    m10 numeric(4, 1) not null, m11 numeric(4, 1) not null, m12 numeric(4, 1) not null,
    version    bigint        not null default 0,
    set_by     varchar(50)   not null,
    set_at     timestamptz   not null default now(),
    constraint ck_ledger_schedule_range check (m1 >= 0 and m12 <= 100),
    constraint ck_ledger_schedule_rising check (m1 <= m2 and m2 <= m3 and m3 <= m4 and m4 <= m5 and m5 <= m6
        and m6 <= m7 and m7 <= m8 and m8 <= m9 and m9 <= m10 and m10 <= m11 and m11 <= m12)
);
