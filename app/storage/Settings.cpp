#include "Settings.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QStringList>
#include <QUuid>
#include <algorithm>
#include <limits>
#include <optional>

namespace {
Q_LOGGING_CATEGORY(lcSettings, "herald.storage")

const QString ConnectionsArray = QStringLiteral("connections");
const QString ChannelsArray = QStringLiteral("channels");
const QString TimeFormat = QStringLiteral("HH:mm");
// Names for the profile ids derived from a hand-written profile without one (UUID v5 needs a
// namespace; this one is Herald's own, chosen once).
const QUuid ProfileIdNamespace = QUuid(QStringLiteral("{6f0e5a4c-3b1d-4c8e-9a57-2d7e0f4b9c13}"));

QString shown(const QVariant& stored)
{
    const QString text = stored.typeId() == QMetaType::QStringList
                             ? stored.toStringList().join(QLatin1String(", "))
                             : stored.toString();
    return text.size() > 80 ? text.left(80) + QStringLiteral("...") : text;
}

bool isText(const QVariant& stored)
{
    return stored.typeId() == QMetaType::QString || stored.typeId() == QMetaType::QByteArray;
}

std::optional<Qt::DayOfWeek> parseDay(const QString& text)
{
    bool isNumber = false;
    const int number = text.toInt(&isNumber);
    if (isNumber)
        return number >= 1 && number <= 7 ? std::optional(Qt::DayOfWeek(number)) : std::nullopt;
    const QLocale c = QLocale::c();
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        if (text.compare(c.dayName(day, QLocale::ShortFormat), Qt::CaseInsensitive) == 0 ||
            text.compare(c.dayName(day, QLocale::LongFormat), Qt::CaseInsensitive) == 0)
            return Qt::DayOfWeek(day);
    }
    return std::nullopt;
}

QList<Qt::DayOfWeek> normalisedDays(const QList<Qt::DayOfWeek>& days)
{
    QList<Qt::DayOfWeek> result;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        if (days.contains(Qt::DayOfWeek(day)))
            result.append(Qt::DayOfWeek(day));
    }
    return result;
}
} // namespace

Settings::Settings(const QString& fileName, QObject* parent)
    : QObject(parent)
    , m_settings(fileName, QSettings::IniFormat)
{
    if (m_settings.status() == QSettings::FormatError)
        qCWarning(lcSettings) << "The settings file" << fileName
                              << "could not be read completely; unreadable lines are ignored";
    else if (m_settings.status() == QSettings::AccessError)
        qCWarning(lcSettings) << "The settings file" << fileName << "could not be read";
}

Settings::~Settings() = default;

bool Settings::sync()
{
    m_settings.sync();
    if (m_settings.status() == QSettings::NoError)
        return true;
    qCWarning(lcSettings) << "Could not write the settings file" << m_settings.fileName();
    return false;
}

void Settings::warnOnce(const QString& name, const QString& problem) const
{
    if (m_warned.contains(name))
        return;
    m_warned.insert(name);
    qCWarning(lcSettings).noquote()
        << "Setting" << name << "in" << m_settings.fileName() << ":" << problem;
}

bool Settings::readBool(const QString& name, const QVariant& stored, bool fallback) const
{
    if (!stored.isValid())
        return fallback;
    if (stored.typeId() == QMetaType::Bool)
        return stored.toBool();
    const QString text = stored.toString().trimmed().toLower();
    if (isText(stored)) {
        if (text == u"true" || text == u"1" || text == u"yes" || text == u"on")
            return true;
        if (text == u"false" || text == u"0" || text == u"no" || text == u"off")
            return false;
    }
    warnOnce(name, QStringLiteral("\"%1\" is not true or false; using %2")
                       .arg(shown(stored), fallback ? u"true" : u"false"));
    return fallback;
}

qint64 Settings::readNumber(const QString& name, const QVariant& stored, qint64 fallback,
                            qint64 minimum, qint64 maximum) const
{
    if (!stored.isValid())
        return fallback;
    bool ok = false;
    const qint64 number =
        isText(stored) ? stored.toString().trimmed().toLongLong(&ok) : stored.toLongLong(&ok);
    if (!ok || stored.typeId() == QMetaType::QStringList) {
        warnOnce(name, QStringLiteral("\"%1\" is not a whole number; using %2")
                           .arg(shown(stored))
                           .arg(fallback));
        return fallback;
    }
    if (number >= minimum && number <= maximum)
        return number;
    const qint64 clamped = std::clamp(number, minimum, maximum);
    warnOnce(name, QStringLiteral("%1 is outside %2..%3; using %4")
                       .arg(number)
                       .arg(minimum)
                       .arg(maximum)
                       .arg(clamped));
    return clamped;
}

