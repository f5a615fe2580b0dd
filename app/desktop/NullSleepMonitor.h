#pragma once

#include "desktop/SleepMonitor.h"

// For platforms without a backend yet (and Linux without a system bus): reports nothing, so
// reconnecting after a suspend relies on backoff and NetworkMonitor.
class NullSleepMonitor : public SleepMonitor {
    Q_OBJECT

public:
    explicit NullSleepMonitor(QObject* parent = nullptr);

    QString backendName() const override;
};
