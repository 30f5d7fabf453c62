-- Each district's execution summed over every year, per lead ministry (issue #18). The
-- ministry's dashboard shows every year unless a year is chosen, and added up the per-year
-- sums of V106 at every render: 1,296 synthetic rows grouped into 432, more than half of that
-- page's database time (3.3-4.5 of 8 ms under load). The database keeps the totals beside the per-year
-- sums, moved by every change to those (a trigger of their own), in the same transaction:
-- never older than an acknowledged entry or outcome, and no path of the portal can forget
-- them. `years` counts the per-year sums a total stands for: a total whose last year moved
-- to another ministry (a changed outcome) goes, as its district's row on the page does.
create table budget_ledger_execution_total (
    plan_id   bigint         not null constraint fk_budget_ledger_execution_total_plan references innovation_plan (id),
    ministry  varchar(20)    not null,
    allocated numeric(20, 1) not null,
    executed  numeric(20, 1) not null,
    years     int            not null,
    constraint pk_budget_ledger_execution_total primary key (plan_id, ministry),
    constraint ck_budget_ledger_execution_total_years check (years > 0)
);

-- No sum changes between this copy and the trigger's creation below (another instance of the
-- portal may still be writing during a rolling start): held until the migration commits.
lock table budget_ledger_execution in share row exclusive mode;

insert into budget_ledger_execution_total (plan_id, ministry, allocated, executed, years)
select plan_id, ministry, sum(allocated), sum(executed), count(*)
from budget_ledger_execution
group by plan_id, ministry;

-- Runs as the schema's owner, as V106's functions: the portal's role only reads the totals.
-- The per-year sums of a district change with one writer at a time (V106's advisory lock per
-- district), and so do its totals.
create function budget_ledger_execution_keeps_total() returns trigger language plpgsql
    security definer set search_path = public, pg_temp as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        delete from budget_ledger_execution_total
        where plan_id = old.plan_id and ministry = old.ministry and years = 1;
        if not found then
            update budget_ledger_execution_total
            set allocated = allocated - old.allocated, executed = executed - old.executed, years = years - 1
            where plan_id = old.plan_id and ministry = old.ministry;
        end if;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into budget_ledger_execution_total (plan_id, ministry, allocated, executed, years)
        values (new.plan_id, new.ministry, new.allocated, new.executed, 1)
        on conflict (plan_id, ministry) do update
            set allocated = budget_ledger_execution_total.allocated + excluded.allocated,
                executed = budget_ledger_execution_total.executed + excluded.executed,
                years = budget_ledger_execution_total.years + 1;
    end if;
    return null;
end
$$;
create trigger tr_budget_ledger_execution_keeps_total after insert or update or delete on budget_ledger_execution
    for each row execute function budget_ledger_execution_keeps_total();

-- V106's recount of a district's sums runs as the schema's owner and took no lock of its own:
-- callable by anyone (PostgreSQL grants execute to PUBLIC), it let the portal's role rewrite
-- sums it may not write, outside the lock that keeps one writer per district. It now takes the
-- lock itself (its triggers took it before calling: taken twice, held once), and only the
-- owner's triggers call it.
create or replace function budget_ledger_execution_of(p_plan bigint) returns void language plpgsql
    security definer set search_path = public, pg_temp as $$
begin
    perform budget_ledger_execution_lock(p_plan);
    delete from budget_ledger_execution where plan_id = p_plan;
    insert into budget_ledger_execution (plan_id, ministry, year, allocated, executed)
    select f.plan_id, budget_ledger_lead_ministry(f.plan_id, f.project_id), f.year,
           sum(case when f.stage = 'ALLOCATED' then f.amount else 0 end),
           sum(case when f.stage = 'EXECUTED' then f.amount else 0 end)
    from budget_ledger_figure f
    where f.plan_id = p_plan and f.stage in ('ALLOCATED', 'EXECUTED')
    group by 1, 2, 3;
end
$$;
revoke execute on function budget_ledger_execution_of(bigint) from public;
