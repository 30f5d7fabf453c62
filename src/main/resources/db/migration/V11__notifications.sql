-- In-portal notifications for people (issue #6): one per person and event.
create table notification (
    id           bigint generated always as identity constraint pk_notification primary key,
    account_id   bigint        not null constraint fk_notification_account references account (id),
    -- what happened, once: the same event never notifies the same person twice
    event_key    varchar(120)  not null,
    message_key  varchar(80)   not null,
    subject      varchar(200)  not null,
    link         varchar(300)  not null,
    created_at   timestamptz   not null default now(),
    read_at      timestamptz,
    constraint uq_notification_event unique (account_id, event_key)
);
create index ix_notification_unread on notification (account_id) where read_at is null;
