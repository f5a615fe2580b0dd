#include "Source.h"

Source::Source(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<SourceStatus>();
    qRegisterMetaType<Notification>();
    qRegisterMetaType<QList<Notification>>();
}

Source::~Source() = default;

void Source::setStatus(const SourceStatus& status)
{
    if (status == m_status)
        return;
    m_status = status;
    emit statusChanged(m_status);
}
