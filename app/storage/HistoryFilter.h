#pragma once

#include <QString>

// What the list shows: every filter runs in SQL, never over a copy in memory.
struct HistoryFilter {
    QString search;  // words matched against title, body and channel, case-insensitive
    QString channel; // exact channel; empty means all
    QString source;  // exact connection name; empty means all
    bool unreadOnly = false;

    bool isEmpty() const
    {
        return search.isEmpty() && channel.isEmpty() && source.isEmpty() && !unreadOnly;
    }
    friend bool operator==(const HistoryFilter&, const HistoryFilter&) = default;
};
