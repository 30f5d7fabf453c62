-- The plan is saved a section at a time; every save moves the plan's own row (updated_at,
-- updated_by) and so its version, whichever rows below it the section writes: a stale form of
-- any section is refused instead of silently overwriting another officer's work.
alter table innovation_plan add column updated_at timestamptz;
alter table innovation_plan add column updated_by varchar(50);

-- Rows keep their identity when a section is reordered or a row removed (a target keeps the id
-- its yearly actuals will refer to). Positions are then rewritten in one flush, in which two
-- rows may briefly share a position: the uniqueness holds at commit.
alter table plan_target drop constraint uq_plan_target_position;
alter table plan_target add constraint uq_plan_target_position unique (plan_id, source, position)
    deferrable initially deferred;
alter table plan_key_task drop constraint uq_plan_key_task_position;
alter table plan_key_task add constraint uq_plan_key_task_position unique (plan_id, position)
    deferrable initially deferred;
alter table plan_requested_project drop constraint uq_plan_requested_project_position;
alter table plan_requested_project add constraint uq_plan_requested_project_position unique (key_task_id, position)
    deferrable initially deferred;
