// libFuzzer target over the JSON readers of user files: best-customer criteria sets
// (criteria::parse) and targets (targets::parse), both given on the command line.
//
// Input: one option byte, then the file's bytes. An odd option byte ('c') reads a
// criteria set, an even one ('t') a targets list. Besides the sanitizers' findings, the
// target traps when an invariant breaks: a refusal says why; an accepted criteria set
// survives serialise + parse unchanged; an accepted target names a numeric figure, a
// valid period and a finite value, and meets itself.
#include "criteria/criteria.h"
#include "engine/targets.h"

#include <cmath>
#include <cstddef>
#include <cstdint>

using namespace acc;

namespace {

void check(bool ok)
{
    if (!ok)
        __builtin_trap();
}

bool sameRule(const CriteriaRule &a, const CriteriaRule &b)
{
    return a.attribute == b.attribute && a.op == b.op && a.text == b.text && a.list == b.list &&
           (a.number == b.number || (std::isnan(a.number) && std::isnan(b.number)));
}

void fuzzCriteria(const QByteArray &bytes)
{
    QString error;
    const auto set = criteria::parse(bytes, &error, QStringLiteral("fallback"));
    if (!set) {
        check(!error.isEmpty());
        return;
    }
    check(!set->name.isEmpty());
    for (const CriteriaRule &rule : set->rules)
        check(std::isfinite(rule.number));
    QString again;
    const auto back = criteria::parse(criteria::serialise(*set), &again);
    check(back.has_value());
    check(back->name == set->name && back->version == set->version && back->matchAll == set->matchAll);
    check(back->rules.size() == set->rules.size());
    for (qsizetype i = 0; i < set->rules.size(); ++i)
        check(sameRule(back->rules[i], set->rules[i]));
}

void fuzzTargets(const QByteArray &bytes)
{
    QString error;
    const auto list = targets::parse(bytes, &error);
    if (!list) {
        check(!error.isEmpty());
        return;
    }
    for (const Target &t : *list) {
        check(targets::isNumericKey(t.metric));
        check(t.period.isValid());
        check(std::isfinite(t.value));
        check(targets::status(t.metric, t.value, t.value) == TargetStatus::Met);
        check(targets::status(t.metric, t.value, std::nullopt) == TargetStatus::NoData);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t options = data[0];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    if (options & 1)
        fuzzCriteria(bytes);
    else
        fuzzTargets(bytes);
    return 0;
}
