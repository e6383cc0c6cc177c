#include "aboutdialog.h"

#include "storage/database.h"
#include "usersettings.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace acc {

AboutDialog::AboutDialog(const QString &companySpec, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Accountable"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    auto *text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setText(
        tr("<h2>Accountable %1</h2>"
           "<p>Holds an organisation accountable for its customers: the monthly customer-loss "
           "review, the quarterly accountability meeting, the best-customer criteria and the "
           "meeting pack.</p>"
           "<p>Released under the MIT licence. Built with Qt %2.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), QString::fromLatin1(qVersion())));
    top->addWidget(text, 1);
    layout->addLayout(top);

    const auto native = [](const QString &path) { return QDir::toNativeSeparators(path).toHtmlEscaped(); };
    QStringList rows;
    rows << tr("Settings: %1").arg(native(QSettings().fileName()));
    rows << tr("Data folder (the demo company): %1")
                .arg(native(QFileInfo(user::demoCompanyPath()).absolutePath()));
    rows << tr("Cache (customer-base fits): %1")
                .arg(native(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)));
    if (!companySpec.isEmpty())
        rows << tr("Company open: %1").arg(Database::displayName(companySpec).toHtmlEscaped());
    m_places = rows.join(QLatin1Char('\n'));
    auto *places = new QLabel(this);
    places->setTextFormat(Qt::RichText);
    places->setWordWrap(true);
    places->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    places->setText(rows.join(QStringLiteral("<br>")));
    places->setAccessibleName(tr("Where Accountable keeps things"));
    layout->addWidget(places);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *licence = buttons->addButton(tr("&Licence…"), QDialogButtonBox::HelpRole);
    connect(licence, &QPushButton::clicked, this, [this] {
        QFile file(QStringLiteral(":/LICENSE"));
        QDialog shown(this);
        shown.setWindowTitle(tr("Licence"));
        auto *v = new QVBoxLayout(&shown);
        auto *body = new QPlainTextEdit(&shown);
        body->setReadOnly(true);
        body->setPlainText(file.open(QIODevice::ReadOnly)
                               ? QString::fromUtf8(file.readAll())
                               : tr("The licence text is missing from this build."));
        v->addWidget(body);
        auto *close = new QDialogButtonBox(QDialogButtonBox::Close, &shown);
        connect(close, &QDialogButtonBox::rejected, &shown, &QDialog::reject);
        v->addWidget(close);
        shown.resize(620, 480);
        shown.exec();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
}

} // namespace acc
