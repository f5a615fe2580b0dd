#include "NotificationSettingsPage.h"

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
                 spinBox(SettingKeys::popupDurationSeconds, m_settings, tr(" s"),
                         QStringLiteral("popupDurationSpinBox"), group));
    auto* flood = new QHBoxLayout;
    flood->addWidget(spinBox(SettingKeys::floodThreshold, m_settings, QString(),
                             QStringLiteral("floodThresholdSpinBox"), group));
    //: Between two spin boxes: "more than [3] popups within [10 s] on one channel ..."
    flood->addWidget(new QLabel(tr("popups within"), group));
    flood->addWidget(spinBox(SettingKeys::floodWindowSeconds, m_settings, tr(" s"),
                             QStringLiteral("floodWindowSpinBox"), group));
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
    start->setDisplayFormat(QStringLiteral("HH:mm"));
    end->setDisplayFormat(QStringLiteral("HH:mm"));
    connect(start, &QTimeEdit::timeChanged, this,
            [this](QTime t) { m_settings->setValue(SettingKeys::quietHoursStart, t); });
    connect(end, &QTimeEdit::timeChanged, this,
            [this](QTime t) { m_settings->setValue(SettingKeys::quietHoursEnd, t); });
    auto* span = new QHBoxLayout;
    span->addWidget(start);
    span->addWidget(new QLabel(QStringLiteral("–"), group));
    span->addWidget(end);
    span->addStretch();
    form->addRow(tr("From:"), span);

    auto* days = new QHBoxLayout;
    const QList<Qt::DayOfWeek> chosen = m_settings->value(SettingKeys::quietHoursDays);
    for (int d = Qt::Monday; d <= Qt::Sunday; ++d) {
        const auto day = static_cast<Qt::DayOfWeek>(d);
        auto* box = new QCheckBox(QLocale().dayName(d, QLocale::ShortFormat), group);
        box->setObjectName(QStringLiteral("quietDay%1CheckBox").arg(d));
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
    form->addRow(tr("Entries loaded on first contact with a durable channel:"), backfill);
    return group;
}
