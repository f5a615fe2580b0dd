#include "PaletteColors.h"

#include <QWidget>

bool PaletteColors::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor PaletteColors::errorText(const QPalette& palette)
{
    // Material red 800 on light backgrounds, red 200 on dark ones: both about 5:1 contrast.
    return isDark(palette) ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
}

QColor PaletteColors::tinted(const QPalette& palette, const QColor& accent)
{
    const QColor base = palette.color(QPalette::Base);
    // A dark base needs more of the accent for the tint to be seen at all.
    const double share = isDark(palette) ? 0.25 : 0.15;
    const auto mix = [share](int from, int to) { return int(from + (to - from) * share); };
    return {mix(base.red(), accent.red()), mix(base.green(), accent.green()),
            mix(base.blue(), accent.blue())};
}

void PaletteColors::showAsError(QWidget* widget, const QPalette& theme, bool error)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText,
                     error ? errorText(theme) : theme.color(QPalette::WindowText));
    widget->setPalette(palette);
}

void PaletteColors::tintBackground(QWidget* widget, const QPalette& theme, const QColor& accent)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::Window, tinted(theme, accent));
    palette.setColor(QPalette::WindowText, theme.color(QPalette::Text));
    widget->setAutoFillBackground(true);
    widget->setPalette(palette);
}