bool Settings::decode(const SettingKey<bool>& key, const QVariant& stored) const
{
    return readBool(QString::fromLatin1(key.name), stored, key.defaultValue);
}

int Settings::decode(const SettingKey<int>& key, const QVariant& stored) const
{
    const bool bounded = key.minimum < key.maximum;
    return int(readNumber(QString::fromLatin1(key.name), stored, key.defaultValue,
                          bounded ? key.minimum : std::numeric_limits<int>::min(),
                          bounded ? key.maximum : std::numeric_limits<int>::max()));
}

QString Settings::decode(const SettingKey<QString>& key, const QVariant& stored) const
{
    if (!stored.isValid())
        return key.defaultValue;
    if (isText(stored))
        return stored.toString();
    warnOnce(QString::fromLatin1(key.name), QStringLiteral("\"%1\" is not a single text value; "
                                                           "using the default")
                                                .arg(shown(stored)));
    return key.defaultValue;
}

QTime Settings::decode(const SettingKey<QTime>& key, const QVariant& stored) const
{
    if (!stored.isValid())
        return key.defaultValue;
    if (stored.typeId() == QMetaType::QTime && stored.toTime().isValid())
        return stored.toTime();
    const QString text = isText(stored) ? stored.toString().trimmed() : QString();
    QTime time = QTime::fromString(text, QStringLiteral("H:mm"));
    if (!time.isValid())
        time = QTime::fromString(text, QStringLiteral("H:mm:ss"));
    if (time.isValid())
        return time;
    warnOnce(QString::fromLatin1(key.name),
             QStringLiteral("\"%1\" is not a time such as 22:00; using %2")
                 .arg(shown(stored), key.defaultValue.toString(TimeFormat)));
    return key.defaultValue;
}

QDateTime Settings::decode(const SettingKey<QDateTime>& key, const QVariant& stored) const
{
    if (!stored.isValid())
        return key.defaultValue;
    if (stored.typeId() == QMetaType::QDateTime)
        return stored.toDateTime().toLocalTime();
    const QString text = isText(stored) ? stored.toString().trimmed() : QStringLiteral("?");
    if (text.isEmpty())
        return QDateTime();
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (time.isValid())
        return time.toLocalTime();
    warnOnce(QString::fromLatin1(key.name),
             QStringLiteral("\"%1\" is not an ISO 8601 date and time; using the default")
                 .arg(shown(stored)));
    return key.defaultValue;
}

QList<Qt::DayOfWeek> Settings::decode(const SettingKey<QList<Qt::DayOfWeek>>& key,
                                      const QVariant& stored) const
{
    if (!stored.isValid())
        return key.defaultValue;
    // Quoted in the file ("Mon,Tue") QSettings reads one string; unquoted, a list.
    const QStringList items = stored.typeId() == QMetaType::QStringList
                                  ? stored.toStringList()
                                  : stored.toString().split(u',', Qt::SkipEmptyParts);
    QList<Qt::DayOfWeek> days;
    for (const QString& item : items) {
        const std::optional<Qt::DayOfWeek> day = parseDay(item.trimmed());
        if (!day) {
            warnOnce(QString::fromLatin1(key.name),
                     QStringLiteral("\"%1\" is not a list of weekdays such as Mon,Tue; using "
                                    "the default")
                         .arg(shown(stored)));
            return key.defaultValue;
        }
        days.append(*day);
    }
    return normalisedDays(days);
}

QVariant Settings::encode(const SettingKey<bool>&, bool value) const
{
    return value;
}

QVariant Settings::encode(const SettingKey<int>& key, int value) const
{
    if (key.minimum < key.maximum && (value < key.minimum || value > key.maximum)) {
        const int clamped = std::clamp(value, key.minimum, key.maximum);
        qCWarning(lcSettings).noquote()
            << "Setting" << key.name << ":" << value << "is outside" << key.minimum << ".."
            << key.maximum << "; storing" << clamped;
        value = clamped;
    }
    return value;
}

