-- Documents belong to submitted versions (issue 15): what the committee scored stays
-- downloadable exactly as scored. A region's editable plan has a working copy of documents;
-- submitting links them to the new version. A document of a submitted version cannot be
-- deleted or changed: the region replaces it in its working copy only.
alter table plan_attachment add column in_working_copy boolean not null default true;

create table plan_version_attachment (
    version_id     bigint not null constraint fk_plan_version_attachment_version references plan_version (id),
    attachment_id  bigint not null constraint fk_plan_version_attachment_attachment references plan_attachment (id),
    constraint pk_plan_version_attachment primary key (version_id, attachment_id)
);
create index ix_plan_version_attachment_attachment on plan_version_attachment (attachment_id);

create function plan_version_attachment_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'the documents of a submitted version are immutable: % refused', tg_op
        using errcode = 'insufficient_privilege';
end
$$;
create trigger tr_plan_version_attachment_immutable before update or delete on plan_version_attachment
    for each row execute function plan_version_attachment_immutable();
create trigger tr_plan_version_attachment_no_truncate before truncate on plan_version_attachment
    for each statement execute function plan_version_attachment_immutable();

-- A document's file never changes; only whether it is in the working copy does.
create function plan_attachment_file_immutable() returns trigger language plpgsql as $$
begin
    if new.plan_id <> old.plan_id or new.document is distinct from old.document or new.file_name <> old.file_name
       or new.file_type <> old.file_type or new.size_bytes <> old.size_bytes or new.sha256 <> old.sha256
       or new.content <> old.content or new.uploaded_at <> old.uploaded_at or new.uploaded_by <> old.uploaded_by then
        raise exception 'a document''s file is immutable: update refused' using errcode = 'insufficient_privilege';
    end if;
    return new;
end
$$;
create trigger tr_plan_attachment_file_immutable before update on plan_attachment
    for each row execute function plan_attachment_file_immutable();

-- Documents attached before: each belongs to every version submitted after it was uploaded
-- (a document removed before a submission is gone, so it cannot have been part of it).
insert into plan_version_attachment (version_id, attachment_id)
select v.id, a.id from plan_attachment a join plan_version v on v.plan_id = a.plan_id and v.submitted_at >= a.uploaded_at;
