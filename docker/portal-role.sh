#!/bin/sh
# Run once by the postgres image when it makes the database (docker-entrypoint-initdb.d):
# the role the portal connects as, which owns nothing (docs/security.md, "The database roles").
# Flyway migrates as the database's owner, POSTGRES_USER; after every migration it grants this
# role what the portal may do.
set -e
psql -v ON_ERROR_STOP=1 -v password="$SANDAN_APP_PASSWORD" --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<'EOSQL'
create role sandan_app login password :'password';
EOSQL
