#include "TrayIconPainter.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

QColor TrayIconPainter::colorFor(State state)
{
    switch (state) {
    case State::Connected:
        return QColor(0x2e, 0x7d, 0x32); // green
    case State::Connecting:
        return QColor(0xf5, 0x7c, 0x00); // amber
    case State::Error:
        return QColor(0xc6, 0x28, 0x28); // red
    case State::DoNotDisturb:
        return QColor(0x60, 0x60, 0x70); // muted grey-blue
    case State::Offline:
        return QColor(0x90, 0x90, 0x90);
    }
    return Qt::gray;
}

QIcon TrayIconPainter::icon(State state, int unread)
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64})
        icon.addPixmap(pixmap(state, unread, size));
    return icon;
}

QPixmap TrayIconPainter::pixmap(State state, int unread, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box(0, 0, size, size);
    drawBell(painter, box.adjusted(size * 0.08, size * 0.06, -size * 0.08, -size * 0.06),
             colorFor(state));
    drawStateMark(painter, box, state);
    if (unread > 0)
        drawBadge(painter, box, unread);
    return pixmap;
}

void TrayIconPainter::drawBell(QPainter& painter, const QRectF& box, const QColor& color)
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
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawPath(bell);
    painter.drawEllipse(QPointF(box.left() + w * 0.5, box.top() + h * 0.88), w * 0.11, h * 0.11);
}

void TrayIconPainter::drawStateMark(QPainter& painter, const QRectF& box, State state)
{
    if (state != State::DoNotDisturb && state != State::Error)
        return;
    // A diagonal stroke says "silenced"; an error gets an exclamation-style dot instead.
    QPen pen(state == State::DoNotDisturb ? QColor(0x30, 0x30, 0x30) : Qt::white, box.width() * 0.1,
             Qt::SolidLine, Qt::RoundCap);
    painter.setPen(pen);
    if (state == State::DoNotDisturb) {
        painter.drawLine(QPointF(box.width() * 0.15, box.height() * 0.15),
                         QPointF(box.width() * 0.85, box.height() * 0.85));
    } else {
        painter.drawLine(QPointF(box.width() * 0.5, box.height() * 0.3),
                         QPointF(box.width() * 0.5, box.height() * 0.55));
    }
}

void TrayIconPainter::drawBadge(QPainter& painter, const QRectF& box, int unread)
{
    const QString text = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
    const qreal d = box.width() * (text.size() > 2 ? 0.62 : 0.52);
    const QRectF badge(box.right() - d, box.top(), d, d * 0.9);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xd3, 0x2f, 0x2f));
    painter.drawRoundedRect(badge, d * 0.45, d * 0.45);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(qMax(6, static_cast<int>(d * (text.size() > 2 ? 0.45 : 0.62))));
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, text);
}
