#include "sources/CoalescedCall.h"

#include <QAbstractEventDispatcher>
#include <QThread>

CoalescedCall::CoalescedCall(QObject* context, std::function<void()> call)
    : m_call(std::move(call))
{
    m_fallback.setSingleShot(true);
    QObject::connect(&m_fallback, &QTimer::timeout, context, [this] { run(); });
    if (QAbstractEventDispatcher* loop = QAbstractEventDispatcher::instance(context->thread()))
        QObject::connect(loop, &QAbstractEventDispatcher::aboutToBlock, context, [this] { run(); });
}

void CoalescedCall::request()
{
    if (m_pending)
        return;
    m_pending = true;
    m_fallback.start(0);
}

void CoalescedCall::cancel()
{
    m_pending = false;
    m_fallback.stop();
}

void CoalescedCall::run()
{
    if (!m_pending)
        return;
    cancel();
    m_call();
}
