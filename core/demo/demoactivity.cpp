#include "demointernal.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace acc::demo::internal {

// Contacts: at the customer's own rate while active, an onboarding call, the contacts
// that come before a loss and after it, and the North's delivery complaints.
void Generator::contacts(const Life &life)
{
    Random &r = m_random;
    const CustomerRecord &c = life.c;
    const int segment = life.segment;
    const int region = life.region;
    const SegmentProfile &profile = life.profile;
    const Day start = life.start;
    const bool base = life.base;
    const double satisfaction = life.satisfaction;
    const double contactRate = life.contactRate;
    const Day lost = life.lost;
    const int reason = life.reason;
    const bool storyLoss = life.storyLoss;
    const Day wonBack = life.wonBack;
    const auto &intervals = life.intervals;
    const int intervalCount = life.intervalCount;

    m_contacts.clear();
    auto addContact = [&](Day day, int touchpoint, bool complaint, bool slow) {
        TempContact k{day, touchpoint, complaint, kNoDay,
                      r.pick(kContactChannelMix[static_cast<std::size_t>(segment)])};
        const Touchpoint &tp = kTouchpoints[static_cast<std::size_t>(touchpoint)];
        if (complaint) {
            k.resolved = day + resolutionDays(slow);
        } else if (tp.category == ContactCategory::Request || tp.category == ContactCategory::Rescue) {
            k.resolved = day + r.pick(std::array<double, 4>{0.6, 0.25, 0.1, 0.05});
        }
        if (hasDay(k.resolved) && k.resolved > m_last)
            k.resolved = kNoDay;
        m_contacts.push_back(k);
    };
    const double complaintProneness = std::clamp(1.0 - 0.3 * satisfaction, 0.4, 1.8);
    for (int iv = 0; iv < intervalCount; ++iv) {
        const Interval &in = intervals[static_cast<std::size_t>(iv)];
        double t = in.from;
        for (;;) {
            t += r.exponential(contactRate / 365.0);
            if (t >= in.to)
                break;
            const auto category = r.pick(kContactCategoryMix[static_cast<std::size_t>(segment)]);
            int tp = pickTouchpoint(static_cast<ContactCategory>(category), segment == Consumer);
            const double p = kTouchpoints[static_cast<std::size_t>(tp)].complaint * complaintProneness;
            addContact(static_cast<Day>(t), tp, r.chance(p), false);
        }
    }
    if (!base && r.chance(profile.onboarding)) {
        const Day d = c.acquiredOn + r.between(1, 21);
        if (d < intervals[0].to)
            addContact(d, OnboardingCall, false, false);
    }
    if (hasDay(lost)) {
        auto before = [&](int lo, int hi) { return lost - r.between(lo, hi); };
        int trigger = -1;
        double chance = 0;
        switch (reason) {
        case ServiceFailure:
            trigger = DeliveryProblem;
            chance = storyLoss ? 0.92 : 0.85;
            break;
        case BillingProblem:
            trigger = BillingQuestion;
            chance = 0.85;
            break;
        case ProductGap:
            trigger = ProductQuestion;
            chance = 0.4;
            break;
        case Price:
            trigger = CancellationRequest;
            chance = 0.35;
            break;
        case MovedToCompetitor:
            trigger = segment == Consumer ? CancellationRequest : RenewalMeeting;
            chance = 0.3;
            break;
        default:
            break;
        }
        if (trigger >= 0 && r.chance(chance)) {
            const Day d = before(3, 60);
            const bool complaint =
                trigger == DeliveryProblem || trigger == BillingQuestion || trigger == ProductQuestion;
            if (d >= start)
                addContact(d, trigger, complaint, storyLoss);
        }
        if (r.chance(0.5)) {
            const Day d = before(1, 45);
            const bool service = reason == ServiceFailure || reason == BillingProblem;
            if (d >= start)
                addContact(d, service ? EscalationCall : RetentionOffer, service && r.chance(0.6), storyLoss);
        }
        if (hasDay(wonBack)) {
            addContact(wonBack - r.between(1, 25), WinBackOffer, false, false);
        } else if (r.chance(0.25)) {
            const Day d = lost + r.between(20, 200);
            if (d <= m_last)
                addContact(d, WinBackOffer, false, false);
        }
    }
    if (region == North) {
        for (std::size_t m = 0; m < 3; ++m) {
            const Day from = m_storyFrom[m];
            if (c.acquiredOn > from || !activeIn(intervals, intervalCount, from))
                continue;
            if (r.chance(kStoryComplaints[m])) {
                const Day d = r.between(from, m_storyTo[m]);
                if (activeIn(intervals, intervalCount, d))
                    addContact(d, DeliveryProblem, true, true);
            }
        }
    }
    std::stable_sort(m_contacts.begin(), m_contacts.end(),
                     [](const TempContact &a, const TempContact &b) { return a.day < b.day; });
}

