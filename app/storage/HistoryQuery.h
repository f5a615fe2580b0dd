#pragma once

#include "storage/HistoryFilter.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

// A HistoryFilter as SQL over the notifications table: plain conditions with their bound values,
// and the search words the FTS5 index answers (as one match expression). Search words are escaped
// here: quoted for FTS5, with LIKE's wildcards escaped for the fallback.
class HistoryQuery {
public:
    // With `fullTextSearch` off every search word becomes a LIKE condition.
    HistoryQuery(const HistoryFilter& filter, bool fullTextSearch);

    // SELECT `columns` of the matching rows whose row id passes `idCondition` ("< ?"), newest
    // first. Bind values(): the id condition's value (and anything appended) goes in `more`.
    QString newestFirst(const QString& columns, const QString& idCondition) const;
    // The same, oldest first (ascending row id): for exporting the whole history in pages.
    QString oldestFirst(const QString& columns, const QString& idCondition) const;
    // SELECT count(*) of the matching rows. Bind values().
    QString count() const;
    // The values for newestFirst() and count(): the match, the filter's, then `more`.
    QVariantList values(const QVariantList& more = {}) const;

    // UPDATE that marks the matching unread rows read. Bind markAllReadValues().
    QString markAllRead() const;
    QVariantList markAllReadValues() const;

private:
    void addSearchWord(const QString& word, bool fullTextSearch);
    QString ordered(const QString& columns, const QString& idCondition,
                    const QString& direction) const;

    QStringList m_conditions = {QStringLiteral("1")}; // joined with AND
    QVariantList m_values;                            // bound to the conditions, in order
    QStringList m_ftsTerms;                           // all must match; none: no FTS5 match
};
