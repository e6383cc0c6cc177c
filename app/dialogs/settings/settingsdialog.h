#pragma once

#include "storage/settingsstore.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace acc {

// File > Settings: the company's settings (name, currency, complaint SLA, fiscal year
// start), stored in its database for the whole team, and the user's own (author name,
// language), stored in QSettings. Each field is checked as typed with the stores' words;
// OK stays disabled while one is refused. A read-only company shows its settings and
// says why they cannot be changed.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const QString &spec, QWidget *parent = nullptr);

    // Stores what the dialog shows; false (with the message shown) when refused or failed.
    bool save();
    // The company settings as the fields hold them.
    CompanySettings companySettings() const;

    QLineEdit *companyNameField() const { return m_name; }
    QLineEdit *currencyField() const { return m_currency; }
    QSpinBox *slaField() const { return m_sla; }
    QComboBox *fiscalField() const { return m_fiscal; }
    QLineEdit *authorField() const { return m_author; }
    QComboBox *languageField() const { return m_language; }
    QComboBox *contrastField() const { return m_contrast; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QString message() const;
    // What "2026-Q1" and "2026" read as under the fiscal year chosen.
    QString fiscalExample() const;

signals:
    // The company settings changed in the database: the figures must be loaded again.
    void companySettingsSaved();

private:
    void check();
    void updateFiscalExample();

    QString m_spec;
    CompanySettings m_loaded;
    bool m_writable = false;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_currency = nullptr;
    QSpinBox *m_sla = nullptr;
    QComboBox *m_fiscal = nullptr;
    QLabel *m_fiscalExample = nullptr;
    QLineEdit *m_author = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_contrast = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace acc
