#include "TrayIconPainter.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>
#include <QStyleHints>

namespace {
const QColor LightGlyph(0xf5, 0xf5, 0xf5);
const QColor DarkGlyph(0x23, 0x26, 0x29);
const QColor BadgeColor(0xd3, 0x2f, 0x2f);

// The rim around the glyph: the opposite tone, translucent.
QColor rimColor(const QColor& glyph)
{
    return glyph.lightnessF() > 0.5f ? QColor(0, 0, 0, 150) : QColor(255, 255, 255, 170);
}
} // namespace

QList<int> TrayIconPainter::sizes()
{
    return {16, 22, 24, 32, 48, 64};
}

QColor TrayIconPainter::glyphColor(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5f ? LightGlyph : DarkGlyph;
}

QColor TrayIconPainter::glyphColor()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    switch (QGuiApplication::styleHints()->colorScheme()) {
    case Qt::ColorScheme::Dark:
        return LightGlyph;
    case Qt::ColorScheme::Light:
        return DarkGlyph;
    case Qt::ColorScheme::Unknown:
        break;
    }
#endif
    return glyphColor(QGuiApplication::palette());
}

QColor TrayIconPainter::markColor(State state)
{
    switch (state) {
    case State::Connecting:
        return QColor(0xe6, 0x51, 0x00); // deep amber: white dots stay readable on it
    case State::Error:
        return QColor(0xc6, 0x28, 0x28); // red
    case State::Connected:
    case State::DoNotDisturb:
    case State::Offline:
        break;
    }
    return {};
}

QIcon TrayIconPainter::icon(State state, int unread)
{
    return icon(state, unread, glyphColor());
}

QIcon TrayIconPainter::icon(State state, int unread, const QColor& glyph)
{
    QIcon icon;
    for (const int size : sizes()) {
        icon.addPixmap(pixmap(state, unread, size, glyph, 1.0));
        icon.addPixmap(pixmap(state, unread, size, glyph, 2.0));
    }
    return icon;
}

QPixmap TrayIconPainter::pixmap(State state, int unread, int size)
{
    return pixmap(state, unread, size, glyphColor());
}

QPixmap TrayIconPainter::pixmap(State state, int unread, int size, const QColor& glyph,
                                qreal devicePixelRatio)
{
    const int pixels = qRound(size * devicePixelRatio);
    QPixmap pixmap(pixels, pixels);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box(0, 0, size, size);
    const QRectF bellBox = box.adjusted(size * 0.08, size * 0.06, -size * 0.08, -size * 0.06);
    const bool outlined = state == State::Offline;
    // A thin rim in the opposite tone keeps the glyph readable where the panel is not what the
    // palette suggests (GNOME's dark top bar above light applications, Windows 10's dark taskbar).
    const qreal rim = qMax(0.75, size * 0.05);
    drawBell(painter, bellBox, rimColor(glyph), outlined, rim);
    drawBell(painter, bellBox, glyph, outlined, 0);
    if (state == State::DoNotDisturb)
        drawSlash(painter, box, glyph, rim);
    drawStateMark(painter, box, state);
    if (unread > 0)
        drawBadge(painter, box, unread);
    return pixmap;
}

