-- Documents a region attaches to its plan, kept in the database with a SHA-256 checksum.
create table plan_attachment (
    id            bigint generated always as identity constraint pk_plan_attachment primary key,
    plan_id       bigint        not null constraint fk_plan_attachment_plan references innovation_plan (id),
    document      varchar(200),
    file_name     varchar(255)  not null,
    file_type     varchar(10)   not null constraint ck_plan_attachment_type check (file_type in ('PDF', 'HWP', 'HWPX', 'XLSX', 'DOCX')),
    size_bytes    bigint        not null constraint ck_plan_attachment_size check (size_bytes > 0),
    sha256        char(64)      not null,
    content       bytea         not null,
    uploaded_at   timestamptz   not null,
    uploaded_by   varchar(50)   not null
);
create index ix_plan_attachment_plan on plan_attachment (plan_id);
