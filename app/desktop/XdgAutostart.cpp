#include "desktop/XdgAutostart.h"

#include <QDir>
#include <QFile>
#include <algorithm>

XdgAutostart::XdgAutostart(const QString& executable, QObject* parent)
    : Autostart(parent)
    , m_executable(executable)
{
}

QString XdgAutostart::filePath()
{
    // The spec: an unset, empty or relative XDG_CONFIG_HOME means ~/.config.
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty() || QDir::isRelativePath(config))
        config = QDir::homePath() + QStringLiteral("/.config");
    return config + QStringLiteral("/autostart/") + appId() + QStringLiteral(".desktop");
}

QString XdgAutostart::execArgument(const QString& argument)
{
    // Desktop Entry Specification, "The Exec key": an argument with a reserved character is
    // quoted, and inside the quotes ", `, $ and \ take a backslash. A literal % is %%.
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    QString arg = argument;
    const bool quote = arg.isEmpty() || std::any_of(arg.cbegin(), arg.cend(),
                                                    [](QChar c) { return reserved.contains(c); });
    if (quote) {
        QString quoted;
        for (const QChar c : arg) {
            if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
                quoted += u'\\';
            quoted += c;
        }
        arg = u'"' + quoted + u'"';
    }
    arg.replace(u'%', QStringLiteral("%%"));
    // Then the general escapes of a string value, which a reader undoes first.
    QString escaped;
    for (const QChar c : arg) {
        if (c == u'\\')
            escaped += QStringLiteral("\\\\");
        else if (c == u'\n')
            escaped += QStringLiteral("\\n");
        else if (c == u'\t')
            escaped += QStringLiteral("\\t");
        else if (c == u'\r')
            escaped += QStringLiteral("\\r");
        else
            escaped += c;
    }
    return escaped;
}

QByteArray XdgAutostart::desktopEntry() const
{
    QString entry;
    entry += QStringLiteral("[Desktop Entry]\n");
    entry += QStringLiteral("Type=Application\n");
    entry += QStringLiteral("Name=Herald\n");
    // A single line: the comment is a translated string and must not break the entry.
    QString comment = tr("Desktop notifications from Redis");
    comment.replace(u'\n', u' ');
    entry += QStringLiteral("Comment=") + comment + u'\n';
    entry +=
        QStringLiteral("Exec=") + execArgument(m_executable) + QStringLiteral(" --minimized\n");
    entry += QStringLiteral("Icon=") + appId() + u'\n';
    entry += QStringLiteral("Terminal=false\n");
    entry += QStringLiteral("X-GNOME-Autostart-enabled=true\n");
    return entry.toUtf8();
}

bool XdgAutostart::isEnabled() const
{
    // The spec: Hidden=true in an autostart file means "do not start".
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    while (!file.atEnd()) {
        if (file.readLine().trimmed() == "Hidden=true")
            return false;
    }
    return true;
}

bool XdgAutostart::setEnabled(bool enabled, QString* error)
{
    return writeOrRemove(filePath(), enabled, enabled ? desktopEntry() : QByteArray(), error);
}
