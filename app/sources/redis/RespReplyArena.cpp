#include "RespReplyArena.h"

#include <algorithm>
#include <cstring>
#include <hiredis/hiredis.h>
#include <type_traits>

namespace {

constexpr std::size_t Alignment = alignof(std::max_align_t);

std::size_t aligned(std::size_t bytes)
{
    return (bytes + Alignment - 1) & ~(Alignment - 1);
}

RespReplyArena* arenaOf(const redisReadTask* task)
{
    return static_cast<RespReplyArena*>(task->privdata);
}

// A zeroed reply of `type`, linked into its parent array the way hiredis's own functions do.
redisReply* newReply(const redisReadTask* task, int type)
{
    auto* reply = static_cast<redisReply*>(arenaOf(task)->allocate(sizeof(redisReply)));
    std::memset(reply, 0, sizeof(redisReply));
    reply->type = type;
    if (task->parent) {
        auto* parent = static_cast<redisReply*>(task->parent->obj);
        parent->element[task->idx] = reply;
    }
    return reply;
}

void* createString(const redisReadTask* task, char* text, size_t length)
{
    auto* buffer = static_cast<char*>(arenaOf(task)->allocate(length + 1));
    std::memcpy(buffer, text, length);
    buffer[length] = '\0';
    redisReply* reply = newReply(task, task->type);
    reply->str = buffer;
    reply->len = length;
    return reply;
}

// hiredis 0.14 passes the count as int, 1.x as size_t: one template serves both.
template <typename Count> void* createArray(const redisReadTask* task, Count count)
{
    redisReply* reply = newReply(task, task->type);
    const auto elements = static_cast<std::size_t>(count > 0 ? count : 0);
    if (elements > 0) {
        const std::size_t bytes = elements * sizeof(redisReply*);
        reply->element = static_cast<redisReply**>(arenaOf(task)->allocate(bytes));
        std::memset(static_cast<void*>(reply->element), 0, bytes);
    }
    reply->elements = elements;
    return reply;
}

void* createInteger(const redisReadTask* task, long long value)
{
    redisReply* reply = newReply(task, REDIS_REPLY_INTEGER);
    reply->integer = value;
    return reply;
}

void* createNil(const redisReadTask* task)
{
    return newReply(task, REDIS_REPLY_NIL);
}

void freeNothing(void*)
{
    // The arena owns every reply; RespDecoder resets it between replies.
}

template <typename R, typename Task, typename Count> Count countType(R (*)(Task, Count));

template <typename Reply> void setDouble(Reply* reply, double value)
{
    if constexpr (requires { reply->dval; })
        reply->dval = value;
}

// RESP3 types exist only in hiredis 1.x; Herald speaks RESP2, but a reader given them anyway
// must not crash.
template <typename Functions> void setResp3Functions(Functions& functions)
{
    if constexpr (requires { functions.createDouble; }) {
        functions.createDouble = [](const redisReadTask* task, double value, char* text,
                                    size_t length) -> void* {
            auto* reply = static_cast<redisReply*>(createString(task, text, length));
            setDouble(reply, value);
            return reply;
        };
    }
    if constexpr (requires { functions.createBool; }) {
        functions.createBool = [](const redisReadTask* task, int value) -> void* {
            redisReply* reply = newReply(task, task->type);
            reply->integer = value != 0;
            return reply;
        };
    }
}

redisReplyObjectFunctions makeFunctions()
{
    redisReplyObjectFunctions functions{};
    functions.createString = &createString;
    functions.createArray =
        &createArray<decltype(countType(std::declval<decltype(functions.createArray)>()))>;
    functions.createInteger = &createInteger;
    functions.createNil = &createNil;
    functions.freeObject = &freeNothing;
    setResp3Functions(functions);
    return functions;
}

} // namespace

RespReplyArena::RespReplyArena()
    : m_first(new std::byte[BlockBytes])
    , m_block(m_first.get())
    , m_capacity(BlockBytes)
{
}

RespReplyArena::~RespReplyArena() = default;

redisReader* RespReplyArena::createReader(RespReplyArena* arena)
{
    // hiredis keeps the pointer: the table must outlive every reader.
    static redisReplyObjectFunctions functions = makeFunctions();
    redisReader* reader = redisReaderCreateWithFunctions(&functions);
    if (reader)
        reader->privdata = arena;
    return reader;
}

void* RespReplyArena::allocate(std::size_t bytes)
{
    bytes = aligned(bytes);
    if (bytes <= m_capacity - m_used) {
        void* memory = m_block + m_used;
        m_used += bytes;
        return memory;
    }
    return allocateSlow(bytes);
}

void* RespReplyArena::allocateSlow(std::size_t bytes)
{
    // A reply larger than what is left (a long XREAD or PUBSUB answer): more blocks until the
    // next reset(). The first block alone serves the small replies of a Pub/Sub burst.
    const std::size_t capacity = std::max(bytes, BlockBytes);
    m_overflow.emplace_back(new std::byte[capacity]);
    m_block = m_overflow.back().get();
    m_capacity = capacity;
    m_used = bytes;
    return m_block;
}

void RespReplyArena::reset()
{
    m_block = m_first.get();
    m_capacity = BlockBytes;
    m_used = 0;
    m_overflow.clear();
}
