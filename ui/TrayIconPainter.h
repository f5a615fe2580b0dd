#pragma once

#include <QColor>
#include <QIcon>

// Draws the tray icon for each state: a bell, tinted by state, with the unread count on a badge.
// Drawn rather than loaded so the count can be any number and the icon stays sharp at every
// size a panel asks for.
class TrayIconPainter {
public:
    enum class State { Connected, Connecting, Error, DoNotDisturb, Offline };

    static QIcon icon(State state, int unread);
    static QPixmap pixmap(State state, int unread, int size);
    static QColor colorFor(State state);

private:
    static void drawBell(class QPainter& painter, const QRectF& box, const QColor& color);
    static void drawBadge(QPainter& painter, const QRectF& box, int unread);
    static void drawStateMark(QPainter& painter, const QRectF& box, State state);
};
