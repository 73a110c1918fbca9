-- The staff listing filtered by country, status and departure window (GET /api/v1/placements?status=&countryCode=
-- &departureFrom=&departureTo=), its count, and every listing or count by country alone, by country and status, or by
-- country and departure window: equality columns first, the departure date last, so that a window is one range.
-- The listing's statements are prepared, and PostgreSQL's generic plan cannot use a partial index on status for
-- "status = $1": before this index it read every placement of the status in the window (placement_status) and
-- dropped the other countries (on 100,000 placements: APPROVED in GH in 2026, ~800 blocks for 20 rows; now ~5).
create index placement_by_country on placement (country_code, status, departure_date);

-- The index of V11 (the placements under way in a country: the travel-advice flags, who is abroad in a country and
-- its count) is a subset of this one: those queries use this index in both custom and generic plans, at the same or
-- fewer blocks, so keeping it would only slow down every write of a placement.
drop index placement_underway_by_country;

-- placement_status (status, departure_date) stays: listings by status alone or by status and departure window, and
-- the departing placements of the daily reminders, have no country to lead with.
