#pragma once

#include "engine/assets.h"
#include "engine/period.h"

#include <vector>

namespace acc {

struct Dataset;

namespace meetinglists {

// The customers won back in the period (METRICS.md won_back: won_back_on in P), each with
// the loss they came back from (lost_on, annual_value(c, lost_on), reason; 0 without a lost_on), by value
// desc then customer_id asc, as the period's lost customers are ordered.
std::vector<LostCustomer> wonBack(const Dataset &data, const Period &period);

} // namespace meetinglists
} // namespace acc
