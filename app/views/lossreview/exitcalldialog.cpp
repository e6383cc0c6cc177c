#include "exitcalldialog.h"

#include "usersettings.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace acc {

ExitCallDialog::ExitCallDialog(const QString &spec, const ExitCall &call, const QString &heading,
                               QWidget *parent)
    : QDialog(parent)
    , m_spec(spec)
    , m_call(call)
{
    setWindowTitle(tr("Exit call"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(heading, this);
    title->setWordWrap(true);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);

    auto *form = new QFormLayout;
    m_caller = new QLineEdit(call.caller, this);
    m_caller->setPlaceholderText(tr("the executive who calls"));
    m_due = new QDateEdit(this);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_due->setCalendarPopup(true);
    m_due->setDate(call.due.isValid() ? call.due : QDate::currentDate().addDays(7));
    m_outcome = new QComboBox(this);
    m_outcome->addItem(exitcalls::outcomeLabel({}), QString());
    for (const QString &o : exitcalls::outcomes())
        m_outcome->addItem(exitcalls::outcomeLabel(o), o);
    m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(call.outcome)));
    m_reason = new QLineEdit(call.correctedReason, this);
    m_reason->setPlaceholderText(tr("the reason the customer gave"));
    m_chance = new QComboBox(this);
    m_chance->addItem(tr("not judged"), QString());
    for (const QString &c : exitcalls::winbacks())
        m_chance->addItem(exitcalls::winbackLabel(c), c);
    m_chance->setCurrentIndex(std::max(0, m_chance->findData(call.winback)));
    m_note = new QLineEdit(call.note, this);
    form->addRow(tr("&Caller:"), m_caller);
    form->addRow(tr("&Call by:"), m_due);
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("Customer's &reason:"), m_reason);
    form->addRow(tr("&Win-back chance:"), m_chance);
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #C04A00; font-weight: bold;"));
    m_message->hide();
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExitCallDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExitCallDialog::reject);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &ExitCallDialog::updateReason);
    updateReason();
}

void ExitCallDialog::updateReason()
{
    m_reason->setEnabled(m_outcome->currentData().toString() == QLatin1String("corrected"));
}

ExitCall ExitCallDialog::call() const
{
    ExitCall c = m_call;
    c.caller = m_caller->text().trimmed();
    c.due = m_due->date();
    c.outcome = m_outcome->currentData().toString();
    c.correctedReason = c.outcome == QLatin1String("corrected") ? m_reason->text().trimmed() : QString();
    c.winback = m_chance->currentData().toString();
    c.note = m_note->text();
    if (c.author.isEmpty())
        c.author = user::authorName();
    if (!c.assignedOn.isValid())
        c.assignedOn = QDate::currentDate();
    return c;
}

QString ExitCallDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void ExitCallDialog::accept()
{
    QString error;
    if (!exitcalls::save(m_spec, call(), &error)) {
        m_message->setText(tr("⚠ %1").arg(error));
        m_message->show();
        return;
    }
    QDialog::accept();
}

} // namespace acc
