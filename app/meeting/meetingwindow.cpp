#include "meetingwindow.h"

#include "meetingslide.h"

#include "models/actionsmodel.h"
#include "models/format.h"
#include "models/metricsservice.h"
#include "report/packbuilder.h"
#include "usersettings.h"
#include "views/reportview.h"
#include "views/viewregistry.h"
#include "widgets/fittext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace acc {

namespace {
// The projector theme: the desk theme's type one and a half times as large (body text
// 18 pt, 24 pixels; table text 19.5 pt; headline figures at least 24 pt, 32 pixels).
constexpr qreal kProjectorScale = 1.5;
constexpr int kDefaultIntervalSeconds = 30;
} // namespace

MeetingWindow::MeetingWindow(std::shared_ptr<const MetricsSnapshot> snapshot, PackKind kind, QWidget *parent)
    : QWidget(parent)
    , m_snapshot(std::move(snapshot))
    , m_kind(kind)
    , m_theme(theme::Theme::standard().scaled(kProjectorScale))
{
    setWindowTitle(tr("Meeting mode"));
    setAttribute(Qt::WA_DeleteOnClose);
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    setPalette(m_theme.palette(palette()));
    setMinimumSize(640, 480);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bar = new QFrame(this);
    bar->setObjectName(QStringLiteral("meetingBar"));
    bar->setStyleSheet(QStringLiteral("#meetingBar { background: %1; } #meetingBar QLabel { color: %2; }")
                           .arg(theme::ink().name(), theme::background().name()));
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(24, 6, 24, 6);
    m_header = new FitText(m_theme.pointSize(theme::Text::Body), 14, true, bar);
    m_header->setColor(theme::background());
    m_messageLabel = new QLabel(bar);
    m_messageLabel->setFont(m_theme.font(theme::Text::Body, true));
    m_slideLabel = new QLabel(bar);
    m_slideLabel->setFont(m_theme.font(theme::Text::Body, true));
    m_slideLabel->setObjectName(QStringLiteral("slideNumber"));
    // The period and the filter never give way: the company and the meeting's name do.
    m_periodLabel = new QLabel(bar);
    m_periodLabel->setFont(m_theme.font(theme::Text::Body, true));
    m_periodLabel->setObjectName(QStringLiteral("meetingPeriod"));
    barLayout->addWidget(m_header, 1);
    barLayout->addSpacing(12);
    barLayout->addWidget(m_periodLabel);
    barLayout->addSpacing(12);
    barLayout->addWidget(m_messageLabel);
    barLayout->addSpacing(24);
    barLayout->addWidget(m_slideLabel);
    layout->addWidget(bar);

    m_pages = new QStackedWidget(this);
    m_slides = new QStackedWidget(m_pages);
    m_pages->addWidget(m_slides);
    layout->addWidget(m_pages, 1);

    m_blankCover = new QWidget(this);
    m_blankCover->setAutoFillBackground(true);
    m_blankCover->hide();

    m_advance = new QTimer(this);
    const int seconds =
        QSettings().value(QStringLiteral("meeting/interval"), kDefaultIntervalSeconds).toInt();
    m_advance->setInterval(std::max(3, seconds) * 1000);
    connect(m_advance, &QTimer::timeout, this,
            [this] { showSlide(m_current + 1 < slideCount() ? m_current + 1 : 0); });

    rebuild();
    const QString period = m_pack->period.toString();
    const int resume = QSettings().value(resumeKey(m_kind, period), 0).toInt();
    showSlide(resume >= 0 && resume < slideCount() ? resume : 0);
}

MeetingWindow::~MeetingWindow()
{
    if (m_pack && m_remembered)
        QSettings().setValue(resumeKey(m_kind, m_pack->period.toString()), m_current);
    // The slides read the pack: they go first.
    delete m_pages;
}

QString MeetingWindow::resumeKey(PackKind kind, const QString &period)
{
    return QStringLiteral("meeting/resume/%1/%2").arg(agenda::kindName(kind), period);
}

void MeetingWindow::rebuild()
{
    for (MeetingSlide *slide : std::as_const(m_built))
        delete slide;
    m_built.clear();
    PackOptions options;
    options.privacy = m_private;
    m_pack = std::make_shared<const MeetingPack>(PackBuilder::build(*m_snapshot, m_kind, options));
    for (int i = 0; i < m_pack->sections.size(); ++i)
        m_built.append(nullptr);
}

int MeetingWindow::slideCount() const
{
    return int(m_pack->sections.size());
}

MeetingSlide *MeetingWindow::slide() const
{
    return m_built.value(m_current);
}

