#pragma once

// A question box answered as soon as it shows: for the tests of the dialogs a view asks
// (Keep mine / Reload theirs), which run their own event loop.

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QObject>
#include <QTimer>

namespace acc::test {

// The next QMessageBox to be the active modal widget gets `button` (its text, with its "&")
// clicked; *asked receives its text. The timer belongs to `owner` and goes once it answered.
inline void answerNextBox(QObject *owner, const QString &button, QString *asked)
{
    auto *timer = new QTimer(owner);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, owner, [timer, button, asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        *asked = box->text();
        for (QAbstractButton *choice : box->buttons()) {
            if (choice->text() == button)
                choice->click();
        }
    });
    timer->start();
}

} // namespace acc::test
