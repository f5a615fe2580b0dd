#pragma once

// The Lua scripts (EVAL) RedisStreamReader runs to read around a reply larger than the
// endpoint's maxReplyBytes, in one place so that what they return sits next to their text.
namespace StreamScripts {

// {id, bytes}: the entry next to ARGV[1] ("(id" leaves that one out), forward when ARGV[2] is "+"
// and backward when "-", and the bytes it takes in a RESP2 reply; nil when there is none. Its
// fields never leave the server. Exclusive ranges need Redis 6.2.
inline constexpr char NextEntry[] = R"lua(
local range = ARGV[2] == '-' and 'XREVRANGE' or 'XRANGE'
local entry = redis.call(range, KEYS[1], ARGV[1], ARGV[2], 'COUNT', 1)[1]
if not entry then return false end
local function bulk(s) return #s + #tostring(#s) + 5 end
local bytes = 4 + bulk(entry[1]) + 3 + #tostring(#entry[2])
for _, v in ipairs(entry[2]) do bytes = bytes + bulk(v) end
return {entry[1], bytes}
)lua";

// XINFO STREAM with its first and last entries cut down to their ids.
inline constexpr char CompactInfo[] = R"lua(
local info = redis.call('XINFO', 'STREAM', KEYS[1])
for i = 1, #info - 1, 2 do
  local value = info[i + 1]
  if (info[i] == 'first-entry' or info[i] == 'last-entry') and value then
    info[i + 1] = {value[1]}
  end
end
return info
)lua";

} // namespace StreamScripts
