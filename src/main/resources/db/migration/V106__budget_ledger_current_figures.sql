-- The current figure of each ledger line's stage (issue #18). The ledger stays append-only
-- (V80): a figure is still the latest entry of its line and stage. Finding that latest entry
-- among every entry ever written (125,000 in the synthetic ten years) took the ministry's
-- dashboard 0.3 s per render, sorting to disk, and held a connection all that time. The
-- database now keeps it beside the entries, written by the entry's own insert in the same
-- transaction, so it can never be older than an acknowledged entry, and no application path
-- can forget it.
create table budget_ledger_figure (
    plan_id    bigint         not null constraint fk_budget_ledger_figure_plan references innovation_plan (id),
    project_id bigint         not null constraint fk_budget_ledger_figure_project references plan_requested_project (id),
    year       int            not null,
    source     varchar(10)    not null,
    stage      varchar(12)    not null,
    amount     numeric(14, 1) not null,
    entry_id   bigint         not null constraint fk_budget_ledger_figure_entry references budget_ledger_entry (id),
    constraint pk_budget_ledger_figure primary key (plan_id, project_id, year, source, stage)
);
create index ix_budget_ledger_figure_stage on budget_ledger_figure (stage, plan_id);

insert into budget_ledger_figure (plan_id, project_id, year, source, stage, amount, entry_id)
select distinct on (plan_id, project_id, year, source, stage) plan_id, project_id, year, source, stage, amount, id
from budget_ledger_entry
order by plan_id, project_id, year, source, stage, id desc;

-- The ministry's dashboard reads execution summed per district, lead ministry and year (all
-- sources together): kept here too, so that a render reads these sums (1,300 in the synthetic
-- ten years) instead of summing every current figure (41,000). A project's lead ministry is
-- its latest outcome that is not a rejection (OTHER when none, or none named).
create table budget_ledger_execution (
    plan_id   bigint         not null constraint fk_budget_ledger_execution_plan references innovation_plan (id),
    ministry  varchar(20)    not null,
    year      int            not null,
    allocated numeric(20, 1) not null,
    executed  numeric(20, 1) not null,
    constraint pk_budget_ledger_execution primary key (plan_id, ministry, year)
);

create function budget_ledger_lead_ministry(p_plan bigint, p_project bigint) returns varchar
    language sql stable set search_path = public, pg_temp as $$
    select coalesce((select o.lead_ministry from project_outcome o
                     where o.plan_id = p_plan and o.project_id = p_project and o.outcome <> 'REJECTED'
                     order by o.id desc limit 1), 'OTHER')
$$;

-- One district's sums worked out again from its current figures (after an outcome changed
-- which ministry leads a project).
create function budget_ledger_execution_of(p_plan bigint) returns void language plpgsql
    security definer set search_path = public, pg_temp as $$
begin
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

select budget_ledger_execution_of(id) from innovation_plan where id in (select plan_id from budget_ledger_figure);

-- A district's sums change with one writer at a time: an entry of allocation or execution
-- and an outcome of the same district wait for each other (a transaction-level advisory
-- lock, as the portal's TransactionLocks take), so a sum read and changed is never
-- changed by another in between.
create function budget_ledger_execution_lock(p_plan bigint) returns void language sql as $$
    select pg_advisory_xact_lock(hashtext('ledger-execution'), (p_plan % 2147483647)::int)
$$;

-- Runs as the schema's owner: the portal's role only reads the figures and the sums
-- (afterMigrate.sql), so they change with an entry or not at all. A later entry of the
-- same line and stage replaces the figure; an earlier one (ids are taken in insert order,
-- committed in any order) never does, whether its figure was read first or written by a
-- transaction it waited for. Allocation and execution move the district's sums by the
-- difference (their entries wait for each other per district, so the figure read is the one
-- replaced).
create function budget_ledger_entry_keeps_figure() returns trigger language plpgsql
    security definer set search_path = public, pg_temp as $$
declare
    was numeric;
    was_entry bigint;
begin
    if new.stage in ('ALLOCATED', 'EXECUTED') then
        perform budget_ledger_execution_lock(new.plan_id);
    end if;
    select amount, entry_id into was, was_entry from budget_ledger_figure
    where plan_id = new.plan_id and project_id = new.project_id and year = new.year and source = new.source
      and stage = new.stage
    for update;
    if was_entry is not null and was_entry > new.id then
        return null;
    end if;
    insert into budget_ledger_figure (plan_id, project_id, year, source, stage, amount, entry_id)
    values (new.plan_id, new.project_id, new.year, new.source, new.stage, new.amount, new.id)
    on conflict (plan_id, project_id, year, source, stage) do update
        set amount = excluded.amount, entry_id = excluded.entry_id
        where budget_ledger_figure.entry_id < excluded.entry_id;
    if new.stage in ('ALLOCATED', 'EXECUTED') then
        insert into budget_ledger_execution (plan_id, ministry, year, allocated, executed)
        values (new.plan_id, budget_ledger_lead_ministry(new.plan_id, new.project_id), new.year,
                case when new.stage = 'ALLOCATED' then new.amount - coalesce(was, 0) else 0 end,
                case when new.stage = 'EXECUTED' then new.amount - coalesce(was, 0) else 0 end)
        on conflict (plan_id, ministry, year) do update
            set allocated = budget_ledger_execution.allocated + excluded.allocated,
                executed = budget_ledger_execution.executed + excluded.executed;
    end if;
    return null;
end
$$;
create trigger tr_budget_ledger_entry_keeps_figure after insert on budget_ledger_entry
    for each row execute function budget_ledger_entry_keeps_figure();

create function project_outcome_moves_execution() returns trigger language plpgsql
    security definer set search_path = public, pg_temp as $$
declare
    plan bigint := coalesce(new.plan_id, old.plan_id);
begin
    perform budget_ledger_execution_lock(plan);
    perform budget_ledger_execution_of(plan);
    if tg_op = 'UPDATE' and old.plan_id <> new.plan_id then
        perform budget_ledger_execution_lock(old.plan_id);
        perform budget_ledger_execution_of(old.plan_id);
    end if;
    return null;
end
$$;
create trigger tr_project_outcome_moves_execution after insert or update or delete on project_outcome
    for each row execute function project_outcome_moves_execution();
