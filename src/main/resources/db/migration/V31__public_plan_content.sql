-- What the public reads of a plan (issue 15): the frozen copy of its last published decision,
-- never the record the region goes on editing. Set at each publication; the plans published
-- before this migration (the release's, and any published since) get theirs at start-up
-- (plan.PublicContentBaseline), made once from their record.
alter table innovation_plan add column public_milestone_id bigint
    constraint fk_innovation_plan_public_milestone references plan_milestone (id);
