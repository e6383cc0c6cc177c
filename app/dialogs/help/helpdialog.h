#pragma once

#include <QDialog>

class QTextBrowser;

namespace acc {

// Help > User guide (F1): the guide's page for the view in front (core's guide::forView:
// what the view answers, every figure it shows and how it is computed, how to work it),
// then how to run a meeting with its keys, and links to every other view's page.
class HelpDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit HelpDialog(QWidget *parent = nullptr);

    // Shows the page of the view of that command-line name ("loss-review").
    void showView(const QString &viewName);
    QString viewName() const { return m_view; }
    // Scrolls to "Running a meeting".
    void scrollToMeeting();
    // The page as plain text (tests read it).
    QString pageText() const;

    // The page's HTML for a view: built from core's guide, nothing of its own.
    static QString pageHtml(const QString &viewName);

private:
    QTextBrowser *m_browser = nullptr;
    QString m_view;
};

} // namespace acc
