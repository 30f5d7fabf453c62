-- p21a (issue #21): the ministry may send a submitted annual score sheet back to its
-- evaluator while the evaluation is in progress, saying why (as for a call's sheets);
-- the evaluator reads the reason on the sheet.
alter table annual_sheet add column reopened_reason varchar(1000);
