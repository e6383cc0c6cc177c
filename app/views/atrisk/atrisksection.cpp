// The At risk view's section of the quarterly agenda (report/sections.h): service and
// rescue, the customers at risk with the most value at stake.
#include "translation.h"

#include "models/atriskmodel.h"
#include "models/format.h"
#include "models/metricsservice.h"
#include "report/sections.h"

#include <QCoreApplication>
#include <QLocale>

namespace acc::sections {

namespace {
const QString kDash = QStringLiteral("\u2014");
// The view's own translation context: its tiles and this section share the texts.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AtRiskView)
};
constexpr int kRows = 100; // the pack lists the hundred with most at stake
} // namespace

QList<Headline> atRiskHeadlines(const AtRiskList &list, int rows, const QString &currency)
{
    const QLocale locale;
    QList<Headline> h;
    h.append(
        {Tr::tr("Customers at risk"), locale.toString(rows), Tr::tr("on %1").arg(format::date(list.day))});
    h.back().key = QStringLiteral("at_risk_list");
    h.append({Tr::tr("Overdue"), locale.toString(list.overdue), Tr::tr("past twice their usual gap")});
    h.back().key = QStringLiteral("overdue");
    h.append({Tr::tr("Unlikely to return"), list.modelFitted ? locale.toString(list.unlikely) : kDash,
              list.modelFitted ? Tr::tr("P(alive) below 50 %") : Tr::tr("model not fitted")});
    h.back().key = QStringLiteral("at_risk");
    QString expected;
    QString expectedShort;
    if (list.expectedValue12m) {
        const Cents cents = money::fromUnits(*list.expectedValue12m);
        expected = Tr::tr("expected: %1").arg(format::moneyShort(cents, currency));
        expectedShort = Tr::tr("expected: %1").arg(format::moneyCompact(cents, currency));
    }
    h.append({Tr::tr("Value at stake"), format::moneyShort(list.valueAtStake, currency),
              list.expectedValue12m ? expected : Tr::tr("revenue of the last 12 months"),
              format::moneyCompact(list.valueAtStake, currency), expectedShort});
    h.back().key = QStringLiteral("value_at_stake");
    return h;
}

PackSection serviceRescue(const SectionContext &context)
{
    PackSection s =
        start(QStringLiteral("service-rescue"), QStringLiteral("at-risk"),
              ReportTr::tr("Service and rescue: customers at risk, %1").arg(context.pack.periodText));
    AtRiskModel model;
    model.setSnapshot(borrowed(context));
    s.headlines = atRiskHeadlines(model.list(), model.rowCount(), context.pack.currency);
    PackTable t = table(ReportTr::tr("Customers at risk with the most value at stake"),
                        ReportTr::tr("No customer is at risk."), {6, 12, 24, 18, 14, 10, 16});
    copyTable(model,
              {AtRiskModel::Rank, AtRiskModel::CustomerId, AtRiskModel::Name, AtRiskModel::Signal,
               AtRiskModel::ValueAtStake, AtRiskModel::PAlive, AtRiskModel::Owner},
              t, context, AtRiskModel::Name, kRows);
    t.slideColumns = {2, 3, 4, 5}; // name, signal, value at stake, P(alive)
    s.tables.append(t);
    if (model.rowCount() > kRows)
        s.note = ReportTr::tr("The %1 with the most value at stake of %2 customers at risk.")
                     .arg(kRows)
                     .arg(QLocale().toString(model.rowCount()));
    for (int r = 0; r < model.rowCount(); ++r)
        s.drill.customers.append(model.customerAt(r));
    s.drill.title = ReportTr::tr("At risk, %1").arg(context.pack.periodText);
    return s;
}

} // namespace acc::sections
