-- A ministry officer sends a submitted plan back for revision, with comments per section.
create table plan_revision_request (
    id              bigint generated always as identity constraint pk_plan_revision_request primary key,
    plan_id         bigint       not null constraint fk_plan_revision_request_plan references innovation_plan (id),
    version_number  int          not null,
    requested_at    timestamptz  not null,
    requested_by    varchar(50)  not null
);
create index ix_plan_revision_request_plan on plan_revision_request (plan_id);

create table plan_revision_comment (
    request_id  bigint        not null constraint fk_plan_revision_comment_request references plan_revision_request (id),
    section     varchar(40)   not null,
    comment     varchar(2000) not null,
    constraint pk_plan_revision_comment primary key (request_id, section)
);