void MeetingWindow::showSlide(int index)
{
    if (slideCount() == 0)
        return;
    index = std::clamp(index, 0, slideCount() - 1);
    if (!m_built[index]) {
        m_built[index] = new MeetingSlide(m_pack, index, m_theme, m_slides);
        m_slides->addWidget(m_built[index]);
    }
    m_current = index;
    m_slides->setCurrentWidget(m_built[index]);
    if (isDrilledDown())
        closeDrillDown();
    updateBar();
    emit slideChanged(m_current);
}

QString MeetingWindow::headerText() const
{
    // The period's short form ("Q3 2026"): the bar keeps it whole on a 1024-pixel projector.
    QStringList parts{m_pack->companyName, m_pack->title, format::periodShort(m_pack->period)};
    if (!m_pack->filterText.isEmpty())
        parts << m_pack->filterText;
    return parts.join(QStringLiteral(" · "));
}

QString MeetingWindow::slideText() const
{
    return tr("Slide %1 of %2").arg(m_current + 1).arg(slideCount());
}

QString MeetingWindow::message() const
{
    return m_message;
}

void MeetingWindow::say(const QString &text)
{
    m_message = text;
    updateBar();
}

void MeetingWindow::updateBar()
{
    m_header->setText(m_pack->companyName + QStringLiteral(" · ") + m_pack->title);
    // Too long for the bar even at its smallest type (a long company name, a long
    // language): the meeting's name alone, the whole in the tooltip.
    m_header->setShortText(m_pack->title);
    m_periodLabel->setText(m_pack->filterText.isEmpty() ? format::periodShort(m_pack->period)
                                                        : format::periodShort(m_pack->period) +
                                                              QStringLiteral(" · ") + m_pack->filterText);
    QStringList flags;
    if (m_private)
        flags << tr("Names masked");
    if (autoAdvance())
        flags << tr("Auto-advance every %1 s").arg(m_advance->interval() / 1000);
    if (!m_message.isEmpty())
        flags.prepend(m_message);
    m_messageLabel->setText(flags.join(QStringLiteral("  ·  ")));
    m_slideLabel->setText(m_typed.isEmpty() ? slideText() : tr("Go to slide %1…").arg(m_typed));
}

void MeetingWindow::setPrivate(bool on)
{
    if (on == m_private)
        return;
    m_private = on;
    const int current = m_current;
    if (isDrilledDown())
        closeDrillDown();
    rebuild();
    showSlide(current);
    emit privacyChanged(on);
}

bool MeetingWindow::autoAdvance() const
{
    return m_advance->isActive();
}

void MeetingWindow::setAutoAdvance(bool on)
{
    if (on)
        m_advance->start();
    else
        m_advance->stop();
    updateBar();
}

void MeetingWindow::setBlank(Blank blank)
{
    m_blank = m_blank == blank ? Blank::None : blank;
    if (m_blank == Blank::None) {
        m_blankCover->hide();
        return;
    }
    QPalette palette = m_blankCover->palette();
    palette.setColor(QPalette::Window, m_blank == Blank::Black ? Qt::black : Qt::white);
    m_blankCover->setPalette(palette);
    m_blankCover->setGeometry(rect());
    m_blankCover->raise();
    m_blankCover->show();
}

bool MeetingWindow::isDrilledDown() const
{
    return m_drill && m_pages->currentWidget() == m_drill;
}

void MeetingWindow::drillDown()
{
    const PackSection &section = m_pack->sections.at(m_current);
    if (m_private) {
        say(tr("The customer list is off while names are masked (P)"));
        return;
    }
    if (section.drill.title.isEmpty()) {
        say(tr("This slide has no customers to list"));
        return;
    }
    const ViewDescriptor *customers = views::find(QStringLiteral("customers"));
    if (!customers)
        return;
    delete m_drill;
    m_drill = customers->create(m_theme, m_pages);
    m_drill->setSnapshot(m_snapshot);
    m_drill->showCustomers(section.drill);
    m_pages->addWidget(m_drill);
    m_pages->setCurrentWidget(m_drill);
    say(tr("Esc returns to the slide"));
}

void MeetingWindow::closeDrillDown()
{
    m_pages->setCurrentWidget(m_slides);
    m_drill->deleteLater();
    m_drill = nullptr;
    m_message.clear();
    updateBar();
    setFocus();
}

void MeetingWindow::jumpToTyped()
{
    bool ok = false;
    const int number = m_typed.toInt(&ok);
    m_typed.clear();
    if (!ok || number < 1 || number > slideCount()) {
        say(tr("There is no slide %1: the meeting has %2").arg(number).arg(slideCount()));
        return;
    }
    m_message.clear();
    showSlide(number - 1);
}

