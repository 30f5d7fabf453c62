-- Consulting after the preliminary selection (issue #6): the ministry's feedback on each
-- requested project, beside the comments per section. The project is named as it stood
-- when the feedback was written (a revision rewrites a plan's projects).
create table plan_revision_project_comment (
    request_id    bigint        not null constraint fk_plan_revision_project_comment_request references plan_revision_request (id),
    position      int           not null,
    project_name  varchar(200)  not null,
    comment       varchar(2000) not null,
    constraint pk_plan_revision_project_comment primary key (request_id, position)
);
