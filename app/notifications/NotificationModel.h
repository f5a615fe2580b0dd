#pragma once

#include "notifications/Notification.h"
#include "storage/HistoryFilter.h"
#include "storage/HistoryStore.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QString>

// The notification list: a window onto HistoryStore, newest first, for the list window and
// anything else that shows the history. QtCore only, so it is tested without a display.
//
// - It loads lazily: construction and setFilter() read one page; views ask for more through
//   canFetchMore()/fetchMore(), one keyset page (PageSize rows) at a time, so 100,000 stored
//   notifications cost one page until someone scrolls.
// - Notifications the store inserts that match the filter appear at the top (rowsInserted at
//   row 0) without a reload; whether they match is decided in SQL, like the filter itself.
// - Memory stays bounded through any burst: after new rows arrive at the top, rows beyond
//   MinKeptRows (or beyond as many as scrolling has loaded, when that is more) are let go from
//   the bottom, and canFetchMore() reads them again when someone scrolls down to them.
// - When the store reports changed() (read state, deletions, retention), the row ids and read
//   state of the span already loaded are read again and the differences applied as dataChanged /
//   rowsRemoved / rowsInserted, so selection and scroll position survive.
// - canFetchMore() is false, and fetchMore() does nothing, while the model is announcing a change.
// - The store must outlive the model, and be opened before the model is built (or reload() called
//   after opening it).
class NotificationModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        RowIdRole = Qt::UserRole + 1, // qint64
        TitleRole,                    // QString (also Qt::DisplayRole)
        BodyRole,                     // QString: the body as capped on receipt
        FullBodyRole,                 // QString: the whole body, also when the shown one was cut
        ChannelRole,                  // QString
        PatternRole,                  // QString: the PSUBSCRIBE pattern, empty for SUBSCRIBE
        SourceRole,                   // QString: the connection it came through
        PriorityRole,                 // int, 1..5 (Notification::Priority)
        UrlRole,                      // QUrl: click target, may be empty
        UrlHostRole,                  // QString: the URL's host, or the address of a mailto URL
        TimeRole,                     // QDateTime (UTC): when the publisher says it happened
        ReceivedRole,                 // QDateTime (UTC): when Herald received it
        ReadRole,                     // bool
        TagsRole,                     // QStringList
        ActionsRole,                  // QVariantList of QVariantMap{label: QString, url: QUrl,
                                      //                             host: QString}
        IconUrlRole,                  // QUrl
        NotificationRole,             // QVariant holding the whole Notification
        KindRole,                     // int: Notification::Kind (a message or a gap marker)
        IsGapRole,                    // bool: a gap marker, drawn as a marker row
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 200;
    // Rows kept loaded when new ones push the list down: five pages, far more than a window
    // shows, so a 100,000-message burst costs a thousand rows, not a hundred thousand.
    static constexpr int MinKeptRows = 5 * PageSize;

    explicit NotificationModel(HistoryStore* store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    // Qt::DisplayRole is the title; Qt::ToolTipRole the exact local date and time it was
    // received; Qt::AccessibleTextRole what a screen reader says for the row (read state,
    // priority, title, body, channel, link, when; for a gap marker, its text).
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    HistoryFilter filter() const { return m_filter; }
    // Shows what matches `filter` (a model reset), unless it is the filter already shown.
    void setFilter(const HistoryFilter& filter);
    // Reads the first page again (a model reset), e.g. after the store was reopened.
    void reload();

    Notification at(int row) const;  // a default Notification for a row out of range
    int rowOfId(qint64 rowId) const; // -1 when that row is not loaded (or not shown)
    int totalCount() const;          // rows matching the filter, loaded or not (from SQL)

    // "just now", "2 min ago", "3 h ago", "yesterday", then the local date.
    static QString relativeTime(const QDateTime& time, const QDateTime& now);
    // "urgent", "high priority", ...: a priority in words, for screen readers.
    static QString priorityWords(int priority);
    // The row's Qt::AccessibleTextRole.
    static QString spokenText(const Notification& notification, const QDateTime& now);

private:
    void loadFirstPage();
    void onInserted(const QList<Notification>& notifications);
    void onChanged();
    QList<Notification> matchingInserted(const QList<Notification>& notifications) const;
    void merge(const QList<HistoryStore::RowState>& states);
    QList<Notification> fetchRows(const QList<HistoryStore::RowState>& states) const;
    void removeRun(int row, int count);
    void insertRun(int row, const QList<Notification>& rows);
    void trimTo(int rows, bool alreadyCut);

    HistoryStore* m_store;
    HistoryFilter m_filter;
    QList<Notification> m_rows;   // newest first, like the store's pages
    qint64 m_cursor = 0;          // the oldest row id read so far: the next page starts below it
    bool m_atEnd = false;         // every matching row older than m_cursor has been read
    int m_keptRows = MinKeptRows; // grows to what scrolling has loaded, so it is not taken away
    mutable int m_total = -1;     // totalCount() cached; -1 until asked or after a change
    // Set from begin...() until end...() has returned. Code connected to the model's signals
    // (views, QAbstractItemModelTester) may call fetchMore() from inside them; a page inserted
    // in the middle of another change would corrupt both, so it waits for the next call.
    bool m_changing = false;
};
