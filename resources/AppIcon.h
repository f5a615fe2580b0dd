#pragma once

#include <QIcon>
#include <QList>

// Herald's application icon for its windows and dialogs (and, on X11, the task bar). The icon
// theme's entry named after the app id comes first, so an installed package follows the
// desktop's theme; otherwise the PNG sizes built into the binary, rendered from the same SVG as
// the installed icons.
class AppIcon {
public:
    static QIcon icon();
    // The bundled icon alone, without asking the theme.
    static QIcon bundled();
    // The pixel sizes built in (resources/icons/hicolor/NxN).
    static QList<int> bundledSizes();
};
