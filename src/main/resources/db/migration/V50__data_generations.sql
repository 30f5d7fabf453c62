-- Which state of the data the portal's kept pages were made from (issue 18). One counter per
-- scope: 'all' moves at every change a page may show, 'global' at changes that are not one
-- round's (complexes, areas, accounts), 'round:<id>' at changes of one round's call, plans and
-- evaluation. Moved in the same transaction as the change, just before it commits, so the
-- counter becomes visible together with the change, in commit order (the audit trail's ids
-- are taken in insert order and become visible in commit order: they cannot say this).
create table data_generation (
    scope       varchar(40) constraint pk_data_generation primary key,
    generation  bigint      not null
);
insert into data_generation (scope, generation) values ('all', 0), ('global', 0);
