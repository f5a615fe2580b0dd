#pragma once

#include <QStyledItemDelegate>

// Draws one notification in the list: a priority strip, the title (bold while unread), channel
// and relative time, up to two lines of body, and the link's host. Everything is drawn as plain
// text: publishers control these strings, so nothing in them is ever interpreted as markup.
//
// A gap marker (Herald's own note that messages may have been missed) is drawn as a marker row
// of the same height: a dashed rule with a warning sign and the marker's title, its text below;
// no priority strip and never bold, since it is neither a message nor ever unread.
class NotificationDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit NotificationDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    static QColor priorityColor(int priority);
    // The colour of a gap marker's rule, sign and title on `palette`'s background.
    static QColor gapColor(const QPalette& palette);
    static constexpr int BodyLines = 2;

private:
    void paintGap(QPainter* painter, const QStyleOptionViewItem& option,
                  const QModelIndex& index) const;
    static void paintWarningSign(QPainter* painter, const QRect& box, const QPalette& palette);
    void paintTexts(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index,
                    const QRect& area) const;
    static QString elideLines(const QString& text, const QFontMetrics& metrics, int width,
                              int lines);
};