QVariant Settings::encode(const SettingKey<QString>&, const QString& value) const
{
    return value;
}

QVariant Settings::encode(const SettingKey<QTime>& key, QTime value) const
{
    return (value.isValid() ? value : key.defaultValue).toString(TimeFormat);
}

QVariant Settings::encode(const SettingKey<QDateTime>&, const QDateTime& value) const
{
    return value.isValid() ? value.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QVariant Settings::encode(const SettingKey<QList<Qt::DayOfWeek>>&,
                          const QList<Qt::DayOfWeek>& value) const
{
    QStringList names;
    for (Qt::DayOfWeek day : normalisedDays(value))
        names.append(QLocale::c().dayName(day, QLocale::ShortFormat));
    return names.join(u',');
}

QList<ConnectionProfile> Settings::connections() const
{
    QList<ConnectionProfile> profiles;
    const int count = m_settings.beginReadArray(ConnectionsArray);
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        profiles.append(readProfile(i));
    }
    m_settings.endArray();
    return profiles;
}

ConnectionProfile Settings::readProfile(int index) const
{
    // The file numbers array entries from 1; name keys the way a person editing it sees them.
    const QString prefix = ConnectionsArray + u'/' + QString::number(index + 1) + u'/';
    ConnectionProfile profile;
    profile.name = m_settings.value(QStringLiteral("name")).toString();
    profile.url = m_settings.value(QStringLiteral("url")).toString();
    profile.id = m_settings.value(QStringLiteral("id")).toString().trimmed();
    if (profile.id.isEmpty()) {
        // Derived, not random, so a hand-written profile keeps its id (and so its keychain
        // entry) from one start to the next.
        profile.id = QUuid::createUuidV5(ProfileIdNamespace, profile.name + u'\n' + profile.url)
                         .toString(QUuid::WithoutBraces);
    }
    if (!ConnectionProfile::passwordInUrl(profile.url).isEmpty()) {
        warnOnce(prefix + QStringLiteral("url"),
                 QStringLiteral("a password in the URL is ignored; enter it in Herald, which "
                                "keeps it in the system keychain"));
        profile.url = ConnectionProfile::stripPassword(profile.url);
    }
    profile.username = m_settings.value(QStringLiteral("username")).toString();
    profile.caFile = m_settings.value(QStringLiteral("caFile")).toString();
    profile.certFile = m_settings.value(QStringLiteral("certFile")).toString();
    profile.keyFile = m_settings.value(QStringLiteral("keyFile")).toString();
    profile.enabled = readBool(prefix + QStringLiteral("enabled"),
                               m_settings.value(QStringLiteral("enabled")), true);
    profile.channels = readChannels(prefix);
    profile.headers = m_settings.value(QStringLiteral("headers")).toStringList();
    profile.proxy = m_settings.value(QStringLiteral("proxy")).toString();
    profile.maxMessageKiB = int(readNumber(prefix + QStringLiteral("maxMessageKiB"),
                                           m_settings.value(QStringLiteral("maxMessageKiB")),
                                           ConnectionProfile::DefaultMaxMessageKiB, 1, 256 * 1024));
    profile.rooms = m_settings.value(QStringLiteral("rooms")).toStringList();
    return profile;
}

QList<ChannelEntry> Settings::readChannels(const QString& prefix) const
{
    QList<ChannelEntry> channels;
    const int count = m_settings.beginReadArray(ChannelsArray);
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        const QString name = prefix + ChannelsArray + u'/' + QString::number(i + 1) + u'/';
        ChannelEntry entry;
        entry.name = m_settings.value(QStringLiteral("name")).toString();
        QString error;
        if (!ConnectionProfile::isValidChannelName(entry.name, &error)) {
            warnOnce(name + QStringLiteral("name"), error + QStringLiteral("; entry ignored"));
            continue;
        }
        entry.isPattern = readBool(name + QStringLiteral("pattern"),
                                   m_settings.value(QStringLiteral("pattern")), false);
        entry.enabled = readBool(name + QStringLiteral("enabled"),
                                 m_settings.value(QStringLiteral("enabled")), true);
        entry.muted = readBool(name + QStringLiteral("muted"),
                               m_settings.value(QStringLiteral("muted")), false);
        entry.minPopupPriority =
            int(readNumber(name + QStringLiteral("minPopupPriority"),
                           m_settings.value(QStringLiteral("minPopupPriority")), 1, 1, 5));
        // Both absent in files written before durable channels existed: Pub/Sub, default key.
        entry.durable =
            !entry.isPattern && readBool(name + QStringLiteral("durable"),
                                         m_settings.value(QStringLiteral("durable")), false);
        entry.streamKey = m_settings.value(QStringLiteral("streamKey")).toString().trimmed();
        channels.append(entry);
    }
    m_settings.endArray();
    return channels;
}

