-- What the ministry sets per round for its districts (issue #19): when each district year's
-- report is due (days after the year ends) and the attainment thresholds (percent from which a
-- year is green, amber). A round without a row keeps the defaults: 60 days, 100 % and 70 %.
create table district_round_rules (
    round_id       bigint        not null constraint pk_district_round_rules primary key
                                 constraint fk_district_round_rules_round references program_round (id),
    due_days       int           not null default 60 constraint ck_district_round_rules_due check (due_days between 1 and 365),
    green_percent  numeric(5, 1) not null default 100 constraint ck_district_round_rules_green check (green_percent between 1 and 1000),
    amber_percent  numeric(5, 1) not null default 70,
    updated_at     timestamptz   not null default now(),
    version        bigint        not null default 0,
    constraint ck_district_round_rules_amber check (amber_percent > 0 and amber_percent < green_percent)
);
