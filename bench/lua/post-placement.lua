-- POST /api/v1/placements as staff: every request registers a new placement for a new student number, so each one
-- is a valid registration (201). Departures are far enough ahead for the deadline rules (today is 2026-11-26):
-- GP clerkship 2027-12-06 (4-month lead time), research internship 2027-09-06 (6 months), social medicine
-- 2027-06-07 (3 months); durations fit each type (research >= 16 weeks, tropical exactly 8, elective >= 6).
-- BENCH_BASE (env) makes the student numbers of separate runs distinct: student = BENCH_BASE + thread * 10^6 + n.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(dir .. "report.lua")

local threads = 0
function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

local templates = {
  '{"placementType":"GP_CLERKSHIP","destination":{"countryCode":"AW","city":"Oranjestad","hostInstitution":"Huisartsenpraktijk Noord"},"departureDate":"2027-12-06","returnDate":"2028-01-31","discipline":"General practice",',
  '{"placementType":"RESEARCH_INTERNSHIP","destination":{"countryCode":"GH","city":"Kumasi","hostInstitution":"Komfo Anokye Teaching Hospital"},"departureDate":"2027-09-06","returnDate":"2028-02-21","discipline":"Infectious diseases",',
  '{"placementType":"ELECTIVE_CLERKSHIP","destination":{"countryCode":"TZ","city":"Moshi","hostInstitution":"Kilimanjaro Christian Medical Centre"},"departureDate":"2027-09-06","returnDate":"2027-11-01","discipline":"Paediatrics",',
  '{"placementType":"TROPICAL_INTERNSHIP","destination":{"countryCode":"KE","city":"Kisumu","hostInstitution":"Jaramogi Oginga Odinga Teaching Hospital"},"departureDate":"2027-10-04","returnDate":"2027-11-29","discipline":"Tropical medicine",',
  '{"placementType":"SOCIAL_MEDICINE_CLERKSHIP","destination":{"countryCode":"SR","city":"Paramaribo","hostInstitution":"Academisch Ziekenhuis Paramaribo"},"departureDate":"2027-06-07","returnDate":"2027-07-05","discipline":"Public health",',
}

local counter = 0
local base = tonumber(os.getenv("BENCH_BASE") or "50000000")

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

function request()
  counter = counter + 1
  local n = base + (tid or 0) * 1000000 + counter
  local body = templates[counter % #templates + 1] .. string.format(
    '"studentNumber":"%d","studentName":"Bench Student %d","studentEmail":"bench%d@student.example.org"}', n, n, n)
  return wrk.format(nil, nil, nil, body)
end