void Settings::setConnections(const QList<ConnectionProfile>& profiles)
{
    const QList<ConnectionProfile> before = connections();
    QSet<QString> ids;
    m_settings.remove(ConnectionsArray);
    m_settings.beginWriteArray(ConnectionsArray, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        ConnectionProfile profile = profiles.at(i);
        if (profile.id.trimmed().isEmpty() || ids.contains(profile.id))
            profile.id = ConnectionProfile::newId();
        ids.insert(profile.id);
        m_settings.setArrayIndex(i);
        writeProfile(profile);
    }
    m_settings.endArray();
    // Old warnings about entries that no longer exist would hide new ones at the same index.
    m_warned.removeIf([](const QString& name) { return name.startsWith(ConnectionsArray); });
    if (connections() != before)
        emit connectionsChanged();
}

void Settings::writeList(const QString& key, const QStringList& values)
{
    // Redis profiles carry none of the gateway lists: keep their sections free of empty keys.
    QStringList kept;
    for (const QString& value : values)
        if (!value.trimmed().isEmpty())
            kept << value.trimmed();
    if (kept.isEmpty())
        m_settings.remove(key);
    else
        m_settings.setValue(key, kept);
}

void Settings::writeProfile(const ConnectionProfile& profile)
{
    m_settings.setValue(QStringLiteral("id"), profile.id);
    m_settings.setValue(QStringLiteral("name"), profile.name);
    m_settings.setValue(QStringLiteral("url"), ConnectionProfile::stripPassword(profile.url));
    m_settings.setValue(QStringLiteral("username"), profile.username);
    m_settings.setValue(QStringLiteral("caFile"), profile.caFile);
    m_settings.setValue(QStringLiteral("certFile"), profile.certFile);
    m_settings.setValue(QStringLiteral("keyFile"), profile.keyFile);
    m_settings.setValue(QStringLiteral("enabled"), profile.enabled);
    writeList(QStringLiteral("headers"), profile.headers);
    writeList(QStringLiteral("rooms"), profile.rooms);
    if (profile.proxy.trimmed().isEmpty())
        m_settings.remove(QStringLiteral("proxy"));
    else
        m_settings.setValue(QStringLiteral("proxy"), profile.proxy.trimmed());
    if (profile.maxMessageKiB == ConnectionProfile::DefaultMaxMessageKiB)
        m_settings.remove(QStringLiteral("maxMessageKiB"));
    else
        m_settings.setValue(QStringLiteral("maxMessageKiB"),
                            std::clamp(profile.maxMessageKiB, 1, 256 * 1024));
    m_settings.beginWriteArray(ChannelsArray);
    int written = 0;
    for (const ChannelEntry& entry : profile.channels) {
        QString error;
        if (!ConnectionProfile::isValidChannelName(entry.name, &error)) {
            qCWarning(lcSettings).noquote()
                << "Connection" << profile.displayName() << ":" << error << "; channel not saved";
            continue;
        }
        m_settings.setArrayIndex(written++);
        m_settings.setValue(QStringLiteral("name"), entry.name);
        m_settings.setValue(QStringLiteral("pattern"), entry.isPattern);
        m_settings.setValue(QStringLiteral("enabled"), entry.enabled);
        m_settings.setValue(QStringLiteral("muted"), entry.muted);
        m_settings.setValue(QStringLiteral("minPopupPriority"),
                            std::clamp(entry.minPopupPriority, 1, 5));
        // A pattern has no stream to read: durable applies to channels only.
        m_settings.setValue(QStringLiteral("durable"), entry.durable && !entry.isPattern);
        m_settings.setValue(QStringLiteral("streamKey"), entry.streamKey.trimmed());
    }
    m_settings.endArray();
}
