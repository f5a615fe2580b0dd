#include "TrayIcon.h"
#include "TrayIconPainter.h"
#include "storage/HistoryStore.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QStyleHints>
#include <QSystemTrayIcon>
#include <QTest>
#include <cmath>

// The drawn tray icon: a glyph that contrasts with light and dark panels (and follows the palette
// when the desktop switches), states that differ in shape (not only in colour), and sharp pixmaps
// for HiDPI screens.
class TestTrayIconPainter : public QObject {
    Q_OBJECT

private:
    using State = TrayIconPainter::State;
    static constexpr State AllStates[] = {State::Connected, State::Connecting, State::Error,
                                          State::DoNotDisturb, State::Offline};

    static QPalette paletteWithWindow(const QColor& window)
    {
        QPalette palette;
        palette.setColor(QPalette::Window, window);
        return palette;
    }

    // How a person without colour vision sees the icon on a panel of `panel` colour: grey levels.
    static QImage asGreyOn(const QPixmap& pixmap, const QColor& panel)
    {
        QImage image(pixmap.size(), QImage::Format_ARGB32);
        image.fill(panel);
        QPainter painter(&image);
        painter.drawImage(0, 0, pixmap.toImage());
        painter.end();
        return image.convertToFormat(QImage::Format_Grayscale8);
    }

    static int differingPixels(const QImage& a, const QImage& b)
    {
        int count = 0;
        for (int y = 0; y < a.height(); ++y)
            for (int x = 0; x < a.width(); ++x)
                count += qAbs(qGray(a.pixel(x, y)) - qGray(b.pixel(x, y))) > 40;
        return count;
    }

