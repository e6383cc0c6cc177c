#pragma once

#include "storage/exitcallstore.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace acc {

// An exit call on one lost customer (PRODUCT.md §8): who calls and by when, and once the
// call is made its outcome: the reason confirmed or corrected (with the customer's own
// reason), the chance of a win-back, a note. OK saves it to the company database; a
// refusal (no caller, a correction without its reason) shows in the dialog, which stays
// open.
class ExitCallDialog final : public QDialog
{
    Q_OBJECT
public:
    // call: the stored one, or a new one with customerId and lostOn set; heading names the
    // customer and the reason from the data.
    ExitCallDialog(const QString &spec, const ExitCall &call, const QString &heading,
                   QWidget *parent = nullptr);

    ExitCall call() const;
    QString message() const;
    QLineEdit *callerField() const { return m_caller; }
    QDateEdit *dueField() const { return m_due; }
    QComboBox *outcomeBox() const { return m_outcome; }
    QLineEdit *reasonField() const { return m_reason; }
    QComboBox *chanceBox() const { return m_chance; }
    QLineEdit *noteField() const { return m_note; }

    void accept() override;

private:
    void updateReason();

    QString m_spec;
    ExitCall m_call;
    QLineEdit *m_caller = nullptr;
    QDateEdit *m_due = nullptr;
    QComboBox *m_outcome = nullptr;
    QLineEdit *m_reason = nullptr;
    QComboBox *m_chance = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace acc
