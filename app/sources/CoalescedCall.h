#pragma once

#include <QObject>
#include <functional>

// Calls a function once, right after the current event-loop turn, however often it was asked
// to during that turn: the frames that arrived in one read become one batch. It posts an event
// rather than starting a zero-timer, because at gateway rates a message often arrives alone,
// and a timer costs it a registration and an extra wake-up of the event loop.
//
// Lives inside `context` (a member of it): a call posted to a context that is gone is dropped.
class CoalescedCall {
public:
    CoalescedCall(QObject* context, std::function<void()> call);

    void request(); // posts the call, unless one is posted already
    void cancel();  // the posted call, if any, does nothing
    bool isPending() const { return m_posted; }

private:
    QObject* m_context;
    std::function<void()> m_call;
    bool m_posted = false;
};
