-- The annual evaluation's budget adjustment feeds the ledger (issue #21): when the ministry
-- publishes a year's annual results, each district's adjustment of the next year's budget
-- (a percentage or an amount in KRW million, with its reason) becomes that year's adjusted
-- national budget reference of the district. Only the adjustment is kept: the adjusted
-- figure is computed on reading from the year's confirmed national budget, as every
-- roll-up of the ledger is. One row per district and budget year; publishing again writes
-- the same row (nothing changes when nothing changed). Written only at publication.
create table budget_adjustment (
    id               bigint generated always as identity constraint pk_budget_adjustment primary key,
    plan_id          bigint         not null constraint fk_budget_adjustment_plan references innovation_plan (id),
    year             int            not null constraint ck_budget_adjustment_year check (year between 2000 and 9999),
    evaluation_year  int            not null,
    kind             varchar(10)    not null constraint ck_budget_adjustment_kind check (kind in ('PERCENT', 'AMOUNT')),
    value            numeric(20, 2) not null,
    reason           varchar(1000)  not null,
    published_at     timestamptz    not null,
    recorded_by      varchar(50)    not null,
    constraint uq_budget_adjustment unique (plan_id, year),
    constraint ck_budget_adjustment_next_year check (year = evaluation_year + 1),
    constraint ck_budget_adjustment_percent check (kind <> 'PERCENT' or value between -100 and 100)
);
