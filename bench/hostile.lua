-- wrk script for bench/stall.sh: a hostile client. Each connection loops, as fast as it is
-- answered, over the most expensive things an anonymous client can ask for: HSDS pages (within
-- and far beyond the last page, at the largest page size), the zipped HSDS data package, and
-- region pages narrowed to topic combinations (each combination a page of its own).
--
-- Usage: wrk -t4 -c4 -s bench/hostile.lua http://127.0.0.1:PORT/ -- one   (one address)
--        wrk -t4 -c4 -s bench/hostile.lua http://127.0.0.1:PORT/ -- many  (an address a thread)
-- The address goes in X-Forwarded-For, which the server believes from loopback (its default
-- trusted proxies), so the server sees one client or as many clients as threads.

local topics = {
  "crisis", "suicide", "psychedelic", "substance-use", "overdose", "drug-checking", "poison",
  "mental-health", "peer-support", "lgbtq", "youth", "veterans", "domestic-violence",
  "sexual-assault",
}
local regions = { "/us/ca", "/us/ny", "/us/tx", "/us", "/gb", "/ca/on", "/de", "/fr", "/au" }

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

local paths = {}
local n = 0

function init(args)
  local mode = args[1] or "one"
  local who = (mode == "many") and id or 1
  local headers = {
    ["X-Forwarded-For"] = string.format("198.51.100.%d", who),
    ["Accept-Encoding"] = "gzip, br",
  }
  local i = 0
  local function add(path)
    i = i + 1
    paths[i] = wrk.format("GET", path, headers)
  end
  -- Interleaved so every kind of request keeps coming: an HSDS page, the zip, a topic page.
  for k = 1, 400 do
    local page = (k % 2 == 0) and k or (k * 1000003)
    add(string.format("/api/v1/hsds/services?page=%d&per_page=500", page))
    if k % 10 == 0 then add("/data/hsds.zip") end
    local a = topics[(k % #topics) + 1]
    local b = topics[((k * 7 + id) % #topics) + 1]
    local c = topics[((k * 11 + 3 * id) % #topics) + 1]
    local region = regions[((k + id) % #regions) + 1]
    add(string.format("%s?topic=%s&topic=%s&topic=%s", region, a, b, c))
  end
end

function request()
  n = n % #paths + 1
  return paths[n]
end
