-- The public notice board of calls (issue #17): whom to ask, the files the ministry attaches
-- (공고문, templates), and the notices it posts after the announcement (정정공고, a deadline
-- extended or the call closed early).
alter table proposal_call add column contact varchar(500);

create table proposal_call_file (
    id           bigint generated always as identity constraint pk_proposal_call_file primary key,
    call_id      bigint        not null constraint fk_proposal_call_file_call references proposal_call (id),
    kind         varchar(20)   not null constraint ck_proposal_call_file_kind check (kind in ('NOTICE', 'TEMPLATE', 'OTHER')),
    title        varchar(200)  not null,
    file_name    varchar(255)  not null,
    file_type    varchar(10)   not null constraint ck_proposal_call_file_type check (file_type in ('PDF', 'HWP', 'HWPX', 'XLSX', 'DOCX')),
    size_bytes   bigint        not null constraint ck_proposal_call_file_size check (size_bytes > 0),
    sha256       char(64)      not null,
    content      bytea         not null,
    uploaded_at  timestamptz   not null,
    uploaded_by  varchar(50)   not null
);
create index ix_proposal_call_file_call on proposal_call_file (call_id);

-- What the ministry announced about a call after announcing it; never changed or removed.
create table proposal_call_notice (
    id            bigint generated always as identity constraint pk_proposal_call_notice primary key,
    call_id       bigint        not null constraint fk_proposal_call_notice_call references proposal_call (id),
    kind          varchar(20)   not null constraint ck_proposal_call_notice_kind check (kind in ('CORRECTION', 'EXTENSION', 'EARLY_CLOSE')),
    body          varchar(4000) not null,
    -- the deadline before and after, for an extension or an early close
    closes_before timestamptz,
    closes_after  timestamptz,
    posted_at     timestamptz   not null,
    posted_by     varchar(50)   not null,
    constraint ck_proposal_call_notice_deadline check (
        (kind = 'CORRECTION' and closes_before is null and closes_after is null)
        or (kind = 'EXTENSION' and closes_after > closes_before)
        or (kind = 'EARLY_CLOSE' and closes_after < closes_before))
);
create index ix_proposal_call_notice_call on proposal_call_notice (call_id);

create function proposal_call_notice_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'proposal_call_notice rows are immutable: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger tr_proposal_call_notice_immutable before update or delete on proposal_call_notice
    for each row execute function proposal_call_notice_immutable();
