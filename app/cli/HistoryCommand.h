#pragma once

#include "cli/NotificationPrinter.h"
#include "storage/HistoryFilter.h"

#include <QObject>
#include <QStringList>

class HistoryStore;

// herald-cli history: the stored notifications, oldest first, in listen's formats. It reads
// the history a page at a time, so a large one streams in bounded memory. It runs without an
// event loop: start() returns the exit code. A read that fails midway (HistoryStore::error())
// ends it with the message and a non-zero exit code, never as if the history ended there.
class HistoryCommand : public QObject {
    Q_OBJECT

public:
    static constexpr int PageSize = 500;

    explicit HistoryCommand(QObject* parent = nullptr);

    int start(const QStringList& arguments);

private:
    bool openStore(HistoryStore* store, const QString& dir);
    void printFrom(const HistoryStore& store, qint64 afterRowId,
                   NotificationPrinter* printer) const;
    // The row id of the oldest of the `limit` newest rows (0 when there are none).
    qint64 oldestOfNewest(const HistoryStore& store, int limit) const;

    HistoryFilter m_filter;
    QString m_readError; // the first HistoryStore::error() while reading
};
