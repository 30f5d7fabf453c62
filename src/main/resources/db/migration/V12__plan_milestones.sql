-- The plan as it stood at each milestone of the program (issue #6): as submitted to the
-- evaluation, as preliminarily selected, as confirmed. Frozen: the database refuses changes.
create table plan_milestone (
    id              bigint generated always as identity constraint pk_plan_milestone primary key,
    plan_id         bigint       not null constraint fk_plan_milestone_plan references innovation_plan (id),
    kind            varchar(30)  not null
                                 constraint ck_plan_milestone_kind check (kind in ('SUBMITTED', 'PRELIMINARILY_SELECTED', 'CONFIRMED')),
    taken_at        timestamptz  not null,
    content         jsonb        not null,
    constraint uq_plan_milestone unique (plan_id, kind)
);

create function plan_milestone_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'plan_milestone rows are immutable: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger tr_plan_milestone_immutable before update or delete on plan_milestone
    for each row execute function plan_milestone_immutable();
create trigger tr_plan_milestone_no_truncate before truncate on plan_milestone
    for each statement execute function plan_milestone_immutable();
