-- Sessions are written at every signed-in request (their last access time). Kept out of the
-- write-ahead log: such a commit then does not wait for the disk (the benchmark measured the
-- signed-in trivial page at a sixth of the anonymous one, mostly waiting on that flush).
-- The price: after a crash of the database server, every session is gone and people sign in
-- again; and sessions are not copied to a streaming replica. No plan, score or decision is
-- affected: those tables stay logged.
alter table spring_session_attributes set unlogged;
alter table spring_session set unlogged;

-- Spring Session writes the last access time at every request; a session touched less than
-- a minute ago is left as it is (the row is not rewritten). A session then expires at most a
-- minute early; any other change (sign-in, new session id, principal) is always written.
create function spring_session_skip_recent_touch() returns trigger language plpgsql as $$
begin
    if new.session_id = old.session_id
       and new.max_inactive_interval = old.max_inactive_interval
       and new.principal_name is not distinct from old.principal_name
       and new.last_access_time >= old.last_access_time
       and new.last_access_time - old.last_access_time < 60000 then
        return null;
    end if;
    return new;
end
$$;
create trigger tr_spring_session_skip_recent_touch before update on spring_session
    for each row execute function spring_session_skip_recent_touch();
