#include "settingsdialog.h"

#include "engine/period.h"
#include "models/format.h"
#include "storage/database.h"
#include "usersettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace acc {

SettingsDialog::SettingsDialog(const QString &spec, QWidget *parent)
    : QDialog(parent)
    , m_spec(spec)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));

    QString error;
    Database db;
    if (!spec.isEmpty() && db.open(spec, &error)) {
        if (const auto s = settings::read(db, &error)) {
            m_loaded = *s;
            // A read-only role (issue 14) opens the database but may not write it.
            m_writable = db.mode() == Database::Mode::ReadWrite && db.editRefusal().isEmpty();
        }
    }
    if (spec.isEmpty())
        error = tr("No company is open: open one to change its settings.");

    auto *layout = new QVBoxLayout(this);

    auto *company = new QGroupBox(tr("This company (kept in its database, the same for everyone)"), this);
    auto *form = new QFormLayout(company);
    m_name = new QLineEdit(m_loaded.companyName, company);
    m_name->setMaxLength(CompanySettings::kMaxNameLength + 1); // one more: the message explains
    m_name->setPlaceholderText(tr("the company's name, on the window and every pack"));
    form->addRow(tr("Company &name:"), m_name);

    m_currency = new QLineEdit(m_loaded.currency, company);
    m_currency->setMaxLength(3);
    m_currency->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), m_currency));
    m_currency->setToolTip(tr("The ISO 4217 code of the currency of every amount (EUR, USD, GBP, JPY…)"));
    connect(m_currency, &QLineEdit::textEdited, m_currency, [this](const QString &text) {
        if (text != text.toUpper()) {
            const int at = m_currency->cursorPosition();
            m_currency->setText(text.toUpper());
            m_currency->setCursorPosition(at);
        }
    });
    form->addRow(tr("&Currency:"), m_currency);

    m_sla = new QSpinBox(company);
    m_sla->setRange(0, CompanySettings::kMaxSlaDays);
    m_sla->setValue(std::clamp(m_loaded.slaDays, 0, CompanySettings::kMaxSlaDays));
    m_sla->setSuffix(tr(" days"));
    m_sla->setToolTip(tr("A complaint resolved within this many days of its contact counts as resolved "
                         "within the SLA"));
    form->addRow(tr("Complaint &SLA:"), m_sla);

    m_fiscal = new QComboBox(company);
    const QLocale locale;
    for (int m = 1; m <= 12; ++m)
        m_fiscal->addItem(locale.standaloneMonthName(m, QLocale::LongFormat), m);
    m_fiscal->setCurrentIndex(std::clamp(m_loaded.fiscalYearStart, 1, 12) - 1);
    form->addRow(tr("&Fiscal year starts in:"), m_fiscal);
    m_fiscalExample = new QLabel(company);
    m_fiscalExample->setWordWrap(true);
    m_fiscalExample->setTextFormat(Qt::PlainText);
    form->addRow(QString(), m_fiscalExample);
    layout->addWidget(company);

    auto *mine = new QGroupBox(tr("You (kept on this computer)"), this);
    auto *myForm = new QFormLayout(mine);
    m_author = new QLineEdit(user::authorName(), mine);
    m_author->setToolTip(tr("Written on the criteria versions, actions and exit calls you save"));
    myForm->addRow(tr("Your &name:"), m_author);
    m_language = new QComboBox(mine);
    m_language->addItem(tr("The system's language"), QString());
    for (const QString &code : user::languages()) {
        const QLocale l(code);
        QString name = l.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_language->addItem(name.isEmpty() ? code : name, code);
    }
    const int chosen = m_language->findData(user::language());
    m_language->setCurrentIndex(chosen >= 0 ? chosen : 0);
    myForm->addRow(tr("&Language:"), m_language);
    m_contrast = new QComboBox(mine);
    m_contrast->addItem(tr("As the desktop"), QString());
    m_contrast->addItem(tr("High contrast"), QStringLiteral("high"));
    m_contrast->addItem(tr("Standard"), QStringLiteral("standard"));
    m_contrast->setCurrentIndex(std::max(0, m_contrast->findData(user::contrast())));
    m_contrast->setToolTip(tr("High contrast: black text, darker colours and visible rules"));
    myForm->addRow(tr("&Contrast:"), m_contrast);
    auto *restart = new QLabel(tr("A new language or contrast applies when Accountable starts again."), mine);
    restart->setWordWrap(true);
    myForm->addRow(QString(), restart);
    layout->addWidget(mine);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    layout->addWidget(m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (!m_writable) {
        company->setEnabled(false);
        if (error.isEmpty())
            error = tr("%1 is open read-only: its settings cannot be changed here.").arg(spec);
        m_message->setText(error);
    }
    m_message->setProperty("refusal", !m_writable);
    connect(m_name, &QLineEdit::textChanged, this, &SettingsDialog::check);
    connect(m_currency, &QLineEdit::textChanged, this, &SettingsDialog::check);
    connect(m_sla, &QSpinBox::valueChanged, this, &SettingsDialog::check);
    connect(m_fiscal, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateFiscalExample);
    updateFiscalExample();
    check();
}

CompanySettings SettingsDialog::companySettings() const
{
    CompanySettings s;
    s.companyName = m_name->text().trimmed();
    s.currency = m_currency->text();
    s.slaDays = m_sla->value();
    s.fiscalYearStart = m_fiscal->currentData().toInt();
    return s;
}

QString SettingsDialog::message() const
{
    return m_message->text();
}

QString SettingsDialog::fiscalExample() const
{
    return m_fiscalExample->text();
}

void SettingsDialog::check()
{
    if (!m_writable)
        return;
    const QString why = settings::refusal(companySettings());
    m_message->setText(why);
    m_message->setStyleSheet(why.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void SettingsDialog::updateFiscalExample()
{
    const int start = m_fiscal->currentData().toInt();
    const Period q1 = Period::quarter(2026, 1, start);
    const Period year = Period::year(2026, start);
    m_fiscalExample->setText(
        start == 1 ? tr("Quarters and years are calendar ones: 2026-Q1 is January to March 2026.")
                   : tr("A fiscal year is named by the year it ends in: 2026-Q1 is %1, and 2026 is %2.")
                         .arg(format::periodLong(q1), format::periodLong(year)));
}

bool SettingsDialog::save()
{
    if (m_writable) {
        const CompanySettings s = companySettings();
        if (!(s == m_loaded)) {
            QString error;
            Database db;
            if (!db.open(m_spec, &error) || !settings::write(db, s, &error)) {
                m_message->setText(error);
                m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
                return false;
            }
            m_loaded = s;
            emit companySettingsSaved();
        }
    }
    user::setAuthorName(m_author->text());
    user::setLanguage(m_language->currentData().toString());
    user::setContrast(m_contrast->currentData().toString());
    return true;
}

} // namespace acc
