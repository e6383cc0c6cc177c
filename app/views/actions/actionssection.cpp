// The Actions & ideas view's sections of the meeting agendas (report/sections.h): the open
// actions that close the monthly review, and every action at the end of the quarterly
// meeting, each with its owner and due date.
#include "translation.h"

#include "models/actionsmodel.h"
#include "models/actionsproxy.h"
#include "report/sections.h"
#include "storage/actionstore.h"
#include "storage/database.h"

#include <QLocale>

namespace acc::sections {

namespace {

PackSection actionsSection(const SectionContext &context, const QString &id, bool openOnly)
{
    PackSection s = start(id, QStringLiteral("actions"), QString());
    ActionsModel model;
    model.setSnapshot(borrowed(context), false);
    // Read-only: a pack never writes to (nor creates) the company database.
    {
        Database db;
        QString error;
        if (db.open(context.snapshot.spec, &error, Database::Mode::ReadOnly)) {
            if (auto all = ActionStore(db).all(&error))
                model.setActions(std::move(*all));
        }
    }
    ActionsProxy proxy;
    proxy.setSourceModel(&model);
    ActionFilter filter;
    if (openOnly)
        filter.status = ActionFilter::kToDo;
    proxy.setFilter(filter);
    proxy.sort(ActionsModel::Due, Qt::AscendingOrder);

    const ActionsModel::Counts c = model.counts();
    const QLocale locale;
    s.headlines.append({ReportTr::tr("Open actions"), locale.toString(c.open + c.inProgress),
                        ReportTr::tr("%1 in progress").arg(locale.toString(c.inProgress))});
    s.headlines.append(
        {ReportTr::tr("Overdue"), locale.toString(c.overdue), ReportTr::tr("past their due date")});
    s.headlines.append({ReportTr::tr("Done"), locale.toString(c.done),
                        ReportTr::tr("%1 dropped").arg(locale.toString(c.dropped))});
    s.title = openOnly ? ReportTr::tr("Open actions") : ReportTr::tr("Actions and their owners");
    PackTable t =
        table(openOnly ? ReportTr::tr("Actions still to do") : ReportTr::tr("Every action recorded"),
              openOnly ? ReportTr::tr("No action is open.") : ReportTr::tr("No action is recorded yet."),
              {38, 14, 18, 10, 20});
    copyTable(proxy,
              {ActionsModel::Title, ActionsModel::Owner, ActionsModel::Due, ActionsModel::Status,
               ActionsModel::Link},
              t, context);
    if (context.options.privacy) {
        // "Name (id)" becomes the id alone.
        for (int r = 0; r < t.rows.size(); ++r) {
            const Action &a = model.actionAt(proxy.mapToSource(proxy.index(r, 0)).row());
            if (!a.customerId.isEmpty())
                t.rows[r][4] = ReportTr::tr("Customer %1").arg(a.customerId);
        }
    }
    t.slideColumns = {0, 1, 2}; // title, owner, due ("⚠ 2026-10-31 · 12 days late")
    s.tables.append(t);
    s.note = ReportTr::tr("Ordered by due date; the link is the figure or the customer id the action is on.");
    return s;
}

} // namespace

PackSection openActions(const SectionContext &context)
{
    return actionsSection(context, QStringLiteral("open-actions"), true);
}

PackSection allActions(const SectionContext &context)
{
    return actionsSection(context, QStringLiteral("actions"), false);
}

} // namespace acc::sections
