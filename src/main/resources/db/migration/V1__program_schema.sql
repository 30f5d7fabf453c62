-- Schema of the 산업단지 대개조 program as the 2021-03-24 press release describes it.
-- Written by hand; Hibernate only validates it. Every constraint is named so that
-- later migrations and error messages can refer to it.

-- 17 metropolitan/provincial governments (광역지자체). Names change over time,
-- so names live in region_name with their validity.
create table region (
    id          bigint generated always as identity constraint pk_region primary key,
    code        varchar(20) not null constraint uq_region_code unique,
    position    int         not null
);

create table region_name (
    id          bigint generated always as identity constraint pk_region_name primary key,
    region_id   bigint       not null constraint fk_region_name_region references region (id),
    name        varchar(50)  not null,
    short_name  varchar(10)  not null,
    name_en     varchar(80)  not null,
    valid_from  date,
    valid_to    date,
    constraint ck_region_name_period check (valid_to is null or valid_from is null or valid_from < valid_to)
);
create index ix_region_name_region on region_name (region_id);

create table industrial_complex (
    id          bigint generated always as identity constraint pk_industrial_complex primary key,
    name        varchar(100) not null,
    type        varchar(20),
    region_id   bigint       not null constraint fk_industrial_complex_region references region (id),
    version     bigint       not null default 0,
    constraint uq_industrial_complex_name unique (region_id, name),
    constraint ck_industrial_complex_type check (type in ('NATIONAL', 'GENERAL', 'URBAN_HIGH_TECH', 'AGRO_INDUSTRIAL'))
);
create index ix_industrial_complex_region on industrial_complex (region_id);

-- Places that are not industrial complexes but are linked to a hub (연계지역).
create table linked_area (
    id          bigint generated always as identity constraint pk_linked_area primary key,
    name        varchar(100) not null,
    kind        varchar(30)  not null,
    description varchar(500),
    region_id   bigint       not null constraint fk_linked_area_region references region (id),
    version     bigint       not null default 0,
    constraint uq_linked_area_name unique (region_id, name),
    constraint ck_linked_area_kind check (kind in ('FREE_ECONOMIC_ZONE', 'SMART_CITY', 'INDUSTRIAL_DISTRICT', 'COMPLEX_BELT', 'OTHER'))
);

-- Smart Green Industrial Complex (스마트그린산단) designations, and the program's cumulative plan.
create table smart_green_designation (
    id           bigint generated always as identity constraint pk_smart_green_designation primary key,
    complex_id   bigint not null constraint fk_smart_green_designation_complex references industrial_complex (id),
    year         int    not null,
    announced_on date,
    constraint uq_smart_green_designation_complex unique (complex_id)
);

create table smart_green_plan (
    year              int constraint pk_smart_green_plan primary key,
    cumulative_target int not null constraint ck_smart_green_plan_target check (cumulative_target > 0)
);

-- A yearly round (차수) of region selection.
create table program_round (
    id                           bigint generated always as identity constraint pk_program_round primary key,
    year                         int  not null constraint uq_program_round_year unique,
    ordinal                      int  not null constraint uq_program_round_ordinal unique,
    planned_designations         int  not null constraint ck_program_round_planned check (planned_designations > 0),
    call_opened_on               date,
    reported_pre_submissions     int,
    reported_evaluator_count     int,
    final_confirmation_planned   varchar(7) constraint ck_program_round_final_month check (final_confirmation_planned ~ '^[0-9]{4}-[0-9]{2}$'),
    version                      bigint not null default 0
);

create table evaluation_indicator (
    id          bigint generated always as identity constraint pk_evaluation_indicator primary key,
    round_id    bigint       not null constraint fk_evaluation_indicator_round references program_round (id),
    position    int          not null,
    code        varchar(40)  not null,
    name        varchar(100) not null,
    weight      numeric(5, 2),
    constraint uq_evaluation_indicator_position unique (round_id, position),
    constraint uq_evaluation_indicator_code unique (round_id, code)
);

-- The 노후거점산업단지 경쟁력강화추진위원회 meetings.
create table committee_meeting (
    id        bigint generated always as identity constraint pk_committee_meeting primary key,
    held_on   date         not null,
    title     varchar(200) not null,
    chair     varchar(200),
    co_chair  varchar(200)
);

-- A region's innovation plan (산단혁신계획) in a round.
create table innovation_plan (
    id                          bigint generated always as identity constraint pk_innovation_plan primary key,
    round_id                    bigint       not null constraint fk_innovation_plan_round references program_round (id),
    region_id                   bigint       not null constraint fk_innovation_plan_region references region (id),
    -- the region's name when the plan was submitted (전라북도 stays 전라북도 after 2024)
    region_name                 varchar(50)  not null,
    status                      varchar(30)  not null,
    published_on                date,
    hub_complex_id              bigint       constraint fk_innovation_plan_hub references industrial_complex (id),
    hub_weight_label            varchar(20),
    vision                      varchar(500),
    governance                  varchar(1000),
    reported_project_count      int,
    release_summary             text,
    release_site_summary        varchar(1000),
    version                     bigint       not null default 0,
    constraint uq_innovation_plan_round_region unique (round_id, region_id),
    constraint ck_innovation_plan_status check (status in ('DRAFT', 'SUBMITTED', 'UNDER_EVALUATION', 'PRELIMINARILY_SELECTED',
        'NOT_SELECTED', 'REVISION_REQUESTED', 'REVISED', 'CONFIRMED', 'DESIGNATED', 'COMPLETED', 'WITHDRAWN'))
);
create index ix_innovation_plan_region on innovation_plan (region_id);
create index ix_innovation_plan_hub on innovation_plan (hub_complex_id);

