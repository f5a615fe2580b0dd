#include "NotificationDelegate.h"

#include "PaletteColors.h"
#include "UrlOpener.h"
#include "notifications/NotificationModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <algorithm>

namespace {
constexpr int Margin = 8;
constexpr int StripWidth = 4;
} // namespace

NotificationDelegate::NotificationDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QColor NotificationDelegate::priorityColor(int priority)
{
    switch (priority) {
    case 1:
        return QColor(0x9e, 0x9e, 0x9e);
    case 2:
        return QColor(0x78, 0x90, 0x9c);
    case 4:
        return QColor(0xef, 0x6c, 0x00);
    case 5:
        return QColor(0xd3, 0x2f, 0x2f);
    default:
        return QColor(0x19, 0x76, 0xd2);
    }
}

QColor NotificationDelegate::gapColor(const QPalette& palette)
{
    // Amber: a warning, not an error. A lighter one on a dark background, where the light
    // theme's would hardly read.
    return PaletteColors::isDark(palette) ? QColor(0xff, 0xb7, 0x4d) : QColor(0xe6, 0x51, 0x00);
}

QSize NotificationDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics metrics(option.font);
    const int lines = 1 + BodyLines + 1; // title, body, footer (channel, time, link)
    return {option.rect.width(), Margin * 2 + lines * metrics.lineSpacing() + 4};
}

void NotificationDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the background and selection come from the style, the texts from us
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (index.data(NotificationModel::IsGapRole).toBool()) {
        paintGap(painter, option, index);
        return;
    }

    painter->save();
    const int priority = index.data(NotificationModel::PriorityRole).toInt();
    painter->fillRect(
        QRect(option.rect.left(), option.rect.top() + 2, StripWidth, option.rect.height() - 4),
        priorityColor(priority));
    const QRect area = option.rect.adjusted(StripWidth + Margin, Margin, -Margin, -Margin);
    paintTexts(painter, option, index, area);
    painter->setPen(option.palette.color(QPalette::Midlight));
    painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());
    painter->restore();
}

void NotificationDelegate::paintGap(QPainter* painter, const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const
{
    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    QColor dim = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    dim.setAlphaF(0.65f);
    const QFontMetrics metrics(option.font);
    const int line = metrics.lineSpacing();
    const QRect full = option.rect.adjusted(Margin, Margin, -Margin, -Margin);
    const QString body = elideLines(index.data(NotificationModel::BodyRole).toString(), metrics,
                                    full.width(), BodyLines);
    // Rows are all as tall (uniform sizes): centre the marker's lines in its row.
    const int lines = 1 + (body.isEmpty() ? 0 : int(body.count(QLatin1Char('\n'))) + 1);
    const QRect area(full.left(), full.top() + (full.height() - lines * line) / 2, full.width(),
                     lines * line);

    // First line: ---- (!) title · when ----, centred on a dashed rule.
    const QString when = NotificationModel::relativeTime(
        index.data(NotificationModel::ReceivedRole).toDateTime(), QDateTime::currentDateTime());
    QString caption = index.data(NotificationModel::TitleRole).toString();
    if (!when.isEmpty())
        caption += QStringLiteral("  ·  ") + when;
    const int iconSize = metrics.height();
    const int maxText = std::max(0, area.width() - iconSize - 4 * Margin);
    caption = metrics.elidedText(caption, Qt::ElideRight, maxText);
    const int blockWidth = iconSize + Margin / 2 + metrics.horizontalAdvance(caption);
    const int left = area.left() + (area.width() - blockWidth) / 2;
    const int middle = area.top() + line / 2;
    const QColor marker = gapColor(option.palette);
    QPen rule(marker, 1, Qt::DashLine);
    painter->setPen(rule);
    painter->drawLine(area.left(), middle, left - Margin, middle);
    painter->drawLine(left + blockWidth + Margin, middle, area.right(), middle);
    paintWarningSign(painter, QRect(left, middle - iconSize / 2, iconSize, iconSize),
                     option.palette);
    painter->setFont(option.font); // never bold: a marker is never unread
    painter->setPen(selected ? dim : marker);
    painter->drawText(QRect(left + iconSize + Margin / 2, area.top(), blockWidth, line),
                      Qt::AlignLeft | Qt::AlignVCenter, caption);

    // Below it, what the marker says, centred and dimmed.
    painter->setPen(dim);
    painter->drawText(QRect(area.left(), area.top() + line, area.width(), line * BodyLines),
                      Qt::AlignHCenter | Qt::AlignTop, body);
    painter->setPen(option.palette.color(QPalette::Midlight));
    painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());
    painter->restore();
}

