#include "helpdialog.h"

#include "models/viewguide.h"
#include "views/viewregistry.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace acc {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

const QString kViewScheme = QStringLiteral("view");

} // namespace

HelpDialog::HelpDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Accountable user guide"));
    m_browser = new QTextBrowser(this);
    m_browser->setOpenLinks(false);
    m_browser->setAccessibleName(tr("User guide"));
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == kViewScheme)
            showView(url.path());
        else if (url.hasFragment())
            m_browser->scrollToAnchor(url.fragment());
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(760, 640);
}

void HelpDialog::showView(const QString &viewName)
{
    m_view = viewName;
    const ViewDescriptor *d = views::find(viewName);
    setWindowTitle(d ? tr("User guide: %1").arg(d->title()) : tr("Accountable user guide"));
    m_browser->setHtml(pageHtml(viewName));
    m_browser->setFocus();
}

void HelpDialog::scrollToMeeting()
{
    m_browser->scrollToAnchor(QStringLiteral("meeting"));
}

QString HelpDialog::pageText() const
{
    return m_browser->toPlainText();
}

QString HelpDialog::pageHtml(const QString &viewName)
{
    QString html;
    const ViewDescriptor *d = views::find(viewName);
    const guide::ViewGuide g = guide::forView(viewName);
    if (d) {
        html += QStringLiteral("<h1>%1</h1>").arg(esc(d->title()));
        html += QStringLiteral("<p>%1</p>").arg(esc(g.purpose));
        if (!g.figures.isEmpty()) {
            html += QStringLiteral("<h2>%1</h2><dl>").arg(esc(tr("The figures")));
            for (const QString &key : g.figures)
                html += QStringLiteral("<dt><b>%1</b></dt><dd>%2</dd>")
                            .arg(esc(guide::label(key)), esc(guide::definition(key)));
            html += QStringLiteral("</dl>");
        }
        if (!g.howTo.isEmpty()) {
            html += QStringLiteral("<h2>%1</h2><ul>").arg(esc(tr("Working the view")));
            for (const QString &line : g.howTo)
                html += QStringLiteral("<li>%1</li>").arg(esc(line));
            html += QStringLiteral("</ul>");
        }
    }
    html += QStringLiteral("<h2><a name=\"meeting\"></a>%1</h2><p>%2</p>")
                .arg(esc(tr("Running a meeting")), esc(guide::meetingIntroduction()));
    html += QStringLiteral("<table cellpadding=\"3\">");
    for (const auto &[key, what] : guide::meetingKeys())
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(key), esc(what));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h2>%1</h2><p>").arg(esc(tr("Every view")));
    QStringList links;
    for (const ViewDescriptor &other : views::all()) {
        if (other.name == viewName)
            links << QStringLiteral("<b>%1</b>").arg(esc(other.title()));
        else
            links << QStringLiteral("<a href=\"%1:%2\">%3</a>")
                         .arg(kViewScheme, other.name, esc(other.title()));
    }
    html += links.join(QStringLiteral(" · ")) + QStringLiteral("</p>");
    return html;
}

} // namespace acc
