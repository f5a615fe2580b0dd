#pragma once

#include <QColor>
#include <QIcon>
#include <QList>

class QPainter;
class QPainterPath;
class QPalette;

// Draws the tray icon: a monochrome bell in a colour that stands out on the panel (light on dark
// panels, dark on light ones, with a thin rim of the other tone for panels that differ from the
// palette), the state as a shape, and the unread count on a badge. The state
// never rests on colour alone: connected is a filled bell, offline or paused an outlined one, do
// not disturb a struck-through one, connecting and error a round mark in the lower right corner
// ("..." on amber, "!" on red). Drawn rather than loaded so the count can be any number, and at
// each size a panel asks for, at device pixel ratios 1 and 2, so it stays sharp on HiDPI screens.
class TrayIconPainter {
public:
    enum class State { Connected, Connecting, Error, DoNotDisturb, Offline };

    // The pixel sizes icon() holds (each also at device pixel ratio 2).
    static QList<int> sizes();

    // In the glyph colour for the application's colour scheme and palette.
    static QIcon icon(State state, int unread);
    static QIcon icon(State state, int unread, const QColor& glyph);
    static QPixmap pixmap(State state, int unread, int size);
    // `size` in device-independent pixels; the pixmap has size * devicePixelRatio pixels.
    static QPixmap pixmap(State state, int unread, int size, const QColor& glyph,
                          qreal devicePixelRatio = 1.0);

    // Light on a dark palette, dark on a light one. Qt cannot see the panel: the desktop's colour
    // scheme (Qt 6.5 and later) and the application palette, which panels usually follow, stand
    // in for it.
    static QColor glyphColor();
    static QColor glyphColor(const QPalette& palette);
    // The fill of the connecting and error marks (the shape inside tells them apart too).
    static QColor markColor(State state);

private:
    static void drawBell(QPainter& painter, const QRectF& box, const QColor& color, bool outlined,
                         qreal grow);
    static void drawSlash(QPainter& painter, const QRectF& box, const QColor& color, qreal rim);
    static void drawStateMark(QPainter& painter, const QRectF& box, State state);
    static void drawBadge(QPainter& painter, const QRectF& box, int unread);
    // Makes the area around a mark transparent, so the mark reads as separate from the bell.
    static void clearAround(QPainter& painter, const QPainterPath& area);
};
