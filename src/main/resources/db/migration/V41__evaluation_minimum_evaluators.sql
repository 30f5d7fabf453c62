-- The committee sets how many counted evaluators each plan needs at least (issue #15, 10);
-- the ranking board warns about a plan below it. Three, as the trimmed mean needs.
alter table evaluation_panel add column minimum_evaluators int not null default 3
    constraint ck_evaluation_panel_minimum check (minimum_evaluators between 1 and 50);
