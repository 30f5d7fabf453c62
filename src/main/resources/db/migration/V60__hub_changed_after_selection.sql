-- Issue 16: a selected region that swaps its hub complex is shown to the ministry on the
-- round's overview: when it last did, so officers look before the confirmation.
alter table innovation_plan add column hub_changed_after_selection_at timestamptz;
