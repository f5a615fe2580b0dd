#pragma once

#include <QFrame>
#include <QTimer>

class QLabel;
class QToolButton;

// One of Herald's own popup windows, for desktops with neither a notification server nor a tray
// that shows balloons. A small frameless, always-on-top window that never takes the focus: a
// colour strip for the priority, the title in bold and the body cut to four lines, a "Mark as
// read" button and a close button. Every text is shown through QLabel as plain text, never as rich
// text. PopupNotifier places, stacks and closes these.
class PopupWidget : public QFrame {
    Q_OBJECT

public:
    static constexpr int Width = 360;
    static constexpr int MaxBodyLines = 4;
    // After the pointer leaves, the popup stays at least this long so it does not vanish under
    // the user's eyes.
    static constexpr int MinResumeMs = 1500;
    static constexpr int StripWidth = 5;
    static constexpr int Margin = 10;

    explicit PopupWidget(QWidget* parent = nullptr);
    ~PopupWidget() override;

    void setContent(const QString& title, const QString& body, int priority);
    void setMarkReadVisible(bool visible);
    // (Re)starts the countdown to timedOut(); 0 means the popup stays until closed.
    void startTimeout(int ms);
    // True while the countdown runs (false while hovered or without a timeout).
    bool isCountingDown() const { return m_timer.isActive(); }

    QString title() const;
    QString body() const;
    int priority() const { return m_priority; }

    // The body as shown: `text` laid out at `width` in `font`, at most `maxLines` lines, the last
    // one ending in an ellipsis when text was left out.
    static QString elideToLines(const QString& text, const QFont& font, int width, int maxLines);

signals:
    void clicked();
    void markReadClicked();
    void closeClicked();
    void timedOut();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void enterEvent(QEnterEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void buildLayout();
    QToolButton* makeButton(const QString& objectName, const QString& text, const QString& toolTip);
    static QColor priorityColor(int priority);

    QFrame* m_strip = nullptr;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_bodyLabel = nullptr;
    QToolButton* m_markReadButton = nullptr;
    QToolButton* m_closeButton = nullptr;
    QString m_title;
    QString m_body;
    int m_priority = 3;
    QTimer m_timer;
    int m_pausedRemainingMs = 0;
};
