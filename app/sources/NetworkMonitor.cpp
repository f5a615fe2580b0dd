#include "NetworkMonitor.h"

#include <QNetworkInformation>

NetworkMonitor::NetworkMonitor(QObject* parent)
    : QObject(parent)
{
    m_available =
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    if (!m_available)
        return;
    QNetworkInformation* info = QNetworkInformation::instance();
    m_wasOffline = info->reachability() == QNetworkInformation::Reachability::Disconnected;
    connect(info, &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                const bool offline =
                    reachability == QNetworkInformation::Reachability::Disconnected;
                if (m_wasOffline && !offline)
                    emit online();
                m_wasOffline = offline;
            });
}
