#pragma once

#include "desktop/DesktopNotifier.h"

#include <QList>

class PopupWidget;

// Herald's own popups, for desktops with neither a notification server nor a tray that shows
// balloons. Each is a PopupWidget in the bottom-right corner of the primary screen's available
// geometry, the newest nearest the corner and older ones stacked upward with a small gap (where
// the platform lets applications place windows: not on Wayland). At most MaxVisible are up; a
// newer one closes the oldest.
//
// A click on a popup emits activated(rowId) (summaryActivated(key) for a summary), its "Mark as
// read" button markReadRequested(rowId); both close it. closed(rowId) follows every closing of a
// notification popup: click, button, close button, timeout, pushed out, closeAll(). The countdown
// pauses while the pointer is on a popup.
class PopupNotifier : public DesktopNotifier {
    Q_OBJECT

public:
    static constexpr int MaxVisible = 5;
    static constexpr int Gap = 8;
    static constexpr int ScreenMargin = 12;

    explicit PopupNotifier(QObject* parent = nullptr);
    ~PopupNotifier() override;

    QString backendName() const override;
    void show(const Notification& n) override;
    void showSummary(const QString& key, const QString& title, const QString& body,
                     int priority) override;
    void closeAll() override;

    // The popups up now, oldest first.
    QList<PopupWidget*> popups() const;

private:
    struct Entry {
        PopupWidget* widget = nullptr;
        qint64 rowId = 0;
        QString summaryKey; // non-empty for a summary
    };

    void add(const Entry& entry);
    void wire(PopupWidget* popup);
    void activate(PopupWidget* popup);
    void markRead(PopupWidget* popup);
    void remove(PopupWidget* popup);
    qsizetype indexOf(const PopupWidget* popup) const;
    void relayout();

    QList<Entry> m_entries; // oldest first; the widgets are top-level windows owned here
};
