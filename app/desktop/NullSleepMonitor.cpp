#include "desktop/NullSleepMonitor.h"

NullSleepMonitor::NullSleepMonitor(QObject* parent)
    : SleepMonitor(parent)
{
}

QString NullSleepMonitor::backendName() const
{
    return QStringLiteral("none");
}
