#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace acc {

// File > Connect to server (issue 14): a shared company on PostgreSQL by host, port,
// database, user and TLS mode, or one of the recent connections. The password is asked
// here and never stored: left empty, libpq takes it from ~/.pgpass (or PGPASSFILE).
// Connect tries the server before the dialog closes, and a refusal is said in the
// dialog in plain words (Database's messages), the fields kept for another try.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
public:
    // recent: addresses as the recent-companies list keeps them (no password); only the
    // PostgreSQL ones are offered.
    explicit ConnectDialog(const QStringList &recent, QWidget *parent = nullptr);

    // The address of the fields: postgresql://user[:password]@host:port/db?sslmode=MODE.
    QString spec() const;
    // Fills the fields from an address (a recent one).
    void setSpec(const QString &spec);
    // The message of the last refused try, empty when none.
    QString message() const;

    void accept() override;

private:
    void updateButton();

    QComboBox *m_recent = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_tls = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_connect = nullptr;
};

} // namespace acc