// Orders: a seasonal Poisson process while alive, a first order on joining and on
// being won back, and orders that follow revenue contacts.
void Generator::orders(Life &life)
{
    Random &r = m_random;
    const int segment = life.segment;
    const SegmentProfile &profile = life.profile;
    const bool base = life.base;
    const double rate = life.rate;
    const double dropout = life.dropout;
    const double valueLevel = life.valueLevel;
    const int favourite = life.favourite;
    const bool sleeping = life.sleeping;
    auto &intervals = life.intervals;
    const int intervalCount = life.intervalCount;

    m_orders.clear();
    const auto &categoryMix = kCategoryMix[static_cast<std::size_t>(segment)];
    const auto &channelMix = kOrderChannelMix[static_cast<std::size_t>(segment)];
    auto addOrder = [&](Day day, Day limit) {
        double value = profile.medianOrder * valueLevel * r.logNormal(0.0, 0.55);
        if (r.chance(0.03))
            value *= std::min(40.0, r.pareto(1.5));
        const Cents amount = std::max<Cents>(100, std::llround(value * 100.0));
        const int category = r.chance(0.004) ? -1 : (r.chance(0.55) ? favourite : r.pick(categoryMix));
        const int channel = r.pick(channelMix);
        m_orders.push_back({day, amount, category, channel});
        if (r.chance(0.025)) {
            const Day refundDay = std::min({day + r.between(2, 30), m_last, limit - 1});
            const Cents refund = r.chance(0.4)
                                     ? amount
                                     : std::max<Cents>(100, std::llround(amount * (0.1 + 0.5 * r.uniform())));
            m_orders.push_back({refundDay, -refund, category, channel});
        }
    };
    for (int iv = 0; iv < intervalCount; ++iv) {
        Interval &in = intervals[static_cast<std::size_t>(iv)];
        in.dropDay = in.to;
        const bool fresh = iv == 1 || !base;
        if (sleeping && iv == 0) {
            in.dropDay = in.from;
            continue;
        }
        if (fresh) {
            addOrder(in.from, in.to);
            if (r.chance(dropout)) {
                in.dropDay = in.from;
                continue;
            }
        }
        double t = in.from;
        const double candidates = rate * kSeasonMax / 365.0;
        for (;;) {
            t += r.exponential(candidates);
            if (t >= in.to)
                break;
            const Day day = static_cast<Day>(t);
            if (!r.chance(m_season[offset(day)] / kSeasonMax))
                continue;
            addOrder(day, in.to);
            if (r.chance(dropout)) {
                in.dropDay = day;
                break;
            }
        }
    }
    if (!(sleeping && base)) {
        for (const TempContact &k : m_contacts) {
            if (kTouchpoints[static_cast<std::size_t>(k.touchpoint)].category != ContactCategory::Revenue ||
                k.touchpoint == WinBackOffer)
                continue;
            const Interval *in = intervalOf(intervals, intervalCount, k.day);
            if (!in)
                continue;
            if (r.chance(k.day < in->dropDay ? 0.35 : 0.2)) {
                const Day d = k.day + r.between(1, 60);
                if (d < in->to)
                    addOrder(d, in->to);
            }
        }
    }
    std::stable_sort(m_orders.begin(), m_orders.end(),
                     [](const TempOrder &a, const TempOrder &b) { return a.day < b.day; });
}

