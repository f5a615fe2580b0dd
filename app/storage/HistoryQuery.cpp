#include "storage/HistoryQuery.h"

#include <QRegularExpression>

namespace {

// Search runs inside SQL either as a join that the FTS table drives (pages and counts) or as an
// IN list (updates, which cannot join).
const QString kFtsJoin = QStringLiteral("notifications_fts CROSS JOIN notifications"
                                        " ON notifications.id = notifications_fts.rowid");
const QString kFtsIn = QStringLiteral("notifications.id IN (SELECT rowid FROM notifications_fts"
                                      " WHERE notifications_fts MATCH ?)");

// FTS5's unicode61 tokenizer makes words of letters, numbers and private-use characters; a word
// without any is all separators to it and has to be matched with LIKE instead.
bool hasTokenCharacter(const QString& word)
{
    for (const char32_t c : word.toUcs4()) {
        if (QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Other_PrivateUse)
            return true;
    }
    return false;
}

// The user's word as an FTS5 string (quotes make every operator and symbol plain text) that
// matches words starting with it.
QString ftsTerm(QString word)
{
    return QLatin1Char('"') + word.replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1String("\"*");
}

QString likePattern(QString word)
{
    word.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + word + QLatin1Char('%');
}

} // namespace

HistoryQuery::HistoryQuery(const HistoryFilter& filter, bool fullTextSearch)
{
    if (!filter.channel.isEmpty()) {
        m_conditions << QStringLiteral("notifications.channel = ?");
        m_values << filter.channel;
    }
    if (!filter.source.isEmpty()) {
        m_conditions << QStringLiteral("notifications.source = ?");
        m_values << filter.source;
    }
    if (filter.unreadOnly)
        m_conditions << QStringLiteral("notifications.read = 0");
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    for (const QString& word : filter.search.split(whitespace, Qt::SkipEmptyParts))
        addSearchWord(word, fullTextSearch);
}

void HistoryQuery::addSearchWord(const QString& word, bool fullTextSearch)
{
    if (fullTextSearch && hasTokenCharacter(word)) {
        m_ftsTerms << ftsTerm(word);
        return;
    }
    m_conditions << QStringLiteral(
        "(notifications.title LIKE ? ESCAPE '\\' OR notifications.body LIKE ? ESCAPE '\\'"
        " OR notifications.full_body LIKE ? ESCAPE '\\'"
        " OR notifications.channel LIKE ? ESCAPE '\\')");
    const QString pattern = likePattern(word);
    m_values << pattern << pattern << pattern << pattern;
}

QString HistoryQuery::newestFirst(const QString& columns, const QString& idCondition) const
{
    return ordered(columns, idCondition, QStringLiteral("DESC"));
}

QString HistoryQuery::oldestFirst(const QString& columns, const QString& idCondition) const
{
    return ordered(columns, idCondition, QStringLiteral("ASC"));
}

// With a full-text match the FTS table drives the loop: it yields row ids in either order, so a
// LIMIT stops early instead of sorting every match (CROSS JOIN fixes that order).
QString HistoryQuery::ordered(const QString& columns, const QString& idCondition,
                              const QString& direction) const
{
    const QString conditions = m_conditions.join(QLatin1String(" AND "));
    if (m_ftsTerms.isEmpty()) {
        return QStringLiteral("SELECT %1 FROM notifications WHERE %2 AND notifications.id %3"
                              " ORDER BY notifications.id %4")
            .arg(columns, conditions, idCondition, direction);
    }
    return QStringLiteral("SELECT %1 FROM %2 WHERE notifications_fts MATCH ? AND %3"
                          " AND notifications_fts.rowid %4 ORDER BY notifications_fts.rowid %5")
        .arg(columns, kFtsJoin, conditions, idCondition, direction);
}

QString HistoryQuery::count() const
{
    const QString conditions = m_conditions.join(QLatin1String(" AND "));
    if (m_ftsTerms.isEmpty())
        return QStringLiteral("SELECT count(*) FROM notifications WHERE %1").arg(conditions);
    return QStringLiteral("SELECT count(*) FROM %1 WHERE notifications_fts MATCH ? AND %2")
        .arg(kFtsJoin, conditions);
}

QVariantList HistoryQuery::values(const QVariantList& more) const
{
    const QVariantList match =
        m_ftsTerms.isEmpty() ? QVariantList() : QVariantList{m_ftsTerms.join(QLatin1Char(' '))};
    return match + m_values + more;
}

QString HistoryQuery::markAllRead() const
{
    QString sql = QStringLiteral("UPDATE notifications SET read = 1 WHERE notifications.read = 0"
                                 " AND %1")
                      .arg(m_conditions.join(QLatin1String(" AND ")));
    if (!m_ftsTerms.isEmpty())
        sql += QLatin1String(" AND ") + kFtsIn;
    return sql;
}

QVariantList HistoryQuery::markAllReadValues() const
{
    if (m_ftsTerms.isEmpty())
        return m_values;
    return m_values + QVariantList{m_ftsTerms.join(QLatin1Char(' '))};
}
