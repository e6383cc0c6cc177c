#include "best.h"

#include "criteria/criteriaevaluator.h"
#include "metricsutil.h"

#include <algorithm>

namespace acc {

using namespace metricsutil;

int stageIndex(const QString &stage)
{
    const QList<QString> &names = stageNames();
    const qsizetype unknown = names.size() - 1;
    for (qsizetype i = 0; i < unknown; ++i) {
        if (names[i] == stage)
            return int(i);
    }
    return int(unknown);
}

namespace {

struct GroupTally
{
    std::vector<Cents> byCategory; // indexed by category id
    std::vector<char> seen;        // category had a row of this group in the window
    Cents total = 0;
    qint64 gapDays = 0;
    qint64 gaps = 0;
};

std::vector<CategoryShare> mixOf(const GroupTally &t, const std::vector<QString> &names)
{
    std::vector<CategoryShare> out;
    if (t.total == 0)
        return out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i < t.seen.size() && t.seen[i])
            out.push_back({names[i], t.byCategory[i], *ratio(double(t.byCategory[i]), double(t.total))});
    }
    std::sort(out.begin(), out.end(), [](const CategoryShare &a, const CategoryShare &b) {
        return lessUtf8(a.category, b.category);
    });
    return out;
}

} // namespace

BestFigures computeBestFigures(const Dataset &data, const PeriodDays &days, const CriteriaSet &criteria)
{
    BestFigures f;
    f.criteria = criteria;
    const Day d = days.stateDay;
    CriteriaEvaluator evaluator(data, d);
    const std::vector<int> best = evaluator.select(criteria);

    const int n = int(data.customers.size());
    // 0: not active, 1: rest, 2: best.
    std::vector<char> group(std::size_t(n), 0);
    for (int c : evaluator.activeCustomers())
        group[std::size_t(c)] = 1;
    for (int c : best)
        group[std::size_t(c)] = 2;

    // Lifetime value for the ranking.
    std::vector<std::pair<Cents, int>> ranked;
    ranked.reserve(best.size());
    for (int c : best) {
        const OrderSpan span = ordersOf(data, c);
        const OrderRecord *end = firstOrderAfter(span, d);
        Cents lifetime = 0;
        for (const OrderRecord *o = span.first; o != end; ++o)
            lifetime += o->amount;
        ranked.emplace_back(lifetime, c);
        f.bestLifetimeValue += lifetime;
    }
    std::sort(ranked.begin(), ranked.end(), [&data](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first > b.first;
        return idLess(data, a.second, b.second);
    });
    for (const auto &r : ranked)
        f.bestCustomers.push_back(r.second);

    // One pass over window(d) of every customer: revenue, categories and gaps.
    TextIds categoryIds;
    const QString unknownCategory = QStringLiteral("Unknown");
    GroupTally tallies[2];
    std::vector<Cents> positive; // customers' positive window revenue, for the 80/20 share
    for (int i = 0; i < n; ++i) {
        const OrderSpan span = ordersOf(data, i);
        const OrderRecord *o = firstOrderFrom(span, d - 364);
        if (o == span.last || o->orderedOn > d)
            continue;
        const int g = group[std::size_t(i)];
        GroupTally *tally = g > 0 ? &tallies[g - 1] : nullptr;
        Cents revenue = 0;
        Day previous = kNoDay;
        for (; o != span.last && o->orderedOn <= d; ++o) {
            revenue += o->amount;
            if (!tally)
                continue;
            const std::size_t id =
                std::size_t(categoryIds.idOf(o->category.isEmpty() ? unknownCategory : o->category.toString()));
            if (tally->byCategory.size() <= id) {
                tally->byCategory.resize(id + 1, 0);
                tally->seen.resize(id + 1, 0);
            }
            tally->byCategory[id] += o->amount;
            tally->seen[id] = 1;
            tally->total += o->amount;
            if (o->isRefund() || o->orderedOn == previous)
                continue;
            if (hasDay(previous)) {
                tally->gapDays += o->orderedOn - previous;
                ++tally->gaps;
            }
            previous = o->orderedOn;
        }
        f.windowRevenue += revenue;
        if (g == 2)
            f.bestWindowRevenue += revenue;
        if (revenue > 0)
            positive.push_back(revenue);
    }
    f.bestRevenueShare = ratio(double(f.bestWindowRevenue), double(f.windowRevenue));
    if (f.windowRevenue != 0) {
        // The top ceil(20 %) of the customers with positive revenue in the window.
        const std::size_t top = (positive.size() * 20 + 99) / 100;
        Cents sum = 0;
        if (top > 0) {
            std::partial_sort(positive.begin(), positive.begin() + std::ptrdiff_t(top), positive.end(),
                              std::greater<>());
            for (std::size_t i = 0; i < top; ++i)
                sum += positive[i];
        }
        f.paretoTop20Share = ratio(double(sum), double(f.windowRevenue));
    }
    f.bestMeanDaysBetweenOrders = ratio(double(tallies[1].gapDays), double(tallies[1].gaps));
    f.restMeanDaysBetweenOrders = ratio(double(tallies[0].gapDays), double(tallies[0].gaps));
    f.bestCategoryMix = mixOf(tallies[1], categoryIds.names());
    f.restCategoryMix = mixOf(tallies[0], categoryIds.names());

    for (int c : evaluator.activeCustomers())
        ++f.stages[std::size_t(stageIndex(data.customers[std::size_t(c)].stage))];
    return f;
}

} // namespace acc
