-- V107's recount of a district's verified actuals runs as the schema's owner (it writes the
-- kept rows the portal's role may only read) and, as every function, was executable by PUBLIC:
-- the portal's role could have it rewrite a district's rows (only as the triggers would, and
-- under its own lock, but outside any change of their sources). Only the owner's triggers call
-- it (they run as the owner too), as V108 made it for the ledger's recount (issue #18's review).
revoke execute on function verified_actuals_of(bigint) from public;
