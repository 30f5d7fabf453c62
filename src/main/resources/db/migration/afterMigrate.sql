-- After every migration (a Flyway callback, run as the role that migrates): the portal's own
-- role may read and write the data, never change the schema nor what is append-only.
-- ${appRole} is the role the portal connects as when migrations run as an owner role
-- (database.LeastPrivilegeMigrations); empty when one role does both, and then nothing happens.
do $$
declare
    app text := '${appRole}';
begin
    if app = '' or app = current_user then
        return;
    end if;
    execute format('grant connect on database %I to %I', current_database(), app);
    execute format('grant usage on schema public to %I', app);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', app);
    execute format('grant usage, select on all sequences in schema public to %I', app);
    -- written once, read ever after: the audit trail, submitted versions, milestones and the
    -- documents of versions (their triggers refuse changes too, and the role cannot drop them)
    execute format('revoke update, delete, truncate on audit_event, plan_version, plan_milestone, '
        || 'plan_version_attachment, budget_ledger_entry from %I', app);
    -- m19 (issue #19): the files of submitted annual report versions are written once
    execute format('revoke update, delete, truncate on annual_report_version_evidence from %I', app);
    -- p20 (issue #20): what was published of the ledger's execution stays as published
    execute format('revoke update, delete, truncate on ledger_publication, ledger_publication_figure from %I', app);
    -- p18 (issue #18): the ledger's current figures and execution sums (per year, V106, and
    -- over every year, V108) are written by the triggers of entries and outcomes (they run as
    -- the owner); the portal only reads them
    execute format('revoke insert, update, delete, truncate on budget_ledger_figure, budget_ledger_execution, '
        || 'budget_ledger_execution_total from %I', app);
    -- p18 (issue #18): the verified actuals of published districts are written by the
    -- triggers of actuals, reports, plans, targets and target paths; the portal only reads them
    execute format('revoke insert, update, delete, truncate on verified_actual from %I', app);
    -- the migrations' own bookkeeping is not the portal's
    execute format('revoke all on flyway_schema_history from %I', app);
end
$$;

