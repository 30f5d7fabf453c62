-- People who sign in: ministry officers, regional staff, evaluators and administrators.
create table account (
    id                    bigint generated always as identity constraint pk_account primary key,
    username              varchar(50)  not null,
    display_name          varchar(100) not null,
    password_hash         varchar(200) not null,
    enabled               boolean      not null default true,
    must_change_password  boolean      not null default false,
    -- REGION staff work for exactly one region
    region_id             bigint       constraint fk_account_region references region (id),
    -- EVALUATOR: affiliation and home region, for conflicts of interest
    affiliation           varchar(200),
    home_region_id        bigint       constraint fk_account_home_region references region (id),
    failed_logins         int          not null default 0,
    locked_until          timestamptz,
    demo                  boolean      not null default false,
    created_at            timestamptz  not null default now(),
    version               bigint       not null default 0,
    constraint ck_account_username check (username ~ '^[a-z0-9][a-z0-9._-]{2,49}$')
);
create unique index uq_account_username on account (lower(username));

create table account_role (
    account_id  bigint      not null constraint fk_account_role_account references account (id) on delete cascade,
    role        varchar(20) not null constraint ck_account_role_role check (role in ('MINISTRY', 'REGION', 'EVALUATOR', 'ADMIN')),
    constraint pk_account_role primary key (account_id, role)
);

-- Failed sign-ins per source address, shared by every portal instance.
create table login_throttle (
    source          varchar(100) constraint pk_login_throttle primary key,
    failures        int          not null,
    window_started  timestamptz  not null,
    blocked_until   timestamptz
);

-- Append-only audit trail: who did what, when, from where, to which object, before and after.
create table audit_event (
    id             bigint generated always as identity constraint pk_audit_event primary key,
    occurred_at    timestamptz  not null default now(),
    actor          varchar(50),
    actor_id       bigint,
    source         varchar(100),
    action         varchar(60)  not null,
    object_type    varchar(40),
    object_id      varchar(60),
    before_state   jsonb,
    after_state    jsonb,
    detail         varchar(500)
);
create index ix_audit_event_occurred on audit_event (occurred_at desc);
create index ix_audit_event_actor on audit_event (actor);
create index ix_audit_event_object on audit_event (object_type, object_id);
create index ix_audit_event_action on audit_event (action);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger tr_audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger tr_audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();

-- Spring Session JDBC (org/springframework/session/jdbc/schema-postgresql.sql), so that several
-- portal instances behind a load balancer share sign-ins.
create table spring_session (
    primary_id             char(36)     not null,
    session_id             char(36)     not null,
    creation_time          bigint       not null,
    last_access_time       bigint       not null,
    max_inactive_interval  int          not null,
    expiry_time            bigint       not null,
    principal_name         varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id  char(36)     not null,
    attribute_name      varchar(200) not null,
    attribute_bytes     bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);
