-- A complex or linked area a region names in its draft is a proposal (issue 15): the ministry
-- and that region see it, the public lists do not, until a plan that names it is published.
alter table industrial_complex add column proposed boolean not null default false;
alter table linked_area add column proposed boolean not null default false;

-- Those regions added before: proposals unless a published plan names them (the release's
-- complexes were loaded by migrations, never added by a region).
update industrial_complex c set proposed = true
where exists (select 1 from audit_event a
              where a.action = 'COMPLEX_ADDED' and a.object_type = 'complex' and a.object_id = c.id::text)
  and not exists (select 1 from innovation_plan p where p.published_on is not null and p.hub_complex_id = c.id)
  and not exists (select 1 from plan_linked_site s join innovation_plan p on p.id = s.plan_id
                  where p.published_on is not null and s.complex_id = c.id);
update linked_area a set proposed = true
where exists (select 1 from audit_event e
              where e.action = 'LINKED_AREA_ADDED' and e.object_type = 'area' and e.object_id = a.id::text)
  and not exists (select 1 from plan_linked_site s join innovation_plan p on p.id = s.plan_id
                  where p.published_on is not null and s.area_id = a.id);