void NotificationDelegate::paintWarningSign(QPainter* painter, const QRect& box,
                                            const QPalette& palette)
{
    // Drawn rather than taken from the icon theme, so it is the warning colour everywhere.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath triangle;
    triangle.moveTo(box.left() + box.width() / 2.0, box.top());
    triangle.lineTo(box.right(), box.bottom());
    triangle.lineTo(box.left(), box.bottom());
    triangle.closeSubpath();
    painter->fillPath(triangle, gapColor(palette));
    QFont bold = painter->font();
    bold.setBold(true);
    bold.setPixelSize(std::max(6, box.height() * 2 / 3));
    painter->setFont(bold);
    painter->setPen(PaletteColors::isDark(palette) ? Qt::black : Qt::white);
    painter->drawText(box.adjusted(0, box.height() / 4, 0, 0), Qt::AlignCenter,
                      QStringLiteral("!"));
    painter->restore();
}

void NotificationDelegate::paintTexts(QPainter* painter, const QStyleOptionViewItem& option,
                                      const QModelIndex& index, const QRect& area) const
{
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QColor text = option.palette.color(textRole);
    QColor dim = text;
    dim.setAlphaF(0.65f);

    QFont titleFont = option.font;
    titleFont.setBold(!index.data(NotificationModel::ReadRole).toBool());
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics metrics(option.font);
    const int line = metrics.lineSpacing();

    const QString when = NotificationModel::relativeTime(
        index.data(NotificationModel::ReceivedRole).toDateTime(), QDateTime::currentDateTime());
    const int whenWidth = metrics.horizontalAdvance(when) + Margin;
    painter->setFont(option.font);
    painter->setPen(dim);
    painter->drawText(QRect(area.right() - whenWidth, area.top(), whenWidth, line),
                      Qt::AlignRight | Qt::AlignVCenter, when);

    painter->setFont(titleFont);
    painter->setPen(text);
    const QString title = index.data(NotificationModel::TitleRole).toString();
    painter->drawText(QRect(area.left(), area.top(), area.width() - whenWidth, line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(title, Qt::ElideRight, area.width() - whenWidth));

    painter->setFont(option.font);
    const QString body = index.data(NotificationModel::BodyRole).toString();
    painter->drawText(QRect(area.left(), area.top() + line, area.width(), line * BodyLines),
                      Qt::AlignLeft | Qt::AlignTop,
                      elideLines(body, metrics, area.width(), BodyLines));

    // The connection too: with several, the same channel name may come from different places.
    QString footer = index.data(NotificationModel::ChannelRole).toString();
    const QString source = index.data(NotificationModel::SourceRole).toString();
    if (!source.isEmpty())
        footer += QStringLiteral("  ·  ") + source;
    const QUrl url = index.data(NotificationModel::UrlRole).toUrl();
    if (!url.isEmpty())
        //: In a list row, after the channel; %1 is the host a click on the row opens
        footer += QStringLiteral("  ·  ") + tr("link to %1").arg(UrlOpener::shownTarget(url));
    painter->setPen(dim);
    painter->drawText(QRect(area.left(), area.top() + line * (1 + BodyLines), area.width(), line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(footer, Qt::ElideRight, area.width()));
}

QString NotificationDelegate::elideLines(const QString& text, const QFontMetrics& metrics,
                                         int width, int lines)
{
    // Lay the text out as it would wrap, keep `lines` lines and elide the last one.
    QString flat = text;
    flat.replace(QLatin1Char('\t'), QLatin1Char(' '));
    flat.replace(QLatin1Char('\n'), QChar::LineSeparator); // QTextLayout breaks only on this
    QTextLayout layout(flat);
    layout.beginLayout();
    QStringList kept;
    for (int i = 0; i < lines; ++i) {
        QTextLine textLine = layout.createLine();
        if (!textLine.isValid())
            break;
        textLine.setLineWidth(width);
        QString part = flat.mid(textLine.textStart(), textLine.textLength());
        const bool last = i == lines - 1;
        const bool more = textLine.textStart() + textLine.textLength() < flat.size();
        if (last && more)
            part = metrics.elidedText(flat.mid(textLine.textStart()).simplified(), Qt::ElideRight,
                                      width);
        kept << part.trimmed();
    }
    layout.endLayout();
    return kept.join(QLatin1Char('\n'));
}
