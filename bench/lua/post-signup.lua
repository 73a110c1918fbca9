-- POST /api/v1/preparation-events/{id}/registrations as staff, each request for a new student number.
-- All threads fill the same large event (capacity 1000) at the same time, BENCH_PER_THREAD sign-ups per thread,
-- then move on to the next one: with 2 threads and 600 each, about 1000 of every 1200 are CONFIRMED and the rest
-- WAITLISTED, and the sign-ups contend for one event's row lock as a popular evening would.
-- Env: BENCH_EVENT_FIRST, BENCH_EVENT_COUNT (the events to use), BENCH_PER_THREAD, BENCH_BASE (student numbers).
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(dir .. "report.lua")

local threads = 0
function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

local counter = 0
local base = tonumber(os.getenv("BENCH_BASE") or "70000000")
local first = tonumber(os.getenv("BENCH_EVENT_FIRST") or "1")
local count = tonumber(os.getenv("BENCH_EVENT_COUNT") or "1")
local per = tonumber(os.getenv("BENCH_PER_THREAD") or "600")

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

function request()
  local event = first + (math.floor(counter / per) % count)
  counter = counter + 1
  local n = base + (tid or 0) * 1000000 + counter
  local body = string.format(
    '{"studentNumber":"%d","studentName":"Bench Attendee %d","studentEmail":"attendee%d@student.example.org"}', n, n, n)
  return wrk.format(nil, "/api/v1/preparation-events/" .. event .. "/registrations", nil, body)
end
