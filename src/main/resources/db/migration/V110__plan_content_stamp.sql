-- Which change a plan's content was last written by (issue 18). The ministry's and the region's
-- plan page read the record's content as JSON at every request (plan.LivePlanContent), most of
-- PostgreSQL's time for that page; with these stamps they read two numbers instead and the JSON
-- only when one moved. Moved by the database itself, whoever writes (the editor, a revision, the
-- synthetic data, a test's SQL):
-- - innovation_plan.content_stamp, in the transaction of every change to the plan's row or to any
--   row of its content: the writing transaction's id, set once per plan and transaction (a save
--   rewriting 150 budget rows writes the plan's row once), visible with the change itself;
-- - industrial_complex.name_stamp and linked_area.name_stamp, on their own rows when their names
--   change (a plan shows the names of the complexes and areas it links): a new number from a
--   sequence, taken while the renamed row is locked, so each row's stamp only grows, in commit
--   order, and the sum of the stamps of what a plan links grows at every rename of one of them
--   (the set itself is the plan's content: it does not change without content_stamp). A rename
--   takes no lock on any plan.
alter table innovation_plan add column content_stamp bigint not null default 0;

-- the plan's own row: any update (its content columns, status and dates alike)
create function plan_content_stamp_own() returns trigger language plpgsql as $$
begin
    new.content_stamp := txid_current();
    return new;
end
$$;
create trigger tr_plan_content_stamp_own before update on innovation_plan
    for each row execute function plan_content_stamp_own();

-- moves the stamp of the plans given, once per transaction
create function plan_content_stamp_move(plans bigint[]) returns void language sql as $$
    update innovation_plan set content_stamp = txid_current()
    where id = any(plans) and content_stamp <> txid_current()
$$;

-- rows that name their plan
create function plan_content_stamp_of_plan() returns trigger language plpgsql as $$
begin
    perform plan_content_stamp_move(array[case when tg_op = 'DELETE' then null else new.plan_id end,
                                          case when tg_op = 'INSERT' then null else old.plan_id end]);
    return null;
end
$$;

-- rows that name their key task
create function plan_content_stamp_of_task() returns trigger language plpgsql as $$
begin
    perform plan_content_stamp_move(array(
        select k.plan_id from plan_key_task k
        where k.id in (case when tg_op = 'DELETE' then null else new.key_task_id end,
                       case when tg_op = 'INSERT' then null else old.key_task_id end)));
    return null;
end
$$;

-- a project's yearly budgets
create function plan_content_stamp_of_project() returns trigger language plpgsql as $$
begin
    perform plan_content_stamp_move(array(
        select k.plan_id from plan_requested_project q join plan_key_task k on k.id = q.key_task_id
        where q.id in (case when tg_op = 'DELETE' then null else new.project_id end,
                       case when tg_op = 'INSERT' then null else old.project_id end)));
    return null;
end
$$;

-- a complex's or area's name, which the plans linking it show
create sequence content_name_stamp;
alter table industrial_complex add column name_stamp bigint not null default 0;
alter table linked_area add column name_stamp bigint not null default 0;
create function content_name_stamp_own() returns trigger language plpgsql as $$
begin
    new.name_stamp := nextval('content_name_stamp');
    return new;
end
$$;
create trigger tr_content_name_stamp before update on industrial_complex
    for each row when ((old.name, old.name_en) is distinct from (new.name, new.name_en))
    execute function content_name_stamp_own();
create trigger tr_content_name_stamp before update on linked_area
    for each row when ((old.name, old.kind, old.description) is distinct from (new.name, new.kind, new.description))
    execute function content_name_stamp_own();

-- a content table emptied at once (no row trigger fires): every plan's stamp moves
create function plan_content_stamp_all() returns trigger language plpgsql as $$
begin
    update innovation_plan set content_stamp = txid_current() where content_stamp <> txid_current();
    return null;
end
$$;

-- the content's tables, by what their rows name
do $$
declare
    tables constant text[][] := array[
        ['plan_hub_weight', 'plan_content_stamp_of_plan'], ['plan_linked_site', 'plan_content_stamp_of_plan'],
        ['plan_main_industry', 'plan_content_stamp_of_plan'], ['plan_target', 'plan_content_stamp_of_plan'],
        ['plan_key_task', 'plan_content_stamp_of_plan'], ['plan_diagnosis', 'plan_content_stamp_of_plan'],
        ['plan_requested_project', 'plan_content_stamp_of_task'], ['plan_strategy', 'plan_content_stamp_of_task'],
        ['plan_project_budget', 'plan_content_stamp_of_project']];
    i int;
begin
    for i in 1 .. array_length(tables, 1) loop
        execute format('create trigger tr_plan_content_stamp after insert or update or delete on %I '
                       'for each row execute function %I()', tables[i][1], tables[i][2]);
        execute format('create trigger tr_plan_content_stamp_truncate after truncate on %I '
                       'for each statement execute function plan_content_stamp_all()', tables[i][1]);
    end loop;
end
$$;