void TrayIconPainter::drawBell(QPainter& painter, const QRectF& box, const QColor& color,
                               bool outlined, qreal grow)
{
    const qreal w = box.width();
    const qreal h = box.height();
    QPainterPath bell;
    bell.moveTo(box.left() + w * 0.5, box.top() + h * 0.08);
    bell.cubicTo(box.left() + w * 0.82, box.top() + h * 0.08, box.left() + w * 0.82,
                 box.top() + h * 0.45, box.left() + w * 0.85, box.top() + h * 0.62);
    bell.lineTo(box.left() + w * 0.98, box.top() + h * 0.8);
    bell.lineTo(box.left() + w * 0.02, box.top() + h * 0.8);
    bell.lineTo(box.left() + w * 0.15, box.top() + h * 0.62);
    bell.cubicTo(box.left() + w * 0.18, box.top() + h * 0.45, box.left() + w * 0.18,
                 box.top() + h * 0.08, box.left() + w * 0.5, box.top() + h * 0.08);
    // An outline at least a pixel wide, so it survives at 16 px; `grow` widens every edge.
    const qreal outline = outlined ? qMax(1.0, w * 0.09) : 0.0;
    const auto pen = [&](qreal width) {
        return width > 0 ? QPen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin)
                         : QPen(Qt::NoPen);
    };
    painter.setPen(pen(outline + 2 * grow));
    painter.setBrush(outlined ? QBrush(Qt::NoBrush) : QBrush(color));
    painter.drawPath(bell);
    painter.setPen(pen(2 * grow));
    painter.setBrush(color);
    painter.drawEllipse(QPointF(box.left() + w * 0.5, box.top() + h * 0.9), w * 0.11, h * 0.1);
}

void TrayIconPainter::drawSlash(QPainter& painter, const QRectF& box, const QColor& color,
                                qreal rim)
{
    // "Silenced": a stroke through the bell with a transparent gap along it, as on a "bell off"
    // symbol, so it reads on the filled bell in the same colour.
    const QPointF from(box.width() * 0.12, box.height() * 0.12);
    const QPointF to(box.width() * 0.88, box.height() * 0.88);
    painter.save();
    painter.setCompositionMode(QPainter::CompositionMode_Clear);
    painter.setPen(QPen(Qt::black, box.width() * 0.22, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(from, to);
    painter.restore();
    painter.setPen(
        QPen(rimColor(color), box.width() * 0.09 + 2 * rim, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(from, to);
    painter.setPen(QPen(color, box.width() * 0.09, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(from, to);
}

void TrayIconPainter::clearAround(QPainter& painter, const QPainterPath& area)
{
    painter.save();
    painter.setCompositionMode(QPainter::CompositionMode_Clear);
    painter.fillPath(area, Qt::black);
    painter.restore();
}

void TrayIconPainter::drawStateMark(QPainter& painter, const QRectF& box, State state)
{
    if (state != State::Connecting && state != State::Error)
        return;
    const qreal d = box.width() * 0.5;
    const QRectF mark(box.right() - d, box.bottom() - d, d, d);
    const qreal gap = box.width() * 0.06;
    QPainterPath around;
    around.addEllipse(mark.adjusted(-gap, -gap, gap, gap));
    clearAround(painter, around);
    painter.setPen(Qt::NoPen);
    painter.setBrush(markColor(state));
    painter.drawEllipse(mark);
    painter.setBrush(Qt::white);
    const QPointF c = mark.center();
    if (state == State::Connecting) {
        // "..." : still trying.
        const qreal r = d * 0.1;
        for (const qreal dx : {-0.26, 0.0, 0.26})
            painter.drawEllipse(QPointF(c.x() + d * dx, c.y()), r, r);
    } else {
        // "!" : something is wrong.
        painter.drawRoundedRect(QRectF(c.x() - d * 0.08, c.y() - d * 0.32, d * 0.16, d * 0.4),
                                d * 0.08, d * 0.08);
        painter.drawEllipse(QPointF(c.x(), c.y() + d * 0.24), d * 0.09, d * 0.09);
    }
}

void TrayIconPainter::drawBadge(QPainter& painter, const QRectF& box, int unread)
{
    const QString text = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
    const qreal d = box.width() * (text.size() > 2 ? 0.62 : 0.52);
    const QRectF badge(box.right() - d, box.top(), d, d * 0.9);
    const qreal gap = box.width() * 0.05;
    QPainterPath around;
    around.addRoundedRect(badge.adjusted(-gap, -gap, gap, gap), d * 0.45 + gap, d * 0.45 + gap);
    clearAround(painter, around);
    painter.setPen(Qt::NoPen);
    painter.setBrush(BadgeColor);
    painter.drawRoundedRect(badge, d * 0.45, d * 0.45);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(qMax(6, static_cast<int>(d * (text.size() > 2 ? 0.45 : 0.62))));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, text);
}
