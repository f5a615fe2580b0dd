#include "notifications/NotificationModel.h"

#include <QLocale>
#include <QScopedValueRollback>
#include <QVariantMap>
#include <algorithm>

namespace {

QString hostOf(const SafeUrl& link)
{
    const QUrl url = link.toUrl();
    if (url.scheme() == QLatin1String("mailto"))
        return url.path();
    return url.host();
}

QVariantList actionsOf(const Notification& n)
{
    QVariantList actions;
    actions.reserve(n.actions.size());
    for (const NotificationAction& action : n.actions) {
        actions.append(QVariantMap{{QStringLiteral("label"), action.label},
                                   {QStringLiteral("url"), action.url.toUrl()},
                                   {QStringLiteral("host"), hostOf(action.url)}});
    }
    return actions;
}

bool newerFirst(const Notification& a, const Notification& b)
{
    return a.rowId > b.rowId;
}

} // namespace

NotificationModel::NotificationModel(HistoryStore* store, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(m_store, &HistoryStore::inserted, this, &NotificationModel::onInserted);
    connect(m_store, &HistoryStore::changed, this, &NotificationModel::onChanged);
    loadFirstPage();
}

int NotificationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant NotificationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Notification& n = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return n.title;
    case Qt::ToolTipRole:
        return QLocale().toString((n.received.isValid() ? n.received : n.time).toLocalTime(),
                                  QLocale::LongFormat);
    case Qt::AccessibleTextRole:
        return spokenText(n, QDateTime::currentDateTime());
    case RowIdRole:
        return n.rowId;
    case BodyRole:
        return n.body;
    case FullBodyRole:
        return n.completeBody();
    case ChannelRole:
        return n.channel;
    case PatternRole:
        return n.pattern;
    case SourceRole:
        return n.source;
    case PriorityRole:
        return n.priority;
    case UrlRole:
        return n.url.toUrl();
    case UrlHostRole:
        return hostOf(n.url);
    case TimeRole:
        return n.time;
    case ReceivedRole:
        return n.received;
    case ReadRole:
        return n.read;
    case TagsRole:
        return n.tags;
    case ActionsRole:
        return actionsOf(n);
    case IconUrlRole:
        return n.iconUrl;
    case NotificationRole:
        return QVariant::fromValue(n);
    case KindRole:
        return static_cast<int>(n.kind);
    case IsGapRole:
        return n.isGap();
    default:
        return {};
    }
}

QHash<int, QByteArray> NotificationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{RowIdRole, "rowId"},
                  {TitleRole, "title"},
                  {BodyRole, "body"},
                  {FullBodyRole, "fullBody"},
                  {ChannelRole, "channel"},
                  {PatternRole, "pattern"},
                  {SourceRole, "source"},
                  {PriorityRole, "priority"},
                  {UrlRole, "url"},
                  {UrlHostRole, "urlHost"},
                  {TimeRole, "time"},
                  {ReceivedRole, "received"},
                  {ReadRole, "read"},
                  {TagsRole, "tags"},
                  {ActionsRole, "actions"},
                  {IconUrlRole, "iconUrl"},
                  {NotificationRole, "notification"},
                  {KindRole, "kind"},
                  {IsGapRole, "isGap"}});
    return names;
}

bool NotificationModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void NotificationModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<Notification> page = m_store->page(m_filter, m_cursor, PageSize);
    m_atEnd = page.size() < PageSize;
    if (page.isEmpty())
        return;
    m_cursor = page.last().rowId;
    insertRun(static_cast<int>(m_rows.size()), page);
    m_keptRows = std::max(m_keptRows, static_cast<int>(m_rows.size()));
}

void NotificationModel::setFilter(const HistoryFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void NotificationModel::reload()
{
    const QScopedValueRollback<bool> changing(m_changing, true);
    beginResetModel();
    loadFirstPage();
    endResetModel();
}

Notification NotificationModel::at(int row) const
{
    return m_rows.value(row);
}

int NotificationModel::rowOfId(qint64 rowId) const
{
    Notification key;
    key.rowId = rowId;
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), key, newerFirst);
    return it != m_rows.cend() && it->rowId == rowId ? static_cast<int>(it - m_rows.cbegin()) : -1;
}

