#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

// Herald's few colours of its own (warnings, errors) derived from the palette in use, so they
// stay readable in a dark theme as in a light one. A widget that uses them applies them again
// on QEvent::PaletteChange (the desktop switched between light and dark), from its own palette:
// its children hear of the change only after it.
class PaletteColors {
public:
    static bool isDark(const QPalette& palette);
    // Text that reports a failure: a red that reads on the palette's window colour.
    static QColor errorText(const QPalette& palette);
    // A banner's background: the palette's base colour tinted with `accent`.
    static QColor tinted(const QPalette& palette, const QColor& accent);

    // `widget`'s text (QPalette::WindowText) in errorText(theme), or in theme's own colour.
    static void showAsError(QWidget* widget, const QPalette& theme, bool error);
    // `widget` filled with tinted(theme, accent), its text in theme's text colour.
    static void tintBackground(QWidget* widget, const QPalette& theme, const QColor& accent);

    static QColor warningAccent() { return QColor(0xff, 0x98, 0x00); } // amber
    static QColor errorAccent() { return QColor(0xe5, 0x39, 0x35); }   // red
};
