#pragma once

#include <QObject>
#include <QTimer>
#include <functional>

// Calls a function once at the end of the current event-loop turn, however often it was asked
// to during that turn: the frames that arrived in one read become one batch.
//
// The call runs when the event loop is about to wait for more (QAbstractEventDispatcher::
// aboutToBlock), which costs nothing per message. At gateway rates a message often arrives
// alone; a zero-timer alone gave it a second turn of the event loop, and a posted event a write
// and a read of the loop's wake-up descriptor. A zero-timer stays as the fallback for loops that
// never block (processEvents() without WaitForMoreEvents, as test helpers spin).
//
// Lives inside `context` (a member of it), on the context's thread.
class CoalescedCall {
public:
    CoalescedCall(QObject* context, std::function<void()> call);

    void request(); // the call runs at the end of this turn, unless it is pending already
    void cancel();  // the pending call, if any, does not run

private:
    void run();

    std::function<void()> m_call;
    QTimer m_fallback;
    bool m_pending = false;
};
