#pragma once

#include "engine/dataset.h"

namespace acc {

// The columns of the Customers view's table (CustomersModel), in the order shown.
enum class CustomerColumn : int {
    CustomerId,
    Name,
    Segment,
    Region,
    Owner,
    Stage,
    Status,
    Revenue12m,
    LifetimeValue,
    Orders,
    LastOrder,
    Best,
    PAlive,
    ExpectedValue12m,
    Count
};

constexpr int columnId(CustomerColumn c)
{
    return static_cast<int>(c);
}
constexpr int kCustomerColumnCount = columnId(CustomerColumn::Count);

// Where a customer stands on the state day d (METRICS.md "Periods and dates"), in the
// order the status column sorts: active, won back (active again), lost, not yet acquired.
enum class CustomerStatus { Active, WonBack, Lost, NotYetAcquired };

inline CustomerStatus customerStatusOn(const CustomerRecord &c, Day d)
{
    if (!hasDay(d) || (hasDay(c.acquiredOn) && c.acquiredOn > d))
        return CustomerStatus::NotYetAcquired;
    if (c.isLostOn(d))
        return CustomerStatus::Lost;
    if (hasDay(c.lostOn) && c.lostOn <= d && hasDay(c.wonBackOn) && c.wonBackOn <= d)
        return CustomerStatus::WonBack;
    return CustomerStatus::Active;
}

} // namespace acc
