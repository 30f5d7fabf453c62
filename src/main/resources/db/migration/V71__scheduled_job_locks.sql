-- Scheduled jobs run once across several portal instances (issue #19): ShedLock's JDBC
-- provider keeps one row per job here; whoever holds lock_until runs the job, the others
-- skip it. The table is ShedLock's own layout (columns named as it expects). The portal's
-- role reads and writes it through afterMigrate.sql's grant on all tables.
create table shedlock (
    name        varchar(64)  not null constraint pk_shedlock primary key,
    lock_until  timestamp    not null,
    locked_at   timestamp    not null,
    locked_by   varchar(255) not null
);
