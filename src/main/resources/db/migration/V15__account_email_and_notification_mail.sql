-- Mail for notifications: an optional address per account, and when each notification was mailed.
-- One address belongs to one person, whatever its letter case.
alter table account add column email varchar(254);
create unique index uq_account_email on account (lower(email));

-- Set once the notification's mail went out; a notification with it set is never mailed again.
alter table notification add column mailed_at timestamptz;
