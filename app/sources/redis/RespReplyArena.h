#pragma once

#include <cstddef>
#include <memory>
#include <vector>

struct redisReader;

// Memory for the replies hiredis's reader builds, handed out by bumping a pointer and given back
// all at once when the reply has been dispatched.
//
// With hiredis's default object functions every reply costs one allocation per element plus one
// per string and as many frees: for a Pub/Sub message (an array of three strings) that was eight
// malloc/free pairs, a fifth of the ingest path. The reader builds ordinary redisReply structs
// either way, so every consumer reads them as before; only who owns the memory changes.
//
// Contract: replies returned by the reader live until reset(). Call reset() only between
// replies (after redisReaderGetReply() has returned one and it has been consumed), never while
// a reply is half built. The decoder's size guard has already bounded what one reply can hold.
class RespReplyArena {
public:
    RespReplyArena();
    ~RespReplyArena();
    RespReplyArena(const RespReplyArena&) = delete;
    RespReplyArena& operator=(const RespReplyArena&) = delete;

    // A reader that allocates its replies from `arena` (which must outlive it).
    static redisReader* createReader(RespReplyArena* arena);

    void* allocate(std::size_t bytes);
    void reset();

private:
    static constexpr std::size_t BlockBytes = 64 * 1024;

    void* allocateSlow(std::size_t bytes);

    std::unique_ptr<std::byte[]> m_first; // kept across resets
    std::byte* m_block = nullptr;         // the block being filled
    std::size_t m_capacity = 0;
    std::size_t m_used = 0;
    std::vector<std::unique_ptr<std::byte[]>> m_overflow; // freed at reset()
};
