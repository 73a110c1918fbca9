-- GET of the URL given to wrk, with the bearer token in BENCH_TOKEN when set (public endpoints: none).
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(dir .. "report.lua")
