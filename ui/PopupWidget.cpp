#include "PopupWidget.h"

#include "NotificationDelegate.h"

#include <QEnterEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QTextLayout>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace {

constexpr int TitleLines = 2;

void chopTrailingSpace(QString& line)
{
    qsizetype end = line.size();
    while (end > 0 && (line.at(end - 1).isSpace() || line.at(end - 1) == QChar::LineSeparator))
        --end;
    line.truncate(end);
}

QLabel* makePlainLabel(const QString& objectName, QWidget* parent)
{
    // Plain text always: the texts come from whoever can publish, and a QLabel in AutoText
    // would render anything that looks like HTML.
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::NoTextInteraction);
    return label;
}

} // namespace

PopupWidget::PopupWidget(QWidget* parent)
    : QFrame(parent, Qt::ToolTip | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint |
                         Qt::WindowDoesNotAcceptFocus)
{
    // A notification must not take the keyboard from what the user is typing into.
    setAttribute(Qt::WA_ShowWithoutActivating);
    setFocusPolicy(Qt::NoFocus);
    setObjectName(QStringLiteral("popupWidget"));
    setFrameStyle(QFrame::Box | QFrame::Plain);
    setAutoFillBackground(true);
    setCursor(Qt::PointingHandCursor);
    setFixedWidth(Width);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PopupWidget::timedOut);
    buildLayout();
}

PopupWidget::~PopupWidget() = default;

void PopupWidget::buildLayout()
{
    m_strip = new QFrame(this);
    m_strip->setObjectName(QStringLiteral("priorityStripFrame"));
    m_strip->setFixedWidth(StripWidth);
    m_strip->setAutoFillBackground(true);

    m_titleLabel = makePlainLabel(QStringLiteral("popupTitleLabel"), this);
    QFont bold = m_titleLabel->font();
    bold.setBold(true);
    m_titleLabel->setFont(bold);
    m_bodyLabel = makePlainLabel(QStringLiteral("popupBodyLabel"), this);

    //: Tool tip and spoken name of the popup's × button
    m_closeButton =
        makeButton(QStringLiteral("closeToolButton"), QStringLiteral("\u00d7"), tr("Close"));
    connect(m_closeButton, &QToolButton::clicked, this, &PopupWidget::closeClicked);
    m_markReadButton = makeButton(QStringLiteral("markReadToolButton"), tr("Mark as read"), {});
    connect(m_markReadButton, &QToolButton::clicked, this, &PopupWidget::markReadClicked);

    auto* header = new QHBoxLayout;
    header->addWidget(m_titleLabel, 1, Qt::AlignTop);
    header->addWidget(m_closeButton, 0, Qt::AlignTop);
    auto* footer = new QHBoxLayout;
    footer->addStretch(1);
    footer->addWidget(m_markReadButton);

    auto* content = new QVBoxLayout;
    content->setContentsMargins(Margin, Margin / 2, Margin / 2, Margin / 2);
    content->addLayout(header);
    content->addWidget(m_bodyLabel);
    content->addLayout(footer);

    auto* root = new QHBoxLayout(this);
    root->setContentsMargins(frameWidth(), frameWidth(), frameWidth(), frameWidth());
    root->setSpacing(0);
    root->addWidget(m_strip);
    root->addLayout(content, 1);
}

QToolButton* PopupWidget::makeButton(const QString& objectName, const QString& text,
                                     const QString& toolTip)
{
    auto* button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setText(text);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus);
    button->setCursor(Qt::ArrowCursor);
    if (!toolTip.isEmpty()) {
        button->setToolTip(toolTip);
        button->setAccessibleName(toolTip);
    }
    return button;
}

void PopupWidget::setContent(const QString& title, const QString& body, int priority)
{
    m_title = title;
    m_body = body;
    m_priority = priority;
    // A screen reader announces the popup by these, in full: the labels may be cut short.
    setAccessibleName(title);
    setAccessibleDescription(body);
    // No tool tip with the whole text: QToolTip renders anything that looks like HTML as rich
    // text.
    const int textWidth = Width - StripWidth - 2 * frameWidth() - Margin - Margin / 2;
    const int titleWidth = textWidth - m_closeButton->sizeHint().width();
    m_titleLabel->setText(elideToLines(title, m_titleLabel->font(), titleWidth, TitleLines));
    m_bodyLabel->setText(elideToLines(body, m_bodyLabel->font(), textWidth, MaxBodyLines));
    m_bodyLabel->setVisible(!body.isEmpty());
    QPalette palette = m_strip->palette();
    palette.setColor(QPalette::Window, priorityColor(priority));
    m_strip->setPalette(palette);
    adjustSize();
}

void PopupWidget::setMarkReadVisible(bool visible)
{
    m_markReadButton->setVisible(visible);
}

QString PopupWidget::title() const
{
    return m_title;
}

QString PopupWidget::body() const
{
    return m_body;
}

QColor PopupWidget::priorityColor(int priority)
{
    return NotificationDelegate::priorityColor(std::clamp(priority, 1, 5)); // one palette
}

// QLabel wraps but cannot stop after N lines with an ellipsis, so the text is laid out here.
QString PopupWidget::elideToLines(const QString& text, const QFont& font, int width, int maxLines)
{
    QString prepared = text;
    prepared.replace(u'\n', QChar::LineSeparator); // QTextLayout breaks lines only at this one
    QTextLayout layout(prepared, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    const QFontMetrics metrics(font);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        QString shown;
        if (lines.size() == maxLines - 1) {
            // The last line takes what is left and ends in an ellipsis when that does not fit.
            shown = prepared.mid(line.textStart()).replace(QChar::LineSeparator, u' ');
            shown = metrics.elidedText(shown.simplified(), Qt::ElideRight, width);
        } else {
            shown = prepared.mid(line.textStart(), line.textLength());
        }
        chopTrailingSpace(shown);
        lines.append(shown);
        if (lines.size() == maxLines)
            break;
    }
    layout.endLayout();
    return lines.join(u'\n');
}

void PopupWidget::startTimeout(int ms)
{
    m_timer.stop();
    m_pausedRemainingMs = 0;
    if (ms <= 0)
        return;
    if (underMouse())
        m_pausedRemainingMs = ms; // starts counting when the pointer leaves
    else
        m_timer.start(ms);
}

void PopupWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked();
    QFrame::mouseReleaseEvent(event);
}

// While the pointer rests on a popup the user is reading it: the countdown pauses.
void PopupWidget::enterEvent(QEnterEvent* event)
{
    if (m_timer.isActive()) {
        m_pausedRemainingMs = std::max(1, m_timer.remainingTime());
        m_timer.stop();
    }
    QFrame::enterEvent(event);
}

void PopupWidget::leaveEvent(QEvent* event)
{
    if (m_pausedRemainingMs > 0) {
        m_timer.start(std::max(m_pausedRemainingMs, MinResumeMs));
        m_pausedRemainingMs = 0;
    }
    QFrame::leaveEvent(event);
}
