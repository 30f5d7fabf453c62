-- The verified actuals of the published districts, kept by the database (issue #18). The
-- dashboard, the map and the ministry's dashboard read every verified actual of every
-- published district against its year's target: joining each actual to its report, plan,
-- target and target path took most of those pages' time in PostgreSQL (2,450 buffers for 290
-- actuals; 1 ms alone, 2 to 6 ms under load). The database now keeps the joined rows beside
-- their sources, written by the sources' own changes in the same transaction, so they can
-- never be older than an acknowledged change and no application path can forget them. The
-- round's year and rules stay where they are (one row per round, joined when read).
create table verified_actual (
    actual_id      bigint        not null constraint pk_verified_actual primary key
        constraint fk_verified_actual_actual references annual_report_actual (id) on delete cascade,
    plan_id        bigint        not null
        constraint fk_verified_actual_plan references innovation_plan (id) on delete cascade,
    round_id       bigint        not null,
    region_id      bigint        not null,
    region_name    varchar(50)   not null,
    district_start date          not null,
    district_end   date,
    metric         varchar(40)   not null,
    unit           varchar(10),
    position       int           not null,
    district_year  int           not null,
    accepted       boolean       not null,
    value          numeric(20, 4) not null,
    year_target    numeric(20, 4)
);
create index ix_verified_actual_plan on verified_actual (plan_id);

-- One district's verified actuals worked out again from scratch: every change to what they
-- show calls it for the district it changed. Its work waits for any other transaction
-- working the same district (a transaction-level advisory lock): the second then deletes
-- what the first wrote, which a plain delete would not see, and writes its own.
create function verified_actuals_of(p_plan bigint) returns void language plpgsql
    security definer set search_path = public, pg_temp as $$
begin
    perform pg_advisory_xact_lock(hashtext('verified-actual'), (p_plan % 2147483647)::int);
    delete from verified_actual where plan_id = p_plan;
    insert into verified_actual (actual_id, plan_id, round_id, region_id, region_name, district_start,
                                 district_end, metric, unit, position, district_year, accepted, value, year_target)
    select a.id, p.id, p.round_id, p.region_id, p.region_name, p.district_start, p.district_end,
           t.metric, t.unit, t.position, rep.district_year, rep.status = 'ACCEPTED', a.value,
           case rep.district_year when 1 then d.year1_value when 2 then d.year2_value else d.year3_value end
    from annual_report_actual a
    join annual_report rep on rep.id = a.report_id
    join innovation_plan p on p.id = rep.plan_id
    join plan_target t on t.id = a.target_id
    left join district_target_path d on d.target_id = t.id
    where p.id = p_plan and p.public_status in ('DESIGNATED', 'COMPLETED') and p.district_start is not null
      and a.verification = 'VERIFIED' and a.value is not null;
end
$$;

select verified_actuals_of(id) from innovation_plan
where public_status in ('DESIGNATED', 'COMPLETED') and district_start is not null;

-- The changes that move a district's verified actuals, each firing only for what the rows
-- show: a region's draft figures (not verified) and a plan's draft saves do not fire.
create function verified_actuals_of_actual() returns trigger language plpgsql
    security definer set search_path = public, pg_temp as $$
begin
    if tg_op <> 'INSERT' then
        perform verified_actuals_of(plan_id) from annual_report where id = old.report_id;
    end if;
    if tg_op <> 'DELETE' and (tg_op = 'INSERT' or new.report_id <> old.report_id) then
        perform verified_actuals_of(plan_id) from annual_report where id = new.report_id;
    end if;
    return null;
end
$$;
create trigger tr_verified_actual_insert after insert on annual_report_actual
    for each row when (new.verification = 'VERIFIED') execute function verified_actuals_of_actual();
create trigger tr_verified_actual_update after update on annual_report_actual
    for each row when ((old.verification = 'VERIFIED' or new.verification = 'VERIFIED')
                       and (old.verification, old.value, old.target_id, old.report_id)
                           is distinct from (new.verification, new.value, new.target_id, new.report_id))
    execute function verified_actuals_of_actual();
create trigger tr_verified_actual_delete after delete on annual_report_actual
    for each row when (old.verification = 'VERIFIED') execute function verified_actuals_of_actual();

-- The districts of a changed row of a table with a plan_id: its district before and after.
create function verified_actuals_of_row() returns trigger language plpgsql
    security definer set search_path = public, pg_temp as $$
begin
    if tg_op <> 'INSERT' then
        perform verified_actuals_of(old.plan_id);
    end if;
    if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.plan_id <> old.plan_id) then
        perform verified_actuals_of(new.plan_id);
    end if;
    return null;
end
$$;

-- a report accepted (or no longer), or moved to another year or district
create trigger tr_verified_actual_report after update on annual_report
    for each row when ((old.status = 'ACCEPTED') <> (new.status = 'ACCEPTED')
                       or (old.plan_id, old.district_year) is distinct from (new.plan_id, new.district_year))
    execute function verified_actuals_of_row();

-- a district designated, published, completed or withdrawn, its period, region or round
create function verified_actuals_of_plan() returns trigger language plpgsql
    security definer set search_path = public, pg_temp as $$
begin
    perform verified_actuals_of(new.id);
    return null;
end
$$;
create trigger tr_verified_actual_plan after update on innovation_plan
    for each row when ((old.public_status, old.district_start, old.district_end, old.region_id, old.region_name,
                        old.round_id)
                       is distinct from (new.public_status, new.district_start, new.district_end, new.region_id,
                                         new.region_name, new.round_id))
    execute function verified_actuals_of_plan();

-- a target renamed or moved (its actuals cannot outlive it: they reference it)
create trigger tr_verified_actual_target after update on plan_target
    for each row when ((old.plan_id, old.metric, old.unit, old.position)
                       is distinct from (new.plan_id, new.metric, new.unit, new.position))
    execute function verified_actuals_of_row();

-- a year's target set, changed or removed
create trigger tr_verified_actual_path_insert after insert on district_target_path
    for each row execute function verified_actuals_of_row();
create trigger tr_verified_actual_path_update after update on district_target_path
    for each row when ((old.plan_id, old.target_id, old.year1_value, old.year2_value, old.year3_value)
                       is distinct from (new.plan_id, new.target_id, new.year1_value, new.year2_value,
                                         new.year3_value))
    execute function verified_actuals_of_row();
create trigger tr_verified_actual_path_delete after delete on district_target_path
    for each row execute function verified_actuals_of_row();