// Survey answers: after a sale, and a yearly relationship survey.
void Generator::answers(const Life &life)
{
    Random &r = m_random;
    const CustomerRecord &c = life.c;
    const int region = life.region;
    const Locale locale = life.locale;
    const SegmentProfile &profile = life.profile;
    const Day start = life.start;
    const double satisfaction = life.satisfaction;
    const Day lost = life.lost;
    const auto &intervals = life.intervals;
    const int intervalCount = life.intervalCount;

    m_answers.clear();
    auto lostAt = [&](Day d) { return c.isLostOn(d); };
    auto addAnswer = [&](Day d) {
        if (d > m_last || d < start || lostAt(d))
            return;
        double latent = profile.npsMean + 1.2 * satisfaction + 1.3 * r.normal();
        int recentTopic = -1;
        for (const TempContact &k : m_contacts) {
            if (k.day > d)
                break;
            if (k.complaint && k.day >= d - 90) {
                latent -= (!hasDay(k.resolved) || k.resolved > d) ? 3.5 : 2.5;
                recentTopic = k.touchpoint;
            }
        }
        if (hasDay(lost) && lost > d && lost <= d + 120)
            latent -= 1.5;
        if (region == North && d >= m_storyStart)
            latent -= 1.0;
        const int score = static_cast<int>(std::clamp<long>(std::lround(latent), 0, 10));
        QString text;
        if (r.chance(score <= 6 ? 0.55 : 0.3)) {
            Tone tone = Tone::Neutral;
            if (score >= 9)
                tone = Tone::Positive;
            else if (score <= 6)
                tone = recentTopic == DeliveryProblem   ? Tone::Delivery
                       : recentTopic == BillingQuestion ? Tone::Billing
                       : r.chance(0.3)                  ? Tone::Delivery
                                                        : Tone::Price;
            text = comment(locale, tone, r);
        }
        m_answers.push_back({d, score, std::move(text)});
    };
    for (const TempOrder &o : m_orders) {
        if (o.amount > 0 && r.chance(profile.afterSaleSurvey))
            addAnswer(o.day + r.between(0, 30));
    }
    for (int iv = 0; iv < intervalCount; ++iv) {
        const Interval &in = intervals[static_cast<std::size_t>(iv)];
        double t = in.from;
        for (;;) {
            t += r.exponential(0.7 / 365.0);
            if (t >= in.to)
                break;
            addAnswer(static_cast<Day>(t));
        }
    }
    std::stable_sort(m_answers.begin(), m_answers.end(),
                     [](const TempAnswer &a, const TempAnswer &b) { return a.day < b.day; });
}

// The customer's orders, contacts and answers as rows of the data set.
void Generator::rows(Dataset &data, const Life &life)
{
    const CustomerRecord &c = life.c;
    const int segment = life.segment;

    const int ci = life.index;
    for (const TempOrder &o : m_orders) {
        OrderRecord rec;
        rec.customer = ci;
        rec.orderedOn = o.day;
        rec.amount = o.amount;
        if (o.category >= 0)
            rec.category = m_categoryNames[static_cast<std::size_t>(o.category)];
        rec.channel = m_orderChannelNames[static_cast<std::size_t>(o.channel)];
        data.orders.push_back(std::move(rec));
    }
    for (const TempContact &k : m_contacts) {
        const Touchpoint &tp = kTouchpoints[static_cast<std::size_t>(k.touchpoint)];
        ContactRecord rec;
        rec.customer = ci;
        rec.occurredOn = k.day;
        rec.category = tp.category;
        rec.touchpoint = m_touchpointNames[static_cast<std::size_t>(k.touchpoint)];
        rec.channel = m_contactChannelNames[static_cast<std::size_t>(k.channel)];
        rec.complaint = k.complaint;
        rec.resolvedOn = k.resolved;
        if (tp.team != Owner)
            rec.handledBy = m_teamNames[static_cast<std::size_t>(tp.team)];
        else if (segment == Consumer)
            rec.handledBy = m_teamNames[Marketing];
        else
            rec.handledBy = c.accountOwner;
        data.contacts.push_back(std::move(rec));
    }
    for (TempAnswer &a : m_answers) {
        FeedbackRecord rec;
        rec.customer = ci;
        rec.respondedOn = a.day;
        rec.score = a.score;
        rec.comment = data.addText(a.comment);
        data.feedback.push_back(std::move(rec));
    }
}

QString Generator::stage(const CustomerRecord &c, int segment, Random &r) const
{
    if (r.chance(0.02))
        return {};
    if (c.isLostOn(m_last))
        return QStringLiteral("lapsed");
    int days = 0;
    Day previous = kNoDay;
    for (const TempOrder &o : m_orders) {
        if (o.amount > 0 && o.day != previous) {
            ++days;
            previous = o.day;
        }
    }
    if (days == 0)
        return r.chance(0.7) ? QStringLiteral("prospect") : QStringLiteral("suspect");
    if (days == 1)
        return QStringLiteral("first_time");
    if (days < 5)
        return QStringLiteral("repeat");
    const bool promoter = !m_answers.empty() && m_answers.back().score >= 9;
    if (promoter && (segment != Consumer || days >= 8))
        return QStringLiteral("advocate");
    return QStringLiteral("client");
}

int Generator::pickTouchpoint(ContactCategory category, bool consumer)
{
    std::array<double, kTouchpointCount> weights{};
    for (std::size_t i = 0; i < kTouchpointCount; ++i) {
        const Touchpoint &tp = kTouchpoints[i];
        if (tp.category == category && !(consumer && tp.businessOnly) && i != WinBackOffer)
            weights[i] = tp.weight;
    }
    return m_random.pick(weights);
}

