#include "NotificationSettingsPage.h"

#include "notifications/TimeFormat.h"
#include "storage/Settings.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace {
QSpinBox* spinBox(const SettingKey<int>& key, Settings* settings, const QString& suffix,
                  const QString& objectName, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(key.minimum, key.maximum);
    box->setSuffix(suffix);
    box->setValue(settings->value(key));
    QObject::connect(box, &QSpinBox::valueChanged, settings,
                     [settings, &key](int value) { settings->setValue(key, value); });
    return box;
}

QCheckBox* checkBox(const SettingKey<bool>& key, Settings* settings, const QString& text,
                    const QString& objectName, QWidget* parent)
{
    auto* box = new QCheckBox(text, parent);
    box->setObjectName(objectName);
    box->setChecked(settings->value(key));
    QObject::connect(box, &QCheckBox::toggled, settings,
                     [settings, &key](bool on) { settings->setValue(key, on); });
    return box;
}
} // namespace

NotificationSettingsPage::NotificationSettingsPage(Settings* settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(popupsGroup());
    layout->addWidget(quietHoursGroup());
    layout->addWidget(catchUpGroup());
    layout->addStretch();
}

QWidget* NotificationSettingsPage::popupsGroup()
{
    auto* group = new QGroupBox(tr("Popups"), this);
    auto* form = new QFormLayout(group);
    form->addRow(checkBox(SettingKeys::popupsEnabled, m_settings,
                          tr("Show a popup for new notifications"),
                          QStringLiteral("popupsEnabledCheckBox"), group));
    form->addRow(tr("Show each popup for:"),
                 //: Unit after a number of seconds
                 spinBox(SettingKeys::popupDurationSeconds, m_settings, tr(" s"),
                         QStringLiteral("popupDurationSpinBox"), group));
    auto* flood = new QHBoxLayout;
    QSpinBox* threshold = spinBox(SettingKeys::floodThreshold, m_settings, QString(),
                                  QStringLiteral("floodThresholdSpinBox"), group);
    //: Read aloud for the first spin box of "Summarise more than [3] popups within [10 s]"
    threshold->setAccessibleName(tr("Summarise when more popups than this arrive"));
    QSpinBox* window = spinBox(SettingKeys::floodWindowSeconds, m_settings, tr(" s"),
                               QStringLiteral("floodWindowSpinBox"), group);
    //: Read aloud for the second spin box of "Summarise more than [3] popups within [10 s]"
    window->setAccessibleName(tr("Within this time on one channel"));
    flood->addWidget(threshold);
    //: Between two spin boxes: "more than [3] popups within [10 s] on one channel ..."
    flood->addWidget(new QLabel(tr("popups within"), group));
    flood->addWidget(window);
    flood->addStretch();
    form->addRow(tr("Summarise more than:"), flood);
    form->addRow(checkBox(SettingKeys::dndBreakThrough, m_settings,
                          tr("Urgent notifications (priority 5) break through do-not-disturb "
                             "and quiet hours"),
                          QStringLiteral("dndBreakThroughCheckBox"), group));
    return group;
}

QWidget* NotificationSettingsPage::quietHoursGroup()
{
    auto* group = new QGroupBox(tr("Quiet hours"), this);
    auto* form = new QFormLayout(group);
    form->addRow(checkBox(SettingKeys::quietHoursEnabled, m_settings,
                          tr("No popups during quiet hours (notifications still reach the list)"),
                          QStringLiteral("quietHoursEnabledCheckBox"), group));
    auto* start = new QTimeEdit(m_settings->value(SettingKeys::quietHoursStart), group);
    auto* end = new QTimeEdit(m_settings->value(SettingKeys::quietHoursEnd), group);
    start->setObjectName(QStringLiteral("quietHoursStartTimeEdit"));
    end->setObjectName(QStringLiteral("quietHoursEndTimeEdit"));
    start->setDisplayFormat(TimeFormat::timeFormat(TimeFormat::Seconds::Hidden));
    end->setDisplayFormat(TimeFormat::timeFormat(TimeFormat::Seconds::Hidden));
    start->setAccessibleName(tr("Quiet hours start"));
    end->setAccessibleName(tr("Quiet hours end"));
    connect(start, &QTimeEdit::timeChanged, this,
            [this](QTime t) { m_settings->setValue(SettingKeys::quietHoursStart, t); });
    connect(end, &QTimeEdit::timeChanged, this,
            [this](QTime t) { m_settings->setValue(SettingKeys::quietHoursEnd, t); });
    auto* span = new QHBoxLayout;
    span->addWidget(start);
    //: Between the start and the end time of the quiet hours
    span->addWidget(new QLabel(tr("to"), group));
    span->addWidget(end);
    span->addStretch();
    form->addRow(tr("From:"), span);

    auto* days = new QHBoxLayout;
    const QList<Qt::DayOfWeek> chosen = m_settings->value(SettingKeys::quietHoursDays);
    for (int d = Qt::Monday; d <= Qt::Sunday; ++d) {
        const auto day = static_cast<Qt::DayOfWeek>(d);
        auto* box = new QCheckBox(QLocale().dayName(d, QLocale::ShortFormat), group);
        box->setObjectName(QStringLiteral("quietDay%1CheckBox").arg(d));
        box->setAccessibleName(QLocale().dayName(d, QLocale::LongFormat));
        box->setChecked(chosen.contains(day));
        connect(box, &QCheckBox::toggled, this, [this, day](bool on) {
            QList<Qt::DayOfWeek> list = m_settings->value(SettingKeys::quietHoursDays);
            list.removeAll(day);
            if (on)
                list.append(day);
            std::sort(list.begin(), list.end());
            m_settings->setValue(SettingKeys::quietHoursDays, list);
        });
        days->addWidget(box);
    }
    //: Before the weekday check boxes of the quiet hours
    form->addRow(tr("On:"), days);
    return group;
}

QWidget* NotificationSettingsPage::catchUpGroup()
{
    auto* group = new QGroupBox(tr("Durable channels"), this);
    auto* form = new QFormLayout(group);
    auto* explanation = new QLabel(tr("What was published on durable channels while Herald was "
                                      "away is shown as one summary popup."),
                                   group);
    explanation->setWordWrap(true);
    form->addRow(explanation);
    form->addRow(checkBox(SettingKeys::catchUpUrgentPopups, m_settings,
                          tr("Urgent notifications still get their own popup"),
                          QStringLiteral("catchUpUrgentPopupsCheckBox"), group));
    QSpinBox* backfill = spinBox(SettingKeys::catchUpBackfillCount, m_settings, QString(),
                                 QStringLiteral("catchUpBackfillSpinBox"), group);
    backfill->setToolTip(tr("When Herald first reads a durable channel, it loads this many of "
                            "the entries already in its stream into the list, without popups."));
    backfill->setAccessibleDescription(backfill->toolTip());
    form->addRow(tr("Entries loaded on first contact with a durable channel:"), backfill);
    return group;
}
