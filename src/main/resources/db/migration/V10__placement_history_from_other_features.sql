-- Other features now change what a placement carries (its address abroad, incidents, progress-test conflicts and
-- exemptions, the coordinator's decision on its host); each such change is a history entry, and so in the change
-- feed. The longest action name no longer fits in 20 characters.
alter table placement_history drop constraint placement_history_action_check;
alter table placement_history alter column action type varchar(40);
alter table placement_history add constraint placement_history_action_check
    check (action in ('CREATED', 'UPDATED', 'STATUS_CHANGED', 'FLAGGED_FOR_REVIEW', 'ADDRESS_ABROAD_CHANGED',
                      'INCIDENT_REPORTED', 'PROGRESS_TEST_CONFLICT', 'PROGRESS_TEST_CONFLICT_ENDED',
                      'EXEMPTION_REQUESTED', 'EXEMPTION_DECIDED', 'HOST_APPROVAL_DECIDED'));