// Days from a complaint to its resolution; beyond the last day it stays open.
int Generator::resolutionDays(bool slow)
{
    static constexpr std::array<double, 8> usual{0.22, 0.26, 0.18, 0.11, 0.08, 0.05, 0.05, 0.05};
    static constexpr std::array<double, 8> failing{0.04, 0.08, 0.10, 0.14, 0.14, 0.10, 0.20, 0.20};
    const int bucket = m_random.pick(slow ? failing : usual);
    if (bucket <= 5)
        return bucket;
    if (bucket == 6)
        return m_random.between(6, slow ? 14 : 20);
    return 100000; // open: never resolved within the data
}

bool Generator::activeIn(const std::array<Interval, 2> &intervals, int count, Day d)
{
    for (int i = 0; i < count; ++i) {
        if (d >= intervals[static_cast<std::size_t>(i)].from && d < intervals[static_cast<std::size_t>(i)].to)
            return true;
    }
    return false;
}

const Interval *Generator::intervalOf(const std::array<Interval, 2> &intervals, int count, Day d)
{
    for (int i = 0; i < count; ++i) {
        const Interval &in = intervals[static_cast<std::size_t>(i)];
        if (d >= in.from && d < in.to)
            return &in;
    }
    return nullptr;
}

void Generator::spend(Dataset &data)
{
    // Month by month over the 36 months ending with the last day's month.
    const QDate last = toDate(m_last);
    const QDate firstMonth = QDate(last.year(), last.month(), 1).addMonths(-35);
    struct Month
    {
        Day from;
        Day to;
        std::array<int, kSegmentCount> active{};
        int activeAll = 0;
        int gained = 0;
        int gainedEnterprise = 0;
        int lost = 0;
    };
    std::vector<Month> months(36);
    for (int m = 0; m < 36; ++m) {
        const QDate s = firstMonth.addMonths(m);
        months[static_cast<std::size_t>(m)].from = toDay(s);
        months[static_cast<std::size_t>(m)].to = std::min(m_last, toDay(s.addMonths(1).addDays(-1)));
    }
    const Day firstDay = months.front().from;
    auto monthOf = [&](Day d) {
        const QDate date = toDate(d);
        return (date.year() - firstMonth.year()) * 12 + date.month() - firstMonth.month();
    };
    for (std::size_t i = 0; i < data.customers.size(); ++i) {
        const CustomerRecord &c = data.customers[i];
        const auto segment = static_cast<std::size_t>(m_segmentOf[i]);
        if (c.acquiredOn >= firstDay && c.acquiredOn <= m_last) {
            Month &m = months[static_cast<std::size_t>(monthOf(c.acquiredOn))];
            ++m.gained;
            if (segment == Enterprise)
                ++m.gainedEnterprise;
        }
        if (hasDay(c.lostOn) && c.lostOn >= firstDay)
            ++months[static_cast<std::size_t>(monthOf(c.lostOn))].lost;
        for (Month &m : months) {
            if (c.isActiveOn(m.to)) {
                ++m.active[segment];
                ++m.activeAll;
            }
        }
    }
    Random &r = m_random;
    auto noisy = [&r](double euros) {
        return static_cast<Cents>(std::llround(euros * (0.92 + 0.16 * r.uniform()))) * 100;
    };
    const QString loyalty = QStringLiteral("Loyalty program");
    const QString serviceDesk = QStringLiteral("Service desk");
    const QString keyAccount = QStringLiteral("Key-account team");
    const QString winBack = QStringLiteral("Win-back campaign");
    const QString onboarding = QStringLiteral("Onboarding");
    for (int i = 0; i < 36; ++i) {
        const Month &m = months[static_cast<std::size_t>(i)];
        const QDate date = toDate(m.from);
        auto add = [&](const QString &program, int segment, double euros) {
            SpendRecord s;
            s.year = date.year();
            s.month = date.month();
            s.program = program;
            if (segment >= 0)
                s.segment = m_segmentNames[static_cast<std::size_t>(segment)];
            s.amount = noisy(euros);
            data.spend.push_back(std::move(s));
        };
        const bool holidays = date.month() >= 11;
        add(loyalty, Consumer, 600 + m.active[Consumer] * 0.6 * (holidays ? 1.8 : 1.0));
        add(loyalty, Smb, 400 + m.active[Smb] * 1.2);
        // The service desk was cut by a quarter five months before the end.
        add(serviceDesk, -1, (1500 + m.activeAll * 2.0) * (i >= 31 ? 0.75 : 1.0));
        add(keyAccount, Enterprise, 2000 + m.active[Enterprise] * 150.0);
        add(keyAccount, MidMarket, 1000 + m.active[MidMarket] * 35.0);
        if (i >= 6)
            add(winBack, -1, 800 + (i > 0 ? months[static_cast<std::size_t>(i - 1)].lost : 0) * 25.0);
        add(onboarding, -1, 300 + m.gained * 45.0 + m.gainedEnterprise * 400.0);
    }
}

} // namespace acc::demo::internal
