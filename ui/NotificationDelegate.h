#pragma once

#include <QStyledItemDelegate>

// Draws one notification in the list: a priority strip, the title (bold while unread), channel
// and relative time, up to two lines of body, and the link's host. Everything is drawn as plain
// text: publishers control these strings, so nothing in them is ever interpreted as markup.
class NotificationDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit NotificationDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    static QColor priorityColor(int priority);
    static constexpr int BodyLines = 2;

private:
    void paintTexts(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index,
                    const QRect& area) const;
    static QString elideLines(const QString& text, const QFontMetrics& metrics, int width,
                              int lines);
};