QDialog *MeetingWindow::quickAction()
{
    if (!m_snapshot || !m_snapshot->data)
        return nullptr;
    if (!m_snapshot->readOnly.isEmpty()) { // said before anything is typed
        say(tr("Read-only: %1").arg(m_snapshot->readOnly));
        return nullptr;
    }
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New action"));
    dialog->setFont(m_theme.font(theme::Text::Body));
    auto *form = new QFormLayout(dialog);
    auto *title = new QLineEdit(dialog);
    title->setObjectName(QStringLiteral("actionTitle"));
    title->setPlaceholderText(tr("What was agreed"));
    auto *model = new ActionsModel(dialog);
    model->setAuthor(user::authorName());
    model->setSnapshot(m_snapshot);
    auto *owner = new QComboBox(dialog);
    owner->setObjectName(QStringLiteral("actionOwner"));
    owner->setEditable(true);
    owner->addItems(model->owners());
    owner->setCurrentText(QString());
    auto *due = new QDateEdit(QDate::currentDate().addDays(14), dialog);
    due->setObjectName(QStringLiteral("actionDue"));
    due->setCalendarPopup(true);
    due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *error = new QLabel(dialog);
    error->setWordWrap(true);
    error->setObjectName(QStringLiteral("actionError"));
    form->addRow(tr("&Action:"), title);
    form->addRow(tr("&Owner:"), owner);
    form->addRow(tr("&Due:"), due);
    form->addRow(error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        Action draft;
        draft.title = title->text().trimmed();
        draft.owner = owner->currentText().trimmed();
        draft.due = due->date();
        draft.source = QStringLiteral("meeting");
        QString why;
        if (draft.title.isEmpty()) {
            error->setText(tr("Say what was agreed: the action needs a title."));
            return;
        }
        if (!model->addAction(draft, &why)) {
            error->setText(why);
            return;
        }
        dialog->accept();
        const int current = m_current;
        rebuild();
        showSlide(current);
        say(tr("Action recorded: %1").arg(draft.title));
        emit inputsChanged();
    });
    connect(dialog, &QDialog::finished, this, [this] { setFocus(); });
    dialog->setMinimumWidth(std::min(720, width() - 40));
    dialog->open();
    title->setFocus();
    return dialog;
}

void MeetingWindow::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    // A blank screen returns with its own key (or Esc); every other key is kept from the
    // slides, so the audience never sees a slide flash by.
    if (m_blank != Blank::None) {
        if (key == Qt::Key_B)
            setBlank(Blank::Black);
        else if (key == Qt::Key_W)
            setBlank(Blank::White);
        else if (key == Qt::Key_Escape)
            setBlank(m_blank);
        return;
    }
    if (isDrilledDown()) {
        if (key == Qt::Key_Escape || key == Qt::Key_Backspace)
            closeDrillDown();
        else
            QWidget::keyPressEvent(event);
        return;
    }
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        if (m_typed.size() < 4)
            m_typed += QChar(u'0' + (key - Qt::Key_0));
        updateBar();
        return;
    }
    if (!m_typed.isEmpty() && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
        jumpToTyped();
        return;
    }
    if (!m_typed.isEmpty() && (key == Qt::Key_Backspace || key == Qt::Key_Escape)) {
        m_typed.clear();
        updateBar();
        return;
    }
    m_message.clear();
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_Down:
        showSlide(m_current + 1);
        return;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
        showSlide(m_current - 1);
        return;
    case Qt::Key_Home:
        showSlide(0);
        return;
    case Qt::Key_End:
        showSlide(slideCount() - 1);
        return;
    case Qt::Key_B:
        setBlank(Blank::Black);
        return;
    case Qt::Key_W:
        setBlank(Blank::White);
        return;
    case Qt::Key_P:
        setPrivate(!m_private);
        return;
    case Qt::Key_A:
        quickAction();
        return;
    case Qt::Key_T:
        setAutoAdvance(!autoAdvance());
        return;
    case Qt::Key_D:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        drillDown();
        return;
    case Qt::Key_Escape:
        close();
        return;
    default:
        break;
    }
    updateBar();
    QWidget::keyPressEvent(event);
}

void MeetingWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_blankCover->setGeometry(rect());
    // Type grows with the screen: 1.5 times the desk's at 768 pixels high, up to 1.6 times
    // that at 1229 and more (1920x1080: 2.1), in steps of a quarter.
    const qreal grow = std::clamp(height() / 768.0, 1.0, 1.6);
    const qreal scale = std::round(kProjectorScale * grow * 4) / 4;
    if (m_pack && std::abs(scale - m_theme.scale()) > 0.01) {
        m_theme = theme::Theme::standard().scaled(scale);
        // The slides again in the new type (the pack stays).
        for (MeetingSlide *&slide : m_built) {
            delete slide;
            slide = nullptr;
        }
        if (slideCount() > 0)
            showSlide(m_current);
    }
}

void MeetingWindow::closeEvent(QCloseEvent *event)
{
    m_advance->stop();
    if (m_remembered)
        QSettings().setValue(resumeKey(m_kind, m_pack->period.toString()), m_current);
    QWidget::closeEvent(event);
}

} // namespace acc
