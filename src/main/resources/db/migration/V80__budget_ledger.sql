-- Money after designation (issue #20): the budget ledger of a district. Per confirmed
-- requested project, year and source (national / local / private) each stage of the money
-- (secured in the budget, allocated, executed, settled, carried over, returned) is a row
-- with its date, reason and person, in KRW million. Rows are only ever added: the current
-- figure is the latest row, earlier ones stay as the history. Roll-ups are never stored.
create table budget_ledger_entry (
    id          bigint generated always as identity constraint pk_budget_ledger_entry primary key,
    plan_id     bigint         not null constraint fk_budget_ledger_entry_plan references innovation_plan (id),
    project_id  bigint         not null constraint fk_budget_ledger_entry_project references plan_requested_project (id),
    year        int            not null constraint ck_budget_ledger_entry_year check (year between 2000 and 2100),
    source      varchar(10)    not null constraint ck_budget_ledger_entry_source check (source in ('NATIONAL', 'LOCAL', 'PRIVATE')),
    stage       varchar(12)    not null constraint ck_budget_ledger_entry_stage
                               check (stage in ('SECURED', 'ALLOCATED', 'EXECUTED', 'SETTLED', 'CARRIED_OVER', 'RETURNED')),
    amount      numeric(14, 1) not null constraint ck_budget_ledger_entry_amount check (amount >= 0),
    entered_on  date           not null,
    reason      varchar(1000),
    entered_by  varchar(50)    not null,
    entered_at  timestamptz    not null default now()
);
create index ix_budget_ledger_entry_line on budget_ledger_entry (plan_id, project_id, year, source, stage, id);

-- Written once, read ever after: a correction is a new row with its reason.
create function budget_ledger_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'budget_ledger_entry is append-only';
end
$$;
create trigger tr_budget_ledger_entry_append_only before update or delete on budget_ledger_entry
    for each row execute function budget_ledger_entry_append_only();
create trigger tr_budget_ledger_entry_no_truncate before truncate on budget_ledger_entry
    for each statement execute function budget_ledger_entry_append_only();
