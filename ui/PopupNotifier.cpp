#include "PopupNotifier.h"

#include "PopupWidget.h"

#include <QGuiApplication>
#include <QScreen>

PopupNotifier::PopupNotifier(QObject* parent)
    : DesktopNotifier(parent)
{
}

PopupNotifier::~PopupNotifier()
{
    for (const Entry& entry : std::as_const(m_entries))
        delete entry.widget;
}

QString PopupNotifier::backendName() const
{
    return QStringLiteral("popup");
}

void PopupNotifier::show(const Notification& n)
{
    auto* popup = new PopupWidget;
    popup->setContent(n.title, displayBody(n), n.priority);
    popup->setMarkReadVisible(true);
    add({popup, n.rowId, {}});
}

void PopupNotifier::showSummary(const QString& key, const QString& title, const QString& body,
                                int priority)
{
    for (const Entry& entry : std::as_const(m_entries)) {
        if (entry.summaryKey != key)
            continue;
        entry.widget->setContent(title, body, priority);
        entry.widget->startTimeout(effectiveTimeoutMs());
        relayout(); // its height may have changed
        return;
    }
    auto* popup = new PopupWidget;
    popup->setContent(title, body, priority);
    popup->setMarkReadVisible(false);
    add({popup, 0, key});
}

void PopupNotifier::add(const Entry& entry)
{
    m_entries.append(entry);
    wire(entry.widget);
    while (m_entries.size() > MaxVisible)
        remove(m_entries.constFirst().widget);
    relayout();
    entry.widget->show();
    entry.widget->startTimeout(effectiveTimeoutMs());
}

void PopupNotifier::wire(PopupWidget* popup)
{
    connect(popup, &PopupWidget::clicked, this, [this, popup] { activate(popup); });
    connect(popup, &PopupWidget::markReadClicked, this, [this, popup] { markRead(popup); });
    connect(popup, &PopupWidget::closeClicked, this, [this, popup] { remove(popup); });
    connect(popup, &PopupWidget::timedOut, this, [this, popup] { remove(popup); });
}

void PopupNotifier::activate(PopupWidget* popup)
{
    const qsizetype index = indexOf(popup);
    if (index < 0)
        return;
    const Entry entry = m_entries.at(index);
    // Remove first: a slot connected to the signal may call closeAll() or show() again.
    remove(popup);
    if (entry.summaryKey.isEmpty())
        emit activated(entry.rowId);
    else
        emit summaryActivated(entry.summaryKey);
}

void PopupNotifier::markRead(PopupWidget* popup)
{
    const qsizetype index = indexOf(popup);
    if (index < 0)
        return;
    const qint64 rowId = m_entries.at(index).rowId;
    remove(popup);
    emit markReadRequested(rowId);
}

void PopupNotifier::remove(PopupWidget* popup)
{
    const qsizetype index = indexOf(popup);
    if (index < 0)
        return;
    const Entry entry = m_entries.takeAt(index);
    entry.widget->hide();
    // Later: this may run inside one of the widget's own signals.
    entry.widget->deleteLater();
    relayout();
    if (entry.summaryKey.isEmpty())
        emit closed(entry.rowId);
}

void PopupNotifier::closeAll()
{
    while (!m_entries.isEmpty())
        remove(m_entries.constLast().widget);
}

QList<PopupWidget*> PopupNotifier::popups() const
{
    QList<PopupWidget*> widgets;
    for (const Entry& entry : m_entries)
        widgets.append(entry.widget);
    return widgets;
}

qsizetype PopupNotifier::indexOf(const PopupWidget* popup) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).widget == popup)
            return i;
    }
    return -1;
}

void PopupNotifier::relayout()
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect area = screen->availableGeometry();
    int bottom = area.bottom() - ScreenMargin;
    // Newest nearest the corner, older ones above it.
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        PopupWidget* popup = m_entries.at(i).widget;
        popup->adjustSize(); // its labels' height depends on the fixed width
        const QSize size = popup->size();
        const QPoint topLeft(area.right() - ScreenMargin - size.width() + 1,
                             bottom - size.height() + 1);
        popup->move(topLeft);
        bottom = topLeft.y() - Gap - 1;
    }
}
