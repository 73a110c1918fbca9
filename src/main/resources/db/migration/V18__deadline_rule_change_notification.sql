-- Every committed change of the deadline rules is announced on the channel deadline_rules_changed. Each instance of
-- the service listens on it and replaces its snapshot of the rules in force (RulesInForce, RuleListener). PostgreSQL
-- delivers a notification at commit and drops it on rollback, so listeners never load a change that did not happen.
create function notify_deadline_rules_changed() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('deadline_rules_changed', '');
    return null;
end;
$$;

create trigger deadline_rule_changed
    after insert or update or delete or truncate on deadline_rule
    for each statement
execute function notify_deadline_rules_changed();
