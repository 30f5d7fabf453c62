-- n19 (issue #19): the annual report records the progress of each requested project the
-- plan's confirmation kept (project_outcome other than REJECTED), as it does of each key task.
create table annual_report_project (
    id           bigint generated always as identity constraint pk_annual_report_project primary key,
    report_id    bigint        not null constraint fk_annual_report_project_report references annual_report (id),
    project_id   bigint        not null constraint fk_annual_report_project_project references plan_requested_project (id),
    status       varchar(20) constraint ck_annual_report_project_status
                             check (status in ('NOT_STARTED', 'ON_TRACK', 'DELAYED', 'DONE')),
    progress     varchar(2000),
    constraint uq_annual_report_project unique (report_id, project_id)
);
create index ix_annual_report_project_project on annual_report_project (project_id);
