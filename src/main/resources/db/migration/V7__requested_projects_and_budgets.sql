-- Requested projects as regions write them: description, lead ministry, new or continuing,
-- and the budget requested per year, split national / local / private (in 백만원, KRW million).
alter table plan_requested_project add column description varchar(2000);
alter table plan_requested_project add column lead_ministry varchar(20);
alter table plan_requested_project add constraint ck_plan_requested_project_ministry check (lead_ministry is null or lead_ministry in
    ('MOLIT', 'MOTIE', 'MSS', 'MOEL', 'ME', 'MSIT', 'MOIS', 'MOEF', 'MCST', 'MOF', 'MAFRA', 'MOE', 'MOHW', 'MOGEF', 'MND', 'MOJ', 'MOFA', 'MOU', 'MPM', 'OTHER'));

create table plan_project_budget (
    project_id     bigint         not null constraint fk_plan_project_budget_project references plan_requested_project (id) on delete cascade,
    year           int            not null,
    national       numeric(14, 1) not null default 0 constraint ck_plan_project_budget_national check (national >= 0),
    local          numeric(14, 1) not null default 0 constraint ck_plan_project_budget_local check (local >= 0),
    private_funds  numeric(14, 1) not null default 0 constraint ck_plan_project_budget_private check (private_funds >= 0),
    constraint pk_plan_project_budget primary key (project_id, year)
);
