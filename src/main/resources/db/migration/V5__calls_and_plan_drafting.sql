-- A call for proposals (공모) of a round: when regions may submit, what they must attach, and
-- the notice. Its rules are fixed once it is opened (opened_at set).
create table proposal_call (
    id          bigint generated always as identity constraint pk_proposal_call primary key,
    round_id    bigint       not null constraint uq_proposal_call_round unique
                             constraint fk_proposal_call_round references program_round (id),
    opens_at    timestamptz  not null,
    closes_at   timestamptz  not null,
    notice      text         not null,
    opened_at   timestamptz,
    opened_by   varchar(50),
    version     bigint       not null default 0,
    constraint ck_proposal_call_period check (opens_at < closes_at)
);

create table proposal_call_attachment (
    call_id   bigint       not null constraint fk_proposal_call_attachment_call references proposal_call (id) on delete cascade,
    position  int          not null,
    name      varchar(200) not null,
    constraint pk_proposal_call_attachment primary key (call_id, position)
);

alter table evaluation_indicator add column description varchar(1000);
alter table evaluation_indicator add constraint ck_evaluation_indicator_weight check (weight is null or weight > 0);

-- Drafting and submission of a plan.
alter table innovation_plan add column created_at timestamptz not null default now();
alter table innovation_plan add column submitted_at timestamptz;

-- A submitted plan is kept as an immutable version: the whole content as it was sent.
create table plan_version (
    id            bigint generated always as identity constraint pk_plan_version primary key,
    plan_id       bigint       not null constraint fk_plan_version_plan references innovation_plan (id),
    number        int          not null,
    submitted_at  timestamptz  not null,
    submitted_by  varchar(50)  not null,
    content       jsonb        not null,
    constraint uq_plan_version_number unique (plan_id, number)
);

create function plan_version_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'plan_version rows are immutable: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger tr_plan_version_immutable before update or delete on plan_version
    for each row execute function plan_version_immutable();
