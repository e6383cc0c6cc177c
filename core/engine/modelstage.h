#pragma once

#include "customerfacts.h"
#include "metrics.h"

#include <memory>

namespace acc {

// The customer-base model (BG/NBD and Gamma-Gamma, METRICS.md group 2) as a second stage:
// the window shows a period's figures computed without it (MetricsRequest::withModel
// false) at once, and adds the model when its fit is done. The result equals a report
// computed with the model in one go.

// Puts a fitted model into a report computed without it: the model's figures, the
// modelComputed flag, and the targets judged again (at_risk needs the model).
void addCustomerBaseModel(MetricsReport &report, CustomerBaseFigures model);
// Puts the model's per-customer figures (P(alive), expected orders and value) into facts.
void applyCustomerBaseModel(CustomerFacts &facts, const CustomerBaseFigures &model);

} // namespace acc
