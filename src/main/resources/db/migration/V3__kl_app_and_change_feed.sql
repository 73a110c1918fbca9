-- Placements that came from KL-app carry its registration id; deliveries are matched on it.
alter table placement add column kl_app_id varchar(64) unique;

-- Integration state per KL-app registration. The row is also the lock that serialises deliveries of one
-- registration across every service instance; a change refused after approval waits here for staff review.
create table kl_app_registration (
    kl_app_id      varchar(64) primary key,
    pending_change jsonb,
    pending_since  timestamptz,
    created_at     timestamptz not null default now()
);

-- The change feed is the placement history. Each entry records the transaction that wrote it: the feed hands out
-- an entry only once every transaction older than the oldest one still running has ended, and orders entries by
-- (transaction, id), so a consumer's cursor never passes a change that commits later.
alter table placement_history add column txid xid8 not null default pg_current_xact_id();
create index placement_history_feed on placement_history (txid, id);

-- The placement's status right after each change, so feed consumers need no second request.
alter table placement_history add column status varchar(20);
update placement_history h set status = coalesce(h.to_status, p.status) from placement p where p.id = h.placement_id;
alter table placement_history alter column status set not null;
