#include "criteriasummary.h"

#include "criteria/criteriatext.h"
#include "models/displaytext.h"
#include "widgets/fittext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace acc {

namespace {

// Rules shown in the line; the others are counted and listed in the tooltip.
constexpr int kShownRules = 4;
constexpr int kRuleChars = 90;

} // namespace

CriteriaSummary::CriteriaSummary(const theme::Theme &theme, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("criteriaSummary"));
    setStyleSheet(QStringLiteral("#criteriaSummary { background: %1; border-left: 5px solid %2; }")
                      .arg(theme::band().name(), theme::best().name()));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 4, 8, 6);
    layout->setSpacing(2);
    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    m_heading =
        new FitText(theme.pointSize(theme::Text::Heading), theme.pointSize(theme::Text::Small), true, this);
    m_heading->setColor(theme::ink());
    m_heading->setAccessibleName(tr("Criteria in force"));
    m_rules = new QLabel(this);
    m_rules->setTextFormat(Qt::PlainText);
    m_rules->setWordWrap(true);
    m_rules->setFont(theme.font(theme::Text::Body));
    m_rules->setAccessibleName(tr("Rules"));
    m_rules->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_edit = new QPushButton(tr("&Edit criteria…"), this);
    m_edit->setToolTip(tr("Change what makes a best customer and save a new version"));
    // The frame's style sheet would otherwise give the button a smaller, unstyled look.
    m_edit->setFont(theme.font(theme::Text::Body));
    m_edit->setStyleSheet(QStringLiteral("padding: 4px 12px;"));
    connect(m_edit, &QPushButton::clicked, this, &CriteriaSummary::editRequested);
    top->addWidget(m_heading, 1);
    top->addWidget(m_edit, 0, Qt::AlignVCenter);
    layout->addLayout(top);
    layout->addWidget(m_rules);
    clear();
}

void CriteriaSummary::clear()
{
    m_heading->setText(tr("Best-customer criteria"));
    m_rules->setText(tr("No figures yet"));
    m_rules->setToolTip(QString());
}

void CriteriaSummary::setCriteria(const CriteriaSet &set, const QString &currency)
{
    const QString name = display::shorten(set.name, display::kChartChars);
    m_heading->setText(tr("Criteria in force: %1, version %2").arg(name, QLocale().toString(set.version)));
    const QStringList rules = criteria::rulesText(set, currency);
    QStringList shown;
    for (qsizetype i = 0; i < rules.size() && i < kShownRules; ++i)
        shown << display::shorten(rules.at(i), kRuleChars);
    QString line = criteria::matchText(set);
    if (!shown.isEmpty())
        line += QStringLiteral(": ") + shown.join(QStringLiteral("; "));
    if (rules.size() > kShownRules)
        line += QLatin1Char(' ') +
                tr("(and %1 more: see the tooltip)").arg(QLocale().toString(rules.size() - kShownRules));
    m_rules->setText(line);
    QStringList all;
    for (const QString &rule : rules)
        all << QStringLiteral("• ") + display::shorten(rule, display::kCellChars);
    m_rules->setToolTip(display::shorten(all.join(QLatin1Char('\n')), display::kToolTipChars));
}

QString CriteriaSummary::headingText() const
{
    return m_heading->text();
}

QString CriteriaSummary::rulesText() const
{
    return m_rules->text();
}

} // namespace acc
