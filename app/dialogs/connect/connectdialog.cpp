#include "connectdialog.h"

#include "storage/database.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace acc {

ConnectDialog::ConnectDialog(const QStringList &recent, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to a shared company"));
    setObjectName(QStringLiteral("connectDialog"));
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("A company on a PostgreSQL server, shared by the leadership team. The password is "
                      "not stored: leave it empty to use ~/.pgpass."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_recent = new QComboBox(this);
    m_recent->addItem(tr("New connection"), QString());
    for (const QString &spec : recent) {
        if (Database::isPostgresSpec(spec))
            m_recent->addItem(Database::displayName(spec), spec);
    }
    form->addRow(tr("&Recent:"), m_recent);
    m_host = new QLineEdit(QStringLiteral("localhost"), this);
    form->addRow(tr("&Host:"), m_host);
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    form->addRow(tr("P&ort:"), m_port);
    m_database = new QLineEdit(this);
    m_database->setPlaceholderText(tr("the company's database"));
    form->addRow(tr("&Database:"), m_database);
    m_user = new QLineEdit(qEnvironmentVariable("USER"), this);
    form->addRow(tr("&User:"), m_user);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from ~/.pgpass when empty"));
    form->addRow(tr("&Password:"), m_password);
    m_tls = new QComboBox(this);
    const std::pair<const char *, QString> modes[] = {
        {"prefer", tr("Encrypted when the server offers it")},
        {"require", tr("Always encrypted")},
        {"verify-full", tr("Encrypted, server's certificate and name checked")},
        {"disable", tr("Never encrypted")},
    };
    for (const auto &[mode, label] : modes)
        m_tls->addItem(label, QString::fromLatin1(mode));
    form->addRow(tr("&TLS:"), m_tls);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("connectMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    connect(m_recent, &QComboBox::activated, this, [this](int index) {
        const QString spec = m_recent->itemData(index).toString();
        if (!spec.isEmpty())
            setSpec(spec);
    });
    for (QLineEdit *e : {m_host, m_database, m_user})
        connect(e, &QLineEdit::textChanged, this, &ConnectDialog::updateButton);
    updateButton();
    m_database->setFocus();
}

QString ConnectDialog::spec() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    if (!m_password->text().isEmpty())
        url.setPassword(m_password->text());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    const QString mode = m_tls->currentData().toString();
    if (mode != QLatin1String("prefer")) { // libpq's own default
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sslmode"), mode);
        url.setQuery(query);
    }
    return url.toString();
}

void ConnectDialog::setSpec(const QString &spec)
{
    const QUrl url(spec);
    m_host->setText(url.host());
    m_port->setValue(url.port(5432));
    m_database->setText(url.path().mid(1));
    m_user->setText(url.userName());
    m_password->clear();
    const QString mode = QUrlQuery(url).queryItemValue(QStringLiteral("sslmode"));
    const int at = m_tls->findData(mode.isEmpty() ? QStringLiteral("prefer") : mode);
    m_tls->setCurrentIndex(at >= 0 ? at : 0);
}

QString ConnectDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ConnectDialog::updateButton()
{
    m_connect->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty() &&
                          !m_user->text().trimmed().isEmpty());
}

void ConnectDialog::accept()
{
    // Tried here, so that a refusal is said with the fields still there (at most the
    // connect timeout, five seconds).
    m_message->setText(tr("Connecting…"));
    m_message->show();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    bool ok = false;
    {
        Database db;
        ok = db.open(spec(), &error, Database::Mode::ReadOnly);
    }
    QApplication::restoreOverrideCursor();
    if (ok) {
        m_message->hide();
        m_message->clear();
        QDialog::accept();
        return;
    }
    m_message->setText(tr("⚠ %1").arg(error));
    if (error.contains(QLatin1String("password")))
        m_password->setFocus();
}

} // namespace acc
