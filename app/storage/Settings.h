#pragma once

#include "storage/ConnectionProfile.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSettings>
#include <QString>
#include <QTime>
#include <QVariant>
#include <type_traits>

// One setting: its key in the settings file ("group/name"), its default, and for numbers the
// inclusive bounds a value is clamped to (bounds apply only when minimum < maximum).
template <typename T> struct SettingKey {
    const char* name;
    T defaultValue;
    T minimum = T();
    T maximum = T();
};

// The schema: every setting Herald keeps, declared once. Settings::value() understands bool,
// int, QString, QTime ("HH:mm" in the file), QDateTime (ISO 8601 in UTC, empty = none) and
// QList<Qt::DayOfWeek> ("Mon,Tue,..." in the file; numbers 1-7, Monday = 1, are read too).
namespace SettingKeys {
inline constexpr SettingKey<bool> popupsEnabled{"popups/enabled", true};
inline constexpr SettingKey<int> popupDurationSeconds{"popups/durationSeconds", 8, 1, 120};
// More than floodThreshold popups within floodWindowSeconds on one channel become a summary.
inline constexpr SettingKey<int> floodThreshold{"popups/floodThreshold", 3, 1, 100};
inline constexpr SettingKey<int> floodWindowSeconds{"popups/floodWindowSeconds", 10, 1, 3600};
// Urgent (priority 5) notifications pop up during do-not-disturb and quiet hours.
inline constexpr SettingKey<bool> dndBreakThrough{"doNotDisturb/breakThrough", true};
// Invalid (empty in the file) = off. "Until switched off" is NotificationCenter::indefinitely(),
// 9999-12-31T23:59:59Z; it is stored like any other instant.
inline const SettingKey<QDateTime> dndUntil{"doNotDisturb/until", QDateTime()};
inline constexpr SettingKey<bool> quietHoursEnabled{"quietHours/enabled", false};
inline constexpr SettingKey<QTime> quietHoursStart{"quietHours/start",
                                                   QTime::fromMSecsSinceStartOfDay(22 * 3'600'000)};
inline constexpr SettingKey<QTime> quietHoursEnd{"quietHours/end",
                                                 QTime::fromMSecsSinceStartOfDay(7 * 3'600'000)};
inline const SettingKey<QList<Qt::DayOfWeek>> quietHoursDays{
    "quietHours/days",
    {Qt::Monday, Qt::Tuesday, Qt::Wednesday, Qt::Thursday, Qt::Friday, Qt::Saturday, Qt::Sunday}};
inline constexpr SettingKey<bool> startMinimized{"app/startMinimized", false};
inline constexpr SettingKey<bool> autostart{"app/autostart", false};
// The language Herald speaks, as a code such as "de"; empty = the system's. Read once at start:
// a change applies when Herald is restarted.
inline const SettingKey<QString> language{"app/language", QString()};
inline constexpr SettingKey<int> historyMaxCount{"history/maxCount", 50'000, 100, 5'000'000};
// 0 = keep forever.
inline constexpr SettingKey<int> historyMaxAgeDays{"history/maxAgeDays", 90, 0, 36'500};
inline constexpr SettingKey<bool> allowRemoteIcons{"privacy/allowRemoteIcons", false};
// Durable channels: a backlog read after a start or reconnect becomes one summary popup; urgent
// (priority 5) entries in it still get a popup of their own while this is on.
inline constexpr SettingKey<bool> catchUpUrgentPopups{"catchUp/urgentPopups", true};
// How many existing entries are loaded (silently, without popups) on first contact with a
// durable channel's stream; 0 starts with only what is published from then on.
inline constexpr SettingKey<int> catchUpBackfillCount{"catchUp/backfillCount", 20, 0, 10'000};
} // namespace SettingKeys

// The typed settings over one INI file (the platform default path, or --config FILE).
//
// People edit this file by hand, so reading never trusts it: a value of the wrong type is
// replaced by the key's default and a number out of bounds is clamped, each with one qWarning
// naming the key (once per key, not on every read). Nothing is written back until the value is
// set. Connections are stored as an array of profiles; passwords never are (the secret store
// keeps them): a password found in a profile's URL is dropped with a warning.
class Settings : public QObject {
    Q_OBJECT

public:
    explicit Settings(const QString& fileName, QObject* parent = nullptr);
    ~Settings() override;

    template <typename T> T value(const SettingKey<T>& key) const
    {
        return decode(key, m_settings.value(QLatin1String(key.name)));
    }

    // Validates (clamps numbers into bounds, with a warning), writes, and emits changed() when
    // the value read back differs from before.
    template <typename T>
    void setValue(const SettingKey<T>& key, const std::type_identity_t<T>& newValue)
    {
        const T before = value(key);
        m_warned.remove(QString::fromLatin1(key.name));
        m_settings.setValue(QLatin1String(key.name), encode(key, newValue));
        if (value(key) != before)
            emit changed(QString::fromLatin1(key.name));
    }

    // Forgets the stored value, so the default applies again.
    template <typename T> void resetValue(const SettingKey<T>& key)
    {
        const T before = value(key);
        m_warned.remove(QString::fromLatin1(key.name));
        m_settings.remove(QLatin1String(key.name));
        if (value(key) != before)
            emit changed(QString::fromLatin1(key.name));
    }

    QList<ConnectionProfile> connections() const;
    // Replaces all profiles. Gives a new id to a profile without one (or with a duplicate),
    // strips passwords from URLs, drops invalid channel names (with a warning) and clamps
    // priorities; emits connectionsChanged() when what is stored changed.
    void setConnections(const QList<ConnectionProfile>& profiles);

    // Writes pending changes to the file; false (with a warning) when that failed.
    bool sync();
    QString fileName() const { return m_settings.fileName(); }

signals:
    void changed(const QString& keyName);
    void connectionsChanged();

private:
    bool decode(const SettingKey<bool>& key, const QVariant& stored) const;
    int decode(const SettingKey<int>& key, const QVariant& stored) const;
    QString decode(const SettingKey<QString>& key, const QVariant& stored) const;
    QTime decode(const SettingKey<QTime>& key, const QVariant& stored) const;
    QDateTime decode(const SettingKey<QDateTime>& key, const QVariant& stored) const;
    QList<Qt::DayOfWeek> decode(const SettingKey<QList<Qt::DayOfWeek>>& key,
                                const QVariant& stored) const;
    QVariant encode(const SettingKey<bool>& key, bool value) const;
    QVariant encode(const SettingKey<int>& key, int value) const;
    QVariant encode(const SettingKey<QString>& key, const QString& value) const;
    QVariant encode(const SettingKey<QTime>& key, QTime value) const;
    QVariant encode(const SettingKey<QDateTime>& key, const QDateTime& value) const;
    QVariant encode(const SettingKey<QList<Qt::DayOfWeek>>& key,
                    const QList<Qt::DayOfWeek>& value) const;

    bool readBool(const QString& name, const QVariant& stored, bool fallback) const;
    qint64 readNumber(const QString& name, const QVariant& stored, qint64 fallback, qint64 minimum,
                      qint64 maximum) const;
    void warnOnce(const QString& name, const QString& problem) const;

    ConnectionProfile readProfile(int index) const;
    QList<ChannelEntry> readChannels(const QString& prefix) const;
    void writeProfile(const ConnectionProfile& profile);
    void writeList(const QString& key, const QStringList& values);

    mutable QSettings m_settings; // mutable: reading an array moves QSettings' array cursor
    mutable QSet<QString> m_warned;
};
