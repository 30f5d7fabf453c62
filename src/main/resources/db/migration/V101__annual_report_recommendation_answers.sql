-- p21a (issue #21): the region answers, in its next annual report, each published
-- recommendation of the annual evaluation addressed to its district: whether it was
-- followed (이행완료 / 이행중 / 미이행) and how. Kept with the draft like a key task's
-- progress; the submitted version keeps a copy (annual_report_version.content).
create table annual_report_recommendation (
    id                 bigint generated always as identity constraint pk_annual_report_recommendation primary key,
    report_id          bigint        not null constraint fk_annual_report_recommendation_report references annual_report (id),
    recommendation_id  bigint        not null
                                     constraint fk_annual_report_recommendation_recommendation references annual_recommendation (id),
    status             varchar(20)   constraint ck_annual_report_recommendation_status
                                     check (status in ('IMPLEMENTED', 'IN_PROGRESS', 'NOT_IMPLEMENTED')),
    explanation        varchar(2000),
    constraint uq_annual_report_recommendation unique (report_id, recommendation_id)
);
create index ix_annual_report_recommendation_recommendation on annual_report_recommendation (recommendation_id);

-- the ministry may comment on the answers when it sends the report back
alter table annual_report_section_comment drop constraint ck_annual_report_section_comment_section;
alter table annual_report_section_comment add constraint ck_annual_report_section_comment_section
    check (section in ('ACTUALS', 'TASKS', 'RECOMMENDATIONS', 'NARRATIVE', 'EVIDENCE'));
