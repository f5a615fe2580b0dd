#include "SourceStatus.h"

#include <QCoreApplication>

bool SourceStatus::isPermanent() const
{
    switch (cause) {
    case Cause::Authentication:
    case Cause::Permission:
    case Cause::Tls:
    case Cause::Protocol:
        return true;
    case Cause::None:
    case Cause::Unreachable:
    case Cause::TooLarge:
        return false;
    }
    return false;
}

QString SourceStatus::stateName() const
{
    switch (state) {
    case State::Idle:
        return QCoreApplication::translate("SourceStatus", "idle");
    case State::Connecting:
        return QCoreApplication::translate("SourceStatus", "connecting");
    case State::Connected:
        return QCoreApplication::translate("SourceStatus", "connected");
    case State::Reconnecting:
        return QCoreApplication::translate("SourceStatus", "reconnecting");
    case State::Error:
        return QCoreApplication::translate("SourceStatus", "error");
    }
    return {};
}

QString SourceStatus::describe() const
{
    QString line = stateName();
    if (retryInMs >= 0 && (state == State::Reconnecting || state == State::Error)) {
        const int seconds = (retryInMs + 999) / 1000;
        line +=
            QCoreApplication::translate("SourceStatus", " (retrying in %n s)", nullptr, seconds);
    }
    if (!reason.isEmpty())
        line += QStringLiteral(": ") + reason;
    return line;
}
