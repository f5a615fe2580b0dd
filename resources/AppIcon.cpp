#include "AppIcon.h"

#include "Version.h"

QList<int> AppIcon::bundledSizes()
{
    return {16, 22, 24, 32, 48, 64, 128, 256};
}

QIcon AppIcon::bundled()
{
    QIcon icon;
    for (const int size : bundledSizes()) {
        icon.addFile(QStringLiteral(":/herald/icons/hicolor/%1x%1/apps/%2.png")
                         .arg(size)
                         .arg(QStringLiteral(HERALD_APP_ID)),
                     QSize(size, size));
    }
    return icon;
}

QIcon AppIcon::icon()
{
    return QIcon::fromTheme(QStringLiteral(HERALD_APP_ID), bundled());
}