create table plan_status_event (
    id           bigint generated always as identity constraint pk_plan_status_event primary key,
    plan_id      bigint       not null constraint fk_plan_status_event_plan references innovation_plan (id),
    status       varchar(30)  not null,
    occurred_on  date,
    meeting_id   bigint       constraint fk_plan_status_event_meeting references committee_meeting (id),
    note         varchar(500)
);
create index ix_plan_status_event_plan on plan_status_event (plan_id);

create table plan_main_industry (
    plan_id   bigint       not null constraint fk_plan_main_industry_plan references innovation_plan (id),
    position  int          not null,
    name      varchar(100) not null,
    constraint pk_plan_main_industry primary key (plan_id, position)
);

-- The hub complex's weight in the region (기여도/중요도): production, exports, firms, employment.
create table plan_hub_weight (
    id             bigint generated always as identity constraint pk_plan_hub_weight primary key,
    plan_id        bigint        not null constraint fk_plan_hub_weight_plan references innovation_plan (id),
    position       int           not null,
    measure        varchar(20)   not null constraint ck_plan_hub_weight_measure check (measure in ('PRODUCTION', 'EXPORTS', 'TENANT_FIRMS', 'EMPLOYMENT')),
    amount         numeric(20, 4),
    unit           varchar(10),
    share_percent  numeric(6, 2),
    as_written     varchar(200)  not null,
    constraint uq_plan_hub_weight_position unique (plan_id, position),
    constraint ck_plan_hub_weight_unit check ((amount is null) = (unit is null))
);

create table plan_linked_site (
    id                bigint generated always as identity constraint pk_plan_linked_site primary key,
    plan_id           bigint       not null constraint fk_plan_linked_site_plan references innovation_plan (id),
    position          int          not null,
    complex_id        bigint       constraint fk_plan_linked_site_complex references industrial_complex (id),
    area_id           bigint       constraint fk_plan_linked_site_area references linked_area (id),
    linkage_function  varchar(500) not null,
    constraint uq_plan_linked_site_position unique (plan_id, position),
    constraint ck_plan_linked_site_one_place check ((complex_id is null) <> (area_id is null))
);
create index ix_plan_linked_site_complex on plan_linked_site (complex_id);

-- Numeric targets. A target keeps its metric and unit so that yearly actuals can later be
-- recorded against it in the same unit (follow-up of designated regions).
create table plan_target (
    id           bigint generated always as identity constraint pk_plan_target primary key,
    plan_id      bigint        not null constraint fk_plan_target_plan references innovation_plan (id),
    source       varchar(20)   not null constraint ck_plan_target_source check (source in ('PLAN', 'RELEASE_BODY')),
    position     int           not null,
    metric       varchar(40)   not null,
    value        numeric(20, 4),
    unit         varchar(10),
    target_year  int,
    as_written   varchar(200)  not null,
    constraint uq_plan_target_position unique (plan_id, source, position)
);
create index ix_plan_target_plan on plan_target (plan_id);

create table plan_key_task (
    id                bigint generated always as identity constraint pk_plan_key_task primary key,
    plan_id           bigint       not null constraint fk_plan_key_task_plan references innovation_plan (id),
    position          int          not null,
    name              varchar(200) not null,
    strategy_heading  varchar(200),
    constraint uq_plan_key_task_position unique (plan_id, position)
);

create table plan_requested_project (
    id           bigint generated always as identity constraint pk_plan_requested_project primary key,
    key_task_id  bigint       not null constraint fk_plan_requested_project_task references plan_key_task (id),
    position     int          not null,
    name         varchar(200) not null,
    newly_proposed boolean,
    constraint uq_plan_requested_project_position unique (key_task_id, position)
);

create table plan_strategy (
    id           bigint generated always as identity constraint pk_plan_strategy primary key,
    key_task_id  bigint        not null constraint fk_plan_strategy_task references plan_key_task (id),
    position     int           not null,
    title        varchar(200),
    description  varchar(1000) not null,
    constraint uq_plan_strategy_position unique (key_task_id, position)
);

create table plan_diagnosis (
    id           bigint generated always as identity constraint pk_plan_diagnosis primary key,
    plan_id      bigint        not null constraint fk_plan_diagnosis_plan references innovation_plan (id),
    position     int           not null,
    title        varchar(200),
    description  varchar(1000) not null,
    constraint uq_plan_diagnosis_position unique (plan_id, position)
);
