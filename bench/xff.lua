-- wrk script: every request carries an X-Forwarded-For from a fixed list of 1,000 distinct public
-- IPv4 unicast addresses, so `/` does a real GeoIP lookup per request instead of hitting one cached
-- answer. The list is the same on every run and in every thread (Park-Miller generator, fixed
-- seed); each thread starts at a different point in it. Other headers given with -H are kept.
--
-- Usage: wrk -s bench/xff.lua -H 'Accept-Encoding: gzip' http://127.0.0.1:PORT/

local COUNT = 1000
local addrs = {}

-- Park-Miller "minimal standard" generator: x * 16807 stays below 2^53, so it is exact in
-- LuaJIT's doubles and gives the same sequence on any build.
local state = 20261201
local function next_int(n)
  state = (state * 16807) % 2147483647
  return state % n
end

-- Not public unicast: this network, private, shared (CGNAT), loopback, link-local, IETF and
-- documentation blocks, benchmarking, multicast and reserved (224/3).
local function public(a, b, c)
  if a == 0 or a == 10 or a == 127 or a >= 224 then return false end
  if a == 100 and b >= 64 and b <= 127 then return false end
  if a == 169 and b == 254 then return false end
  if a == 172 and b >= 16 and b <= 31 then return false end
  if a == 192 and b == 168 then return false end
  if a == 192 and b == 0 and (c == 0 or c == 2) then return false end
  if a == 198 and (b == 18 or b == 19) then return false end
  if a == 198 and b == 51 and c == 100 then return false end
  if a == 203 and b == 0 and c == 113 then return false end
  return true
end

local function build()
  local seen = {}
  while #addrs < COUNT do
    local a, b, c, d = 1 + next_int(223), next_int(256), next_int(256), 1 + next_int(254)
    if public(a, b, c) then
      local ip = a .. "." .. b .. "." .. c .. "." .. d
      if not seen[ip] then
        seen[ip] = true
        addrs[#addrs + 1] = ip
      end
    end
  end
end

local threads = 0
function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

local i = 0
function init(args)
  build()
  -- `tid` is set by setup() before init runs in the thread.
  i = ((tid or 0) * 397) % COUNT
end

function request()
  i = i % COUNT + 1
  wrk.headers["X-Forwarded-For"] = addrs[i]
  return wrk.format()
end