int NotificationModel::totalCount() const
{
    if (m_total < 0)
        m_total = m_store->count(m_filter);
    return m_total;
}

QString NotificationModel::priorityWords(int priority)
{
    switch (priority) {
    case Notification::Min:
        return tr("lowest priority");
    case Notification::Low:
        return tr("low priority");
    case Notification::High:
        return tr("high priority");
    case Notification::Urgent:
        return tr("urgent");
    default:
        return tr("normal priority");
    }
}

QString NotificationModel::spokenText(const Notification& n, const QDateTime& now)
{
    const QString when = relativeTime(n.received, now);
    QStringList parts;
    if (n.isGap()) {
        //: Read aloud before a marker row's text: Herald's note that messages may be missing
        parts << tr("Marker") << n.title << n.body << when;
    } else {
        //: Read aloud for a notification in the list
        parts << (n.read ? tr("read") : tr("unread")) << priorityWords(n.priority) << n.title
              << n.body;
        if (!n.channel.isEmpty())
            //: Read aloud for a notification in the list; %1 is the channel's name
            parts << tr("channel %1").arg(n.channel);
        if (!n.url.isEmpty())
            //: Read aloud for a notification in the list; %1 is a web site's host name
            parts << tr("link to %1").arg(hostOf(n.url));
        parts << when;
    }
    parts.removeAll(QString());
    //: Between the parts of a list row read aloud (read state, priority, title, body, ...)
    return parts.join(tr(", "));
}

QString NotificationModel::relativeTime(const QDateTime& time, const QDateTime& now)
{
    if (!time.isValid() || !now.isValid())
        return {};
    const qint64 seconds = time.secsTo(now);
    const QDate day = time.toLocalTime().date();
    const QDate today = now.toLocalTime().date();
    // A publisher's clock a little ahead of ours is still "just now"; far ahead gets its date.
    if (seconds < 60 && seconds > -3600)
        //: When a notification arrived, shown in the list and read aloud
        return tr("just now");
    if (seconds >= 60 && seconds < 3600)
        //: When a notification arrived, in minutes; short, for the list
        return tr("%n min ago", nullptr, static_cast<int>(seconds / 60));
    if (seconds >= 3600 && day == today)
        //: When a notification arrived, in hours; short, for the list
        return tr("%n h ago", nullptr, static_cast<int>(seconds / 3600));
    if (seconds > 0 && day == today.addDays(-1))
        //: When a notification arrived
        return tr("yesterday");
    return QLocale().toString(day, QLocale::ShortFormat);
}

void NotificationModel::loadFirstPage()
{
    m_rows = m_store->page(m_filter, 0, PageSize);
    m_atEnd = m_rows.size() < PageSize;
    m_cursor = m_rows.isEmpty() ? 0 : m_rows.last().rowId;
    m_total = -1;
    m_keptRows = MinKeptRows;
}

void NotificationModel::onInserted(const QList<Notification>& notifications)
{
    QList<Notification> rows = matchingInserted(notifications);
    if (rows.isEmpty())
        return;
    if (m_total >= 0)
        m_total += static_cast<int>(rows.size());
    // Rows that would be let go at once are never inserted (they are newest first).
    const bool cut = rows.size() > m_keptRows;
    if (cut)
        rows.resize(m_keptRows);
    insertRun(0, rows);
    trimTo(m_keptRows, cut);
}

// Lets go of the rows below the first `rows` (`alreadyCut`: rows older than the last one were
// never inserted); the next fetchMore() reads on from the last one kept.
void NotificationModel::trimTo(int rows, bool alreadyCut)
{
    if (m_rows.size() > rows && rows > 0)
        removeRun(rows, static_cast<int>(m_rows.size()) - rows);
    else if (!alreadyCut)
        return;
    m_cursor = m_rows.last().rowId;
    m_atEnd = false;
}

