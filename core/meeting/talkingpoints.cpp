#include "talkingpoints.h"

#include "translation.h"

#include "engine/metrics.h"
#include "models/displaytext.h"
#include "models/figuretext.h"
#include "models/format.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace acc::talkingpoints {

namespace {

struct Movement
{
    QString label;
    double before = 0;
    double now = 0;
    QString beforeText;
    QString nowText;
    // The change over the earlier value (over 1 when that was 0).
    double relative() const { return std::abs(now - before) / (before == 0 ? 1.0 : std::abs(before)); }
};

QString customers(int n)
{
    return n == 1 ? MeetingTr::tr("1 customer") : MeetingTr::tr("%1 customers").arg(QLocale().toString(n));
}

QString movementText(const Movement &m, const QString &previousPeriod)
{
    if (m.now > m.before)
        return MeetingTr::tr("%1 rose from %2 to %3 against %4.")
            .arg(m.label, m.beforeText, m.nowText, previousPeriod);
    return MeetingTr::tr("%1 fell from %2 to %3 against %4.")
        .arg(m.label, m.beforeText, m.nowText, previousPeriod);
}

} // namespace

QStringList write(const MetricsReport &report, const Dataset &data, bool privacy)
{
    QStringList points;
    const QLocale locale;
    const AssetsFigures &now = report.assets.figures;
    const AssetsFigures *before = previousPeriodFigures(report);
    const QString currency = data.currency;

    // 1. The biggest movements.
    if (before) {
        QList<Movement> moves;
        moves.append({MeetingTr::tr("Lost customers"), double(before->lost), double(now.lost),
                      locale.toString(before->lost), locale.toString(now.lost)});
        moves.append({MeetingTr::tr("Lost value"), double(before->lostValue), double(now.lostValue),
                      format::moneyShort(before->lostValue, currency),
                      format::moneyShort(now.lostValue, currency)});
        if (before->churnRate && now.churnRate)
            moves.append({MeetingTr::tr("Churn rate"), *before->churnRate, *now.churnRate,
                          format::percent(before->churnRate, 1), format::percent(now.churnRate, 1)});
        moves.append({MeetingTr::tr("Customers gained"), double(before->gained), double(now.gained),
                      locale.toString(before->gained), locale.toString(now.gained)});
        moves.append({MeetingTr::tr("Customers won back"), double(before->wonBack), double(now.wonBack),
                      locale.toString(before->wonBack), locale.toString(now.wonBack)});
        moves.erase(
            std::remove_if(moves.begin(), moves.end(), [](const Movement &m) { return m.now == m.before; }),
            moves.end());
        std::stable_sort(moves.begin(), moves.end(),
                         [](const Movement &a, const Movement &b) { return a.relative() > b.relative(); });
        const QString previous = format::periodShort(before->period);
        for (int i = 0; i < moves.size() && i < 2; ++i)
            points.append(movementText(moves[i], previous));
    }

    // 2. The reason that grew most.
    if (!now.reasons.isEmpty()) {
        const ReasonFigure *grown = nullptr;
        Cents growth = 0;
        for (const ReasonFigure &r : now.reasons) {
            Cents earlier = 0;
            if (before) {
                for (const ReasonFigure &b : before->reasons) {
                    if (b.reason == r.reason)
                        earlier = b.value;
                }
            }
            if (!grown || r.value - earlier > growth) {
                grown = &r;
                growth = r.value - earlier;
            }
        }
        const QString reason = display::shorten(grown->reason, display::kChartChars);
        if (before && growth > 0)
            points.append(MeetingTr::tr("\"%1\" grew most: %2 lost (%3), %4 more than in %5.")
                              .arg(reason, format::moneyShort(grown->value, currency),
                                   customers(grown->count), format::moneyShort(growth, currency),
                                   format::periodShort(before->period)));
        else
            points.append(
                MeetingTr::tr("\"%1\" is the largest reason: %2 lost (%3).")
                    .arg(reason, format::moneyShort(grown->value, currency), customers(grown->count)));
    }

    // 3. The target furthest off.
    const TargetResult *furthest = nullptr;
    double distance = -1;
    for (const TargetResult &t : report.targets) {
        if (!t.actual || (t.status != TargetStatus::Missed && t.status != TargetStatus::AtRisk))
            continue;
        const double d = std::abs(*t.actual - t.target.value) / std::max(std::abs(t.target.value), 1e-9);
        if (d > distance) {
            furthest = &t;
            distance = d;
        }
    }
    if (furthest) {
        const QString key = furthest->target.metric;
        const QString sign = targets::lowerIsBetter(key) ? QStringLiteral("≤") : QStringLiteral("≥");
        const QString text = MeetingTr::tr("Furthest off target: %1 at %2 against %3 %4")
                                 .arg(figures::label(key), figures::format(key, *furthest->actual, currency),
                                      sign, figures::format(key, furthest->target.value, currency));
        points.append(furthest->target.owner.isEmpty()
                          ? text + QLatin1Char('.')
                          : MeetingTr::tr("%1 (owner: %2).")
                                .arg(text, display::shorten(furthest->target.owner, display::kChartChars)));
    }

    // 4. The most valuable customer lost.
    if (!report.assets.lostCustomers.empty()) {
        const LostCustomer &top = report.assets.lostCustomers.front();
        const CustomerRecord &c = data.customers.at(std::size_t(top.customer));
        const QString name =
            privacy ? display::initials(c.name) : display::shorten(c.name, display::kChartChars);
        points.append(MeetingTr::tr("Most valuable customer lost: %1 (%2), %3 a year, \"%4\".")
                          .arg(name, display::shorten(c.customerId, display::kChartChars),
                               format::moneyShort(top.value, currency),
                               display::shorten(top.reason, display::kChartChars)));
    }
    return points;
}

} // namespace acc::talkingpoints
