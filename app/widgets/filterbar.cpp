#include "filterbar.h"

#include "models/displaytext.h"
#include "models/filtertext.h"

#include <QActionGroup>
#include <QMenu>

namespace acc {

FilterBar::FilterBar(QWidget *parent)
    : QToolButton(parent)
    , m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("filterBar"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIcon(QIcon::fromTheme(QStringLiteral("view-filter")));
    setMenu(m_menu);
    setAccessibleName(tr("Filter"));
    rebuildMenu();
    refresh();
}

void FilterBar::setFilter(const DataFilter &filter)
{
    m_filter = filter;
    rebuildMenu();
    refresh();
}

void FilterBar::setChoices(const FilterChoices &choices)
{
    if (choices.segments == m_choices.segments && choices.regions == m_choices.regions &&
        choices.owners == m_choices.owners)
        return;
    m_choices = choices;
    rebuildMenu();
}

void FilterBar::choose(Field field, const QString &value)
{
    DataFilter f = m_filter;
    switch (field) {
    case Field::Segment:
        f.segment = value;
        break;
    case Field::Region:
        f.region = value;
        break;
    case Field::Owner:
        f.owner = value;
        break;
    }
    apply(f);
}

void FilterBar::clear()
{
    apply({});
}

void FilterBar::apply(const DataFilter &filter)
{
    if (filter == m_filter)
        return;
    setFilter(filter);
    emit filterChanged(m_filter);
}

void FilterBar::rebuildMenu()
{
    m_menu->clear();
    QAction *all = m_menu->addAction(tr("Show &all customers"));
    all->setEnabled(!m_filter.isEmpty());
    connect(all, &QAction::triggered, this, &FilterBar::clear);
    m_menu->addSeparator();
    struct Section
    {
        QString title;
        QString allText;
        Field field;
        const QStringList *values;
        QString current;
    };
    const Section sections[] = {
        {tr("&Segment"), tr("All segments"), Field::Segment, &m_choices.segments, m_filter.segment},
        {tr("&Region"), tr("All regions"), Field::Region, &m_choices.regions, m_filter.region},
        {tr("Account &owner"), tr("All owners"), Field::Owner, &m_choices.owners, m_filter.owner},
    };
    for (const Section &s : sections) {
        QMenu *sub = m_menu->addMenu(s.title);
        auto *group = new QActionGroup(sub);
        auto add = [&](const QString &text, const QString &value) {
            QAction *a = sub->addAction(text);
            a->setCheckable(true);
            a->setChecked(value == s.current);
            group->addAction(a);
            const Field field = s.field;
            connect(a, &QAction::triggered, this, [this, field, value] { choose(field, value); });
        };
        add(s.allText, QString());
        sub->addSeparator();
        for (const QString &v : *s.values)
            add(display::shorten(v, display::kCellChars), v);
        // A value chosen that the company no longer holds stays listed, so it can be seen.
        if (!s.current.isEmpty() && !s.values->contains(s.current))
            add(display::shorten(s.current, display::kCellChars), s.current);
    }
}

void FilterBar::refresh()
{
    const QString text = FilterText::describeOrAll(m_filter);
    setText(tr("Filter: %1").arg(text));
    setToolTip(m_filter.isEmpty()
                   ? tr("Every view shows all customers. Choose a segment, region or owner "
                        "to show only theirs (Ctrl+Shift+F).")
                   : tr("Every view, export and pack shows only these customers: %1").arg(text));
    setAccessibleDescription(toolTip());
}

} // namespace acc
