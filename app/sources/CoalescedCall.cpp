#include "sources/CoalescedCall.h"

#include <QMetaObject>
#include <utility>

CoalescedCall::CoalescedCall(QObject* context, std::function<void()> call)
    : m_context(context)
    , m_call(std::move(call))
{
}

void CoalescedCall::request()
{
    if (m_posted)
        return;
    m_posted = true;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            if (!std::exchange(m_posted, false))
                return; // cancelled meanwhile
            m_call();
        },
        Qt::QueuedConnection);
}

void CoalescedCall::cancel()
{
    m_posted = false;
}
