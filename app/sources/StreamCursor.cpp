#include "sources/StreamCursor.h"

#include <QHash>
#include <utility>

namespace {

// "<ms>-<seq>" as two numbers; {false, ...} when malformed.
std::pair<bool, std::pair<quint64, quint64>> parts(const QString& id)
{
    const qsizetype dash = id.indexOf(QLatin1Char('-'));
    bool okMs = false;
    bool okSeq = false;
    const quint64 ms = id.left(dash < 0 ? id.size() : dash).toULongLong(&okMs);
    const quint64 seq = dash < 0 ? 0 : id.mid(dash + 1).toULongLong(&okSeq);
    return {okMs && (dash < 0 || okSeq), {ms, seq}};
}

} // namespace

int StreamCursor::compareIds(const QString& a, const QString& b)
{
    const auto [validA, idA] = parts(a);
    const auto [validB, idB] = parts(b);
    if (validA != validB)
        return validA ? 1 : -1;
    if (idA == idB)
        return 0;
    return idA < idB ? -1 : 1;
}

QList<StreamCursor> StreamCursor::collect(const QList<Notification>& notifications)
{
    QList<StreamCursor> cursors;
    QHash<QString, qsizetype> index; // "source\nkey" -> position in `cursors`
    for (const Notification& n : notifications) {
        if (n.streamKey.isEmpty() || n.streamId.isEmpty())
            continue;
        const QString key = n.source + QLatin1Char('\n') + n.streamKey;
        const auto it = index.constFind(key);
        if (it == index.constEnd()) {
            index.insert(key, cursors.size());
            cursors.append({n.source, n.streamKey, n.streamId});
        } else if (compareIds(n.streamId, cursors[*it].lastId) > 0) {
            cursors[*it].lastId = n.streamId;
        }
    }
    return cursors;
}