    // The contrast ratio of WCAG 2 between two colours.
    static double contrast(const QColor& a, const QColor& b)
    {
        const auto luminance = [](const QColor& c) {
            const auto channel = [](double v) {
                return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(static_cast<double>(c.redF())) +
                   0.7152 * channel(static_cast<double>(c.greenF())) +
                   0.0722 * channel(static_cast<double>(c.blueF()));
        };
        const double la = luminance(a) + 0.05;
        const double lb = luminance(b) + 0.05;
        return la > lb ? la / lb : lb / la;
    }

private slots:
    void theGlyphStandsOutOnDarkAndLightPanels_data()
    {
        QTest::addColumn<QColor>("panel");
        QTest::newRow("black") << QColor(Qt::black);
        QTest::newRow("dark grey") << QColor(0x2d, 0x2d, 0x30);
        QTest::newRow("mid grey, dark side") << QColor(0x70, 0x70, 0x70);
        QTest::newRow("mid grey, light side") << QColor(0x90, 0x90, 0x90);
        QTest::newRow("light grey") << QColor(0xef, 0xf0, 0xf1);
        QTest::newRow("white") << QColor(Qt::white);
    }

    void theGlyphStandsOutOnDarkAndLightPanels()
    {
        QFETCH(QColor, panel);
        const QColor glyph = TrayIconPainter::glyphColor(paletteWithWindow(panel));
        // 3:1 is WCAG's minimum for graphics that carry meaning.
        QVERIFY2(contrast(glyph, panel) >= 3.0,
                 qPrintable(QStringLiteral("%1 on %2: %3:1")
                                .arg(glyph.name(), panel.name())
                                .arg(contrast(glyph, panel), 0, 'f', 1)));
        // And the bell is really drawn in it.
        const QImage image = TrayIconPainter::pixmap(State::Connected, 0, 32, glyph).toImage();
        QCOMPARE(image.pixelColor(16, 16).rgb(), glyph.rgb());
    }

    void aRimKeepsTheGlyphReadableOnTheOtherKindOfPanel_data()
    {
        QTest::addColumn<QColor>("palette");
        QTest::addColumn<QColor>("panel");
        // GNOME's dark top bar above light applications, and the other way round.
        QTest::newRow("light palette, black panel") << QColor(Qt::white) << QColor(Qt::black);
        QTest::newRow("dark palette, white panel") << QColor(Qt::black) << QColor(Qt::white);
    }

    void aRimKeepsTheGlyphReadableOnTheOtherKindOfPanel()
    {
        QFETCH(QColor, palette);
        QFETCH(QColor, panel);
        const QColor glyph = TrayIconPainter::glyphColor(paletteWithWindow(palette));
        QImage image(22, 22, QImage::Format_ARGB32);
        image.fill(panel);
        QPainter painter(&image);
        painter.drawPixmap(0, 0, TrayIconPainter::pixmap(State::Connected, 0, 22, glyph));
        painter.end();
        int standingOut = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                standingOut += contrast(image.pixelColor(x, y), panel) >= 3.0;
        // The bell's outline, about 50 pixels at 22 px, is there in the other tone.
        QVERIFY2(standingOut >= 30, qPrintable(QString::number(standingOut)));
    }

    void statesDifferInShapeNotOnlyInColour()
    {
        const QColor panel(0x2d, 0x2d, 0x30);
        const QColor glyph = TrayIconPainter::glyphColor(paletteWithWindow(panel));
        for (const State a : AllStates) {
            for (const State b : AllStates) {
                if (a >= b)
                    continue;
                const int differing =
                    differingPixels(asGreyOn(TrayIconPainter::pixmap(a, 0, 22, glyph), panel),
                                    asGreyOn(TrayIconPainter::pixmap(b, 0, 22, glyph), panel));
                QVERIFY2(differing >= 8, qPrintable(QStringLiteral("states %1 and %2: %3 pixels")
                                                        .arg(static_cast<int>(a))
                                                        .arg(static_cast<int>(b))
                                                        .arg(differing)));
            }
        }
    }

    void theUnreadBadgeShowsOnEveryState()
    {
        const QColor glyph = TrayIconPainter::glyphColor(paletteWithWindow(Qt::white));
        for (const State state : AllStates) {
            const QImage without = TrayIconPainter::pixmap(state, 0, 24, glyph).toImage();
            const QImage with = TrayIconPainter::pixmap(state, 7, 24, glyph).toImage();
            // The badge sits in the upper right corner.
            QVERIFY(with.pixelColor(20, 4) != without.pixelColor(20, 4));
        }
    }

    void everyPanelSizeHasASharpHighDpiPixmap()
    {
        const QColor glyph = TrayIconPainter::glyphColor(paletteWithWindow(Qt::black));
        const QIcon icon = TrayIconPainter::icon(State::Error, 3, glyph);
        for (const int size : TrayIconPainter::sizes()) {
            for (const qreal ratio : {1.0, 2.0}) {
                const QPixmap shown = icon.pixmap(QSize(size, size), ratio);
                QCOMPARE(shown.devicePixelRatio(), ratio);
                QCOMPARE(shown.size(), QSize(size, size) * ratio);
                // The pixmap drawn for that ratio, not a scaled copy of another size.
                const QImage drawn =
                    TrayIconPainter::pixmap(State::Error, 3, size, glyph, ratio).toImage();
                QCOMPARE(shown.toImage().convertToFormat(drawn.format()), drawn);
            }
        }
    }

    void theGlyphFollowsTheApplicationPalette()
    {
        const QPalette saved = QGuiApplication::palette();
        QGuiApplication::setPalette(paletteWithWindow(QColor(0x20, 0x20, 0x20)));
        const QColor onDark = TrayIconPainter::glyphColor();
        QGuiApplication::setPalette(paletteWithWindow(QColor(0xf0, 0xf0, 0xf0)));
        const QColor onLight = TrayIconPainter::glyphColor();
        QGuiApplication::setPalette(saved);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
        if (QGuiApplication::styleHints()->colorScheme() != Qt::ColorScheme::Unknown)
            QSKIP("The platform reports a colour scheme, which takes precedence");
#endif
        QVERIFY(onDark.lightnessF() > 0.7f);
        QVERIFY(onLight.lightnessF() < 0.3f);
    }

    void theTrayIconIsRedrawnWhenThePaletteChanges()
    {
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
        if (QGuiApplication::styleHints()->colorScheme() != Qt::ColorScheme::Unknown)
            QSKIP("The platform reports a colour scheme, which takes precedence");
#endif
        HistoryStore store;
        QString error;
        QVERIFY2(store.open(":memory:", &error), qPrintable(error));
        const QPalette saved = QGuiApplication::palette();
        const auto bellColour = [](const TrayIcon& tray) {
            return tray.systemTrayIcon()
                ->icon()
                .pixmap(QSize(32, 32), 1.0)
                .toImage()
                .pixelColor(16, 16);
        };
        QGuiApplication::setPalette(paletteWithWindow(QColor(0xf0, 0xf0, 0xf0)));
        TrayIcon tray(&store);
        tray.setConnectionStatus("redis://a", {SourceStatus::State::Connected, {}, {}, -1});
        const QColor onLight = bellColour(tray);
        QGuiApplication::setPalette(paletteWithWindow(QColor(0x20, 0x20, 0x20)));
        const QColor onDark = bellColour(tray);
        QGuiApplication::setPalette(saved);
        QCOMPARE(onLight.alpha(), 255);
        QCOMPARE(onDark.alpha(), 255);
        QVERIFY2(onLight.lightnessF() < 0.3f, qPrintable(onLight.name()));
        QVERIFY2(onDark.lightnessF() > 0.7f, qPrintable(onDark.name()));
    }
};

QTEST_MAIN(TestTrayIconPainter)
#include "tst_trayiconpainter.moc"