// The inserted notifications that pass the filter, newest first, that are newer than the top row.
// A filter is only ever evaluated in SQL (search must mean the same here as in the list), so a
// non-empty one asks the store for the matching rows among the new row ids.
QList<Notification>
NotificationModel::matchingInserted(const QList<Notification>& notifications) const
{
    if (notifications.isEmpty())
        return {};
    QList<Notification> rows = notifications;
    std::sort(rows.begin(), rows.end(), newerFirst);
    if (!m_filter.isEmpty()) {
        const qint64 oldest = rows.last().rowId;
        rows = m_store->page(m_filter, rows.first().rowId + 1, static_cast<int>(rows.size()));
        rows.erase(std::remove_if(rows.begin(), rows.end(),
                                  [oldest](const Notification& n) { return n.rowId < oldest; }),
                   rows.end());
    }
    const qint64 top = m_rows.isEmpty() ? 0 : m_rows.first().rowId;
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [top](const Notification& n) { return n.rowId <= top; }),
               rows.end());
    return rows;
}

// Reads the row ids and read state of the span this model has loaded (everything matching once
// it has read to the end, else down to the oldest row it has read) and applies the difference.
// A row can come back into that span (marked unread again under an unread-only filter), so the
// span is read from SQL rather than patched from what is loaded.
void NotificationModel::onChanged()
{
    m_total = -1;
    if (m_rows.isEmpty() && !m_atEnd)
        return; // nothing loaded yet: the next fetch reads the store as it is
    merge(m_store->rowStates(m_filter, m_atEnd ? 0 : m_cursor));
}

// Applies the difference between the loaded rows and `states` (both newest first) as runs of
// removed rows, inserted rows and changed read state.
void NotificationModel::merge(const QList<HistoryStore::RowState>& states)
{
    // No page may arrive between the runs below: they index into m_rows as it was read.
    const QScopedValueRollback<bool> changing(m_changing, true);
    int row = 0;
    qsizetype next = 0;
    const auto rowIdAt = [this](int r) { return m_rows.at(r).rowId; };
    while (row < m_rows.size() || next < states.size()) {
        if (next == states.size() ||
            (row < m_rows.size() && rowIdAt(row) > states.at(next).rowId)) {
            int end = row;
            while (end < m_rows.size() &&
                   (next == states.size() || rowIdAt(end) > states.at(next).rowId))
                ++end;
            removeRun(row, end - row);
        } else if (row == m_rows.size() || states.at(next).rowId > rowIdAt(row)) {
            qsizetype end = next;
            while (end < states.size() &&
                   (row == m_rows.size() || states.at(end).rowId > rowIdAt(row)))
                ++end;
            const QList<Notification> rows = fetchRows(states.mid(next, end - next));
            if (!rows.isEmpty())
                insertRun(row, rows);
            row += static_cast<int>(rows.size());
            next = end;
        } else {
            if (m_rows.at(row).read != states.at(next).read) {
                m_rows[row].read = states.at(next).read;
                const QModelIndex changed = index(row);
                emit dataChanged(changed, changed, {ReadRole, NotificationRole});
            }
            ++row;
            ++next;
        }
    }
}

// The whole rows for rows that came back into the loaded span; rare, so one at a time.
QList<Notification> NotificationModel::fetchRows(const QList<HistoryStore::RowState>& states) const
{
    QList<Notification> rows;
    for (const HistoryStore::RowState& state : states) {
        if (const std::optional<Notification> n = m_store->byRowId(state.rowId))
            rows.append(*n);
    }
    return rows;
}

void NotificationModel::removeRun(int row, int count)
{
    const QScopedValueRollback<bool> changing(m_changing, true);
    beginRemoveRows({}, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
}

void NotificationModel::insertRun(int row, const QList<Notification>& rows)
{
    const QScopedValueRollback<bool> changing(m_changing, true);
    beginInsertRows({}, row, row + static_cast<int>(rows.size()) - 1);
    m_rows.insert(row, rows.size(), Notification());
    std::copy(rows.cbegin(), rows.cend(), m_rows.begin() + row);
    endInsertRows();
}
