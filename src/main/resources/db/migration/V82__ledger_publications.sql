-- Publication of execution figures (issues #20 and #22). The program ministry publishes a
-- year's ledger figures as a recorded decision: the figures of that year as they stand at
-- publication are frozen here, summed per designated district, lead ministry and source,
-- and the public (dashboard, open data) reads only the newest publication of each year.
-- Later ledger entries change nothing the public sees until the year is published again.
-- Project names are not published: the public reads districts and ministries only.
create table ledger_publication (
    id           bigint generated always as identity constraint pk_ledger_publication primary key,
    year         int           not null constraint ck_ledger_publication_year check (year between 2000 and 9999),
    published_on date          not null,
    note         varchar(1000),
    published_by varchar(50)   not null,
    published_at timestamptz   not null default now()
);
create index ix_ledger_publication_year on ledger_publication (year, id);

create table ledger_publication_figure (
    publication_id bigint         not null constraint fk_ledger_publication_figure_publication
                                  references ledger_publication (id),
    plan_id        bigint         not null constraint fk_ledger_publication_figure_plan references innovation_plan (id),
    round_year     int            not null,
    region_id      bigint         not null constraint fk_ledger_publication_figure_region references region (id),
    region_name    varchar(50)    not null,
    ministry       varchar(20)    not null,
    source         varchar(10)    not null constraint ck_ledger_publication_figure_source
                                  check (source in ('NATIONAL', 'LOCAL', 'PRIVATE')),
    confirmed      numeric(16, 1) not null,
    secured        numeric(16, 1) not null,
    allocated      numeric(16, 1) not null,
    executed       numeric(16, 1) not null,
    settled        numeric(16, 1) not null,
    carried_over   numeric(16, 1) not null,
    returned       numeric(16, 1) not null,
    constraint pk_ledger_publication_figure primary key (publication_id, plan_id, ministry, source)
);

-- What was published stays as it was published: a new publication, never an edit.
create function ledger_publication_frozen() returns trigger language plpgsql as $$
begin
    raise exception '% is frozen once published', tg_table_name;
end
$$;
create trigger tr_ledger_publication_frozen before update or delete on ledger_publication
    for each row execute function ledger_publication_frozen();
create trigger tr_ledger_publication_figure_frozen before update or delete on ledger_publication_figure
    for each row execute function ledger_publication_frozen();
