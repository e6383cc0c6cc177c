#include "criteriaevaluator.h"

#include "engine/assets.h"
#include "engine/metricsutil.h"

#include <algorithm>
#include <cmath>

namespace acc {

using namespace metricsutil;

int wholeMonthsBetween(Day from, Day to)
{
    const QDate a = toDate(from);
    const QDate b = toDate(to);
    int months = (b.year() - a.year()) * 12 + (b.month() - a.month());
    if (b.day() < a.day())
        --months;
    return months;
}

CriteriaEvaluator::CriteriaEvaluator(const Dataset &data, Day d)
    : m_data(data)
    , m_day(d)
    , m_numbers(std::size_t(CriteriaAttribute::AccountOwner) + 1)
    , m_haveNumbers(std::size_t(CriteriaAttribute::AccountOwner) + 1, 0)
{
    const int n = int(data.customers.size());
    for (int i = 0; i < n; ++i) {
        if (data.customers[std::size_t(i)].isActiveOn(d))
            m_active.push_back(i);
    }
}

std::optional<double> CriteriaEvaluator::numericAttribute(int customer, CriteriaAttribute attribute) const
{
    const Day d = m_day;
    const std::size_t c = std::size_t(customer);
    switch (attribute) {
    case CriteriaAttribute::LifetimeValue:
    case CriteriaAttribute::AvgOrderValue: {
        const OrderSpan span = ordersOf(m_data, customer);
        const OrderRecord *end = firstOrderAfter(span, d);
        Cents sum = 0;
        int orders = 0;
        for (const OrderRecord *o = span.first; o != end; ++o) {
            sum += o->amount;
            if (!o->isRefund())
                ++orders;
        }
        if (attribute == CriteriaAttribute::LifetimeValue)
            return money::toUnits(sum);
        if (orders == 0)
            return std::nullopt;
        return money::toUnits(sum) / orders;
    }
    case CriteriaAttribute::Revenue12m:
        return money::toUnits(annualValue(m_data, customer, d));
    case CriteriaAttribute::Orders12m: {
        const OrderSpan span = ordersOf(m_data, customer);
        int orders = 0;
        for (const OrderRecord *o = firstOrderFrom(span, d - 364); o != span.last && o->orderedOn <= d; ++o) {
            if (!o->isRefund())
                ++orders;
        }
        return orders;
    }
    case CriteriaAttribute::DaysSinceLastOrder: {
        const OrderSpan span = ordersOf(m_data, customer);
        for (const OrderRecord *o = firstOrderAfter(span, d); o != span.first;) {
            --o;
            if (!o->isRefund())
                return d - o->orderedOn;
        }
        return std::nullopt;
    }
    case CriteriaAttribute::TenureMonths:
        return wholeMonthsBetween(m_data.customers[c].acquiredOn, d);
    case CriteriaAttribute::LastNps: {
        const auto r = m_data.feedbackOf[c];
        const FeedbackRecord *first = m_data.feedback.data() + r.begin;
        const FeedbackRecord *last =
            std::upper_bound(first, m_data.feedback.data() + r.end, d,
                             [](Day day, const FeedbackRecord &f) { return day < f.respondedOn; });
        if (last == first)
            return std::nullopt;
        // Of the answers on the latest day, the greatest response_id (byte order) wins.
        const FeedbackRecord *best = last - 1;
        for (const FeedbackRecord *f = last - 1; f != first && (f - 1)->respondedOn == best->respondedOn;) {
            --f;
            if (m_data.utf8(best->responseId) < m_data.utf8(f->responseId))
                best = f;
        }
        return best->score;
    }
    case CriteriaAttribute::Complaints12m:
    case CriteriaAttribute::Contacts12m: {
        const auto r = m_data.contactsOf[c];
        const ContactRecord *end = m_data.contacts.data() + r.end;
        const ContactRecord *k =
            std::lower_bound(m_data.contacts.data() + r.begin, end, d - 364,
                             [](const ContactRecord &x, Day day) { return x.occurredOn < day; });
        int count = 0;
        for (; k != end && k->occurredOn <= d; ++k) {
            if (attribute == CriteriaAttribute::Contacts12m || k->complaint)
                ++count;
        }
        return count;
    }
    case CriteriaAttribute::Segment:
    case CriteriaAttribute::Region:
    case CriteriaAttribute::Stage:
    case CriteriaAttribute::AccountOwner:
        break;
    }
    return std::nullopt;
}

QString CriteriaEvaluator::textAttribute(int customer, CriteriaAttribute attribute) const
{
    const CustomerRecord &c = m_data.customers[std::size_t(customer)];
    switch (attribute) {
    case CriteriaAttribute::Segment:
        return c.segment;
    case CriteriaAttribute::Region:
        return c.region;
    case CriteriaAttribute::AccountOwner:
        return c.accountOwner;
    case CriteriaAttribute::Stage:
        return c.stage.isEmpty() ? QStringLiteral("unknown") : c.stage;
    default:
        break;
    }
    return {};
}

const std::vector<std::optional<double>> &CriteriaEvaluator::numbers(CriteriaAttribute attribute)
{
    const std::size_t a = std::size_t(attribute);
    using A = CriteriaAttribute;
    if (!m_haveNumbers[a] && (attribute == A::Revenue12m || attribute == A::Orders12m)) {
        // Both from one pass over each customer's window(d).
        auto &revenue = m_numbers[std::size_t(A::Revenue12m)];
        auto &orders = m_numbers[std::size_t(A::Orders12m)];
        revenue.assign(m_active.size(), std::nullopt);
        orders.assign(m_active.size(), std::nullopt);
        for (std::size_t i = 0; i < m_active.size(); ++i) {
            const OrderSpan span = ordersOf(m_data, m_active[i]);
            Cents sum = 0;
            int count = 0;
            for (const OrderRecord *o = firstOrderFrom(span, m_day - 364);
                 o != span.last && o->orderedOn <= m_day; ++o) {
                sum += o->amount;
                count += o->isRefund() ? 0 : 1;
            }
            revenue[i] = money::toUnits(sum);
            orders[i] = count;
        }
        m_haveNumbers[std::size_t(A::Revenue12m)] = 1;
        m_haveNumbers[std::size_t(A::Orders12m)] = 1;
    }
    if (!m_haveNumbers[a]) {
        std::vector<std::optional<double>> &values = m_numbers[a];
        values.reserve(m_active.size());
        for (int customer : m_active)
            values.push_back(numericAttribute(customer, attribute));
        m_haveNumbers[a] = 1;
    }
    return m_numbers[a];
}

std::vector<char> CriteriaEvaluator::evaluate(const CriteriaRule &rule)
{
    const std::size_t n = m_active.size();
    std::vector<char> hold(n, 0);
    const bool text = criteria::isTextAttribute(rule.attribute);
    if (rule.op == CriteriaOp::TopPercent) {
        // Rank the customers that have a value, descending, ties to the lower customer_id;
        // the first ceil(N % of all active customers) qualify.
        std::vector<std::size_t> ranked;
        ranked.reserve(n);
        std::vector<QString> texts;
        if (text) {
            texts.reserve(n);
            for (std::size_t i = 0; i < n; ++i) {
                texts.push_back(textAttribute(m_active[i], rule.attribute));
                ranked.push_back(i);
            }
        } else {
            const auto &values = numbers(rule.attribute);
            for (std::size_t i = 0; i < n; ++i) {
                if (values[i])
                    ranked.push_back(i);
            }
        }
        // Slightly below the exact product so that 0.1 % of 3000 is 3, not 4.
        const double wanted = std::ceil(rule.number * double(n) / 100.0 - 1e-9);
        const std::size_t k = std::min(ranked.size(), std::size_t(std::max(0.0, wanted)));
        auto better = [&](std::size_t x, std::size_t y) {
            if (text) {
                const int c = compareUtf8(texts[x], texts[y]);
                if (c != 0)
                    return c > 0;
            } else {
                const double vx = *m_numbers[std::size_t(rule.attribute)][x];
                const double vy = *m_numbers[std::size_t(rule.attribute)][y];
                if (vx != vy)
                    return vx > vy;
            }
            return idLess(m_data, m_active[x], m_active[y]);
        };
        if (k < ranked.size())
            std::nth_element(ranked.begin(), ranked.begin() + std::ptrdiff_t(k), ranked.end(), better);
        for (std::size_t i = 0; i < k; ++i)
            hold[ranked[i]] = 1;
        return hold;
    }
    if (text) {
        for (std::size_t i = 0; i < n; ++i) {
            const QString value = textAttribute(m_active[i], rule.attribute);
            bool ok = false;
            switch (rule.op) {
            case CriteriaOp::Eq:
                ok = value == rule.text;
                break;
            case CriteriaOp::Ne:
                ok = value != rule.text;
                break;
            case CriteriaOp::In:
                ok = rule.list.contains(value);
                break;
            case CriteriaOp::NotIn:
                ok = !rule.list.contains(value);
                break;
            default:
                break;
            }
            hold[i] = ok ? 1 : 0;
        }
        return hold;
    }
    const auto &values = numbers(rule.attribute);
    const double v = rule.number;
    for (std::size_t i = 0; i < n; ++i) {
        if (!values[i])
            continue; // no value: the rule fails
        const double x = *values[i];
        bool ok = false;
        switch (rule.op) {
        case CriteriaOp::Ge:
            ok = x >= v;
            break;
        case CriteriaOp::Gt:
            ok = x > v;
            break;
        case CriteriaOp::Le:
            ok = x <= v;
            break;
        case CriteriaOp::Lt:
            ok = x < v;
            break;
        case CriteriaOp::Eq:
            ok = x == v;
            break;
        case CriteriaOp::Ne:
            ok = x != v;
            break;
        default:
            break;
        }
        hold[i] = ok ? 1 : 0;
    }
    return hold;
}

std::vector<int> CriteriaEvaluator::select(const CriteriaSet &set)
{
    const std::size_t n = m_active.size();
    std::vector<char> chosen(n, set.matchAll ? 1 : 0);
    for (const CriteriaRule &rule : set.rules) {
        const std::vector<char> hold = evaluate(rule);
        for (std::size_t i = 0; i < n; ++i)
            chosen[i] = set.matchAll ? (chosen[i] && hold[i]) : (chosen[i] || hold[i]);
    }
    std::vector<int> out;
    for (std::size_t i = 0; i < n; ++i) {
        if (chosen[i])
            out.push_back(m_active[i]);
    }
    return out;
}

} // namespace acc
