-- Each portal instance keeps the sessions it has read in memory (deserialized) and, at every
-- request, only checks with one small query that the session is still there and unchanged.
-- "Unchanged" is this counter: it moves whenever an attribute of the session is written or
-- removed, by whichever instance, so a copy held in memory is never used once stale.
alter table spring_session add column attributes_version bigint not null default 0;

create function spring_session_count_attribute_change() returns trigger language plpgsql as $$
begin
    update spring_session set attributes_version = attributes_version + 1
     where primary_id = case when tg_op = 'DELETE' then old.session_primary_id else new.session_primary_id end;
    return null;
end
$$;
create trigger tr_spring_session_count_attribute_change
    after insert or update or delete on spring_session_attributes
    for each row execute function spring_session_count_attribute_change();

-- V17's trigger skips a touch within a minute; a new attribute version is never skipped.
create or replace function spring_session_skip_recent_touch() returns trigger language plpgsql as $$
begin
    if new.session_id = old.session_id
       and new.attributes_version = old.attributes_version
       and new.max_inactive_interval = old.max_inactive_interval
       and new.principal_name is not distinct from old.principal_name
       and new.last_access_time >= old.last_access_time
       and new.last_access_time - old.last_access_time < 60000 then
        return null;
    end if;
    return new;
end
$$;
