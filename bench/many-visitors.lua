-- wrk script: every request comes from one of VISITORS client addresses (5000 unless set), as a
-- trusted reverse proxy says in X-Forwarded-For. Used by bench/public-endpoints.sh.
local visitors = tonumber(os.getenv("VISITORS") or "5000")

function setup(thread)
    thread:set("seed", math.random(1, 1000000))
end

function init(args)
    math.randomseed(seed or os.time())
end

function request()
    local n = math.random(visitors)
    wrk.headers["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.floor(n / 65536) % 256, math.floor(n / 256) % 256, n % 256)
    return wrk.format(nil)
end
