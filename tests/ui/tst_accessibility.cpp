#include "ComposeDialog.h"
#include "ConnectionLogDialog.h"
#include "NotificationDelegate.h"
#include "NotificationWindow.h"
#include "PaletteColors.h"
#include "SettingsDialog.h"
#include "notifications/GapMarker.h"
#include "notifications/NotificationModel.h"
#include "notifications/NotificationParser.h"
#include "sources/ConnectionLog.h"
#include "storage/HistoryStore.h"
#include "storage/SessionSecretStore.h"
#include "storage/Settings.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// What a screen reader and a keyboard user get: a name for every control, the list's rows read
// out in full, Tab moving through the window in the order it is laid out; and colours that
// follow a dark palette.
class TestAccessibility : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HistoryStore> m_store;
    std::unique_ptr<NotificationModel> m_model;
    std::unique_ptr<NotificationWindow> m_window;

    static Notification make(const QString& channel, const QByteArray& payload)
    {
        return NotificationParser::parse(payload, {QStringLiteral("redis://test"), channel,
                                                   QString(), QDateTime::currentDateTimeUtc()});
    }

    // The control a focused part belongs to: a spin box for its line edit (Qt's internal parts
    // are named "qt_..."), or the widget itself.
    static QWidget* owner(QWidget* widget)
    {
        QWidget* parent = widget->parentWidget();
        const bool part =
            widget->objectName().isEmpty() || widget->objectName().startsWith(QLatin1String("qt_"));
        return parent && parent->focusProxy() == widget && part ? parent : widget;
    }

    static QString spokenName(QWidget* widget)
    {
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        return accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
    }

    static bool takesTabFocus(const QWidget* widget)
    {
        // A widget with a focus proxy hands the focus on: the proxy is walked instead.
        return widget->isVisible() && widget->isEnabled() && !widget->focusProxy() &&
               (widget->focusPolicy() & Qt::TabFocus);
    }

    static QString describe(const QWidget* widget)
    {
        return QStringLiteral("%1 (%2)").arg(
            widget->objectName(), QString::fromLatin1(widget->metaObject()->className()));
    }

    // Every visible control under `root` that Tab reaches, and what a screen reader calls it.
    static QStringList unnamedControls(const QWidget* root)
    {
        QStringList unnamed;
        for (QWidget* widget : root->findChildren<QWidget*>()) {
            if (!takesTabFocus(widget))
                continue;
            // A focused part may carry the name itself (a tab bar) or leave it to its control.
            if (spokenName(widget).isEmpty() && spokenName(owner(widget)).isEmpty())
                unnamed << describe(owner(widget));
        }
        return unnamed;
    }

    // The object names Tab visits from `first` on, once round the window.
    static QStringList tabOrder(QWidget* first)
    {
        QStringList names;
        QWidget* widget = first;
        do {
            if (takesTabFocus(widget))
                names << owner(widget)->objectName();
            widget = widget->nextInFocusChain();
        } while (widget != first);
        return names;
    }

    QListView* list() const
    {
        return m_window->findChild<QListView*>(QStringLiteral("notificationListView"));
    }

    // The row whose spoken name mentions `text`, as a screen reader reads it.
    QString spokenRow(const QString& text) const
    {
        QAccessibleInterface* view = QAccessible::queryAccessibleInterface(list());
        for (int i = 0; view && i < view->childCount(); ++i) {
            const QString name = view->child(i)->text(QAccessible::Name);
            if (name.contains(text))
                return name;
        }
        return {};
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        m_store = std::make_unique<HistoryStore>();
        QString error;
        QVERIFY2(m_store->open(QStringLiteral(":memory:"), &error), qPrintable(error));
        const QDateTime now = QDateTime::currentDateTime();
        const QList<Notification> stored = m_store->insert({
            make(QStringLiteral("builds"), "{\"title\":\"Build 41 green\",\"priority\":2}"),
            GapMarker::disconnection(QStringLiteral("redis://test"), now.addSecs(-600),
                                     now.addSecs(-300), {QStringLiteral("alerts")}),
            make(QStringLiteral("alerts"), "{\"title\":\"Disk full\",\"body\":\"/var at 99%\","
                                           "\"priority\":5,\"url\":\"https://grafana.example/d\"}"),
        });
        QCOMPARE(stored.size(), 3);
        m_store->setRead({stored.first().rowId}, true); // the build: read, and low priority
        m_model = std::make_unique<NotificationModel>(m_store.get());
        m_window = std::make_unique<NotificationWindow>(m_model.get(), m_store.get(), UrlOpener());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_model.reset();
        m_store.reset();
    }

    void listRowsAreReadAloudInFull()
    {
        const QString urgent = spokenRow(QStringLiteral("Disk full"));
        for (const char* part : {"unread", "urgent", "Disk full", "/var at 99%", "channel alerts",
                                 "link to grafana.example", "just now"})
            QVERIFY2(urgent.contains(QLatin1String(part)), qPrintable(urgent));

        const QString read = spokenRow(QStringLiteral("Build 41 green"));
        QVERIFY2(read.startsWith(QStringLiteral("read, low priority, Build 41 green")),
                 qPrintable(read));

        const QString gap = spokenRow(QStringLiteral("Disconnected"));
        QVERIFY2(gap.startsWith(QStringLiteral("Marker, Disconnected")), qPrintable(gap));
        QVERIFY2(gap.contains(QStringLiteral("published on alerts meanwhile were not received")),
                 qPrintable(gap));
        QVERIFY2(!gap.contains(QStringLiteral("unread")), qPrintable(gap));

        // The list itself says what it is.
        QCOMPARE(QAccessible::queryAccessibleInterface(list())->text(QAccessible::Name),
                 QStringLiteral("Notifications"));
    }

    void everyControlOfTheWindowHasAName()
    {
        m_window->showNotice(QStringLiteral("The history was moved aside"));
        list()->setCurrentIndex(m_model->index(0)); // the detail pane's buttons, link included
        QTRY_VERIFY(m_window->findChild<QWidget*>(QStringLiteral("detailLinkPushButton")));
        const QStringList unnamed = unnamedControls(m_window.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void everyControlOfTheSettingsHasAName_data()
    {
        QTest::addColumn<int>("page");
        QTest::newRow("Connections") << 0;
        QTest::newRow("Notifications") << 1;
        QTest::newRow("General") << 2;
    }

    void everyControlOfTheSettingsHasAName()
    {
        QFETCH(int, page);
        Settings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        ConnectionProfile profile;
        profile.name = QStringLiteral("Local Redis");
        profile.url = QStringLiteral("redis://127.0.0.1:6379");
        profile.channels.append({QStringLiteral("alerts"), false, true, false, 1, false, {}});
        settings.setConnections({profile});
        SessionSecretStore secrets;
        SettingsDialog dialog(&settings, &secrets, nullptr);
        dialog.tabs()->setCurrentIndex(page);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList unnamed = unnamedControls(&dialog);
        if (!unnamed.isEmpty())
            qInfo().noquote() << "Without an accessible name:"
                              << unnamed.join(QStringLiteral(", "));
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void everyControlOfTheDialogsHasAName()
    {
        ComposeDialog compose(
            {{QStringLiteral("Local Redis"), RedisEndpoint(), {QStringLiteral("alerts")}, {}}});
        compose.show();
        QVERIFY(QTest::qWaitForWindowExposed(&compose));
        QStringList unnamed = unnamedControls(&compose);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

        ConnectionLog log;
        log.append(QStringLiteral("Local Redis"), QStringLiteral("Connected"));
        ConnectionLogDialog logDialog(&log);
        logDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&logDialog));
        unnamed = unnamedControls(&logDialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void tabFollowsTheLayout()
    {
        m_window->showNotice(QStringLiteral("The history was moved aside"));
        list()->setCurrentIndex(m_model->index(0));
        QTRY_VERIFY(m_window->findChild<QWidget*>(QStringLiteral("detailLinkPushButton")));
        auto* search = m_window->findChild<QWidget*>(QStringLiteral("searchLineEdit"));
        QCOMPARE(tabOrder(search), (QStringList{"searchLineEdit", "channelFilterComboBox",
                                                "unreadOnlyCheckBox", "noticeDismissPushButton",
                                                "notificationListView", "detailBodyPlainTextEdit",
                                                "detailLinkPushButton", "detailReadPushButton",
                                                "detailCopyPushButton", "detailDeletePushButton"}));

        // Another selection rebuilds the link buttons: they still come right after the text.
        list()->setCurrentIndex(m_model->index(2));
        list()->setCurrentIndex(m_model->index(0));
        QCOMPARE(tabOrder(search).indexOf(QStringLiteral("detailLinkPushButton")),
                 tabOrder(search).indexOf(QStringLiteral("detailBodyPlainTextEdit")) + 1);
    }

    void generalSettingsTabInTheirOrder()
    {
        Settings settings(m_dir.filePath(QStringLiteral("order.ini")));
        SessionSecretStore secrets;
        SettingsDialog dialog(&settings, &secrets, nullptr);
        dialog.tabs()->setCurrentIndex(2);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList order = tabOrder(dialog.tabs()->currentWidget());
        const QStringList expected{"startMinimizedCheckBox", "languageComboBox",
                                   "historyMaxCountSpinBox", "historyMaxAgeSpinBox",
                                   "allowRemoteIconsCheckBox"};
        QStringList onPage;
        for (const QString& name : order)
            if (expected.contains(name))
                onPage << name;
        QCOMPARE(onPage, expected);
    }

    void coloursFollowADarkPalette()
    {
        const QPalette light = QApplication::palette();
        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        QApplication::setPalette(dark);
        const auto restore = qScopeGuard([&light] { QApplication::setPalette(light); });

        // The desktop switched while the window was open: the banners follow.
        m_window->showNotice(QStringLiteral("The history was moved aside"));
        auto* banner = m_window->findChild<QWidget*>(QStringLiteral("noticeBanner"));
        QTRY_VERIFY(banner->palette().color(QPalette::Window).lightness() < 100);
        QVERIFY(banner->palette().color(QPalette::WindowText).lightness() > 180);
        auto* label = m_window->findChild<QLabel*>(QStringLiteral("noticeBannerLabel"));
        QVERIFY(label->palette().color(QPalette::WindowText).lightness() > 180);

        // A gap marker's amber and an error's red are lighter on dark backgrounds.
        QVERIFY(NotificationDelegate::gapColor(dark).lightness() >
                NotificationDelegate::gapColor(light).lightness());
        for (const QPalette& palette : {dark, light})
            QVERIFY(qAbs(PaletteColors::errorText(palette).lightness() -
                         palette.color(QPalette::Window).lightness()) > 90);

        // A dialog opened in the dark reports errors in the dark theme's red.
        ComposeDialog compose({});
        auto* status = compose.findChild<QLabel*>(QStringLiteral("composeStatusLabel"));
        QCOMPARE(status->palette().color(QPalette::WindowText), PaletteColors::errorText(dark));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
