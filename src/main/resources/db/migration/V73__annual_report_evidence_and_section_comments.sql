-- Issue #19, the annual report's remaining parts: evidence files (checked by content like a
-- plan's documents, kept with each submitted version) and the ministry's comments per section
-- when it sends a report back.

-- A file the region attaches to a year's report, for one target's actual or for the whole
-- report. Only the ministry and the district's region read it.
create table annual_report_evidence (
    id               bigint generated always as identity constraint pk_annual_report_evidence primary key,
    report_id        bigint        not null constraint fk_annual_report_evidence_report references annual_report (id),
    target_id        bigint        constraint fk_annual_report_evidence_target references plan_target (id),
    file_name        varchar(255)  not null,
    file_type        varchar(10)   not null constraint ck_annual_report_evidence_type
                                   check (file_type in ('PDF', 'HWP', 'HWPX', 'XLSX', 'DOCX')),
    size_bytes       bigint        not null constraint ck_annual_report_evidence_size check (size_bytes > 0),
    sha256           char(64)      not null,
    content          bytea         not null,
    uploaded_at      timestamptz   not null,
    uploaded_by      varchar(50)   not null,
    in_working_copy  boolean       not null default true
);
create index ix_annual_report_evidence_report on annual_report_evidence (report_id);

-- The files a submitted version was submitted with: written once, never changed.
create table annual_report_version_evidence (
    version_id   bigint not null constraint fk_annual_report_version_evidence_version references annual_report_version (id),
    evidence_id  bigint not null constraint fk_annual_report_version_evidence_evidence references annual_report_evidence (id),
    constraint pk_annual_report_version_evidence primary key (version_id, evidence_id)
);
create index ix_annual_report_version_evidence_evidence on annual_report_version_evidence (evidence_id);
create trigger tr_annual_report_version_evidence_immutable before update or delete on annual_report_version_evidence
    for each row execute function annual_report_version_immutable();
create trigger tr_annual_report_version_evidence_no_truncate before truncate on annual_report_version_evidence
    for each statement execute function annual_report_version_immutable();

-- The ministry's comment on one section of a report it sends back, tied to the version it read.
create table annual_report_section_comment (
    id              bigint generated always as identity constraint pk_annual_report_section_comment primary key,
    report_id       bigint         not null constraint fk_annual_report_section_comment_report references annual_report (id),
    version_number  int            not null,
    section         varchar(20)    not null constraint ck_annual_report_section_comment_section
                                   check (section in ('ACTUALS', 'TASKS', 'NARRATIVE', 'EVIDENCE')),
    comment         varchar(2000)  not null,
    created_at      timestamptz    not null,
    created_by      varchar(50)    not null,
    constraint uq_annual_report_section_comment unique (report_id, version_number, section)
);
