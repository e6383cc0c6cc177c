#pragma once

#include <QtGlobal>

#include <cmath>
#include <cstdint>
#include <random>

namespace acc::demo {

// The demo's source of randomness. std::mt19937_64's output is fixed by the standard;
// every distribution on top of it is written here (inverse-transform sampling), because
// the standard library's distributions differ between implementations.
class Random
{
public:
    explicit Random(std::uint64_t seed)
        : m_engine(seed)
    {}

    // Uniform on [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }

    // Uniform on (0, 1): never 0, never 1.
    double open() { return (static_cast<double>(m_engine() >> 11) + 0.5) * 0x1.0p-53; }

    // A whole number in [0, n), n >= 1.
    int below(int n) { return static_cast<int>(uniform() * n); }

    // A whole number in [lo, hi].
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }

    bool chance(double p) { return uniform() < p; }

    // Exponential with the given rate (mean 1 / rate).
    double exponential(double rate) { return -std::log(open()) / rate; }

    // Standard normal through the inverse of its distribution function.
    double normal() { return inverseNormal(open()); }

    // exp(N(mu, sigma^2)).
    double logNormal(double mu, double sigma) { return std::exp(mu + sigma * normal()); }

    // Pareto with scale 1 and shape alpha: P(X > x) = x^-alpha for x >= 1.
    double pareto(double alpha) { return std::pow(open(), -1.0 / alpha); }

    // An index drawn with probability proportional to weights[i].
    template <typename Weights> int pick(const Weights &weights)
    {
        double total = 0;
        for (const auto w : weights)
            total += w;
        double u = uniform() * total;
        int i = 0;
        for (const auto w : weights) {
            if (u < w)
                return i;
            u -= w;
            ++i;
        }
        return i - 1;
    }

    // Acklam's rational approximation of the normal quantile (relative error < 1.2e-9).
    static double inverseNormal(double p)
    {
        static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,  -2.759285104469687e+02,
                                       1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
        static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                                       6.680131188771972e+01, -1.328068155288572e+01};
        static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                                       -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
        static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                                       3.754408661907416e+00};
        constexpr double low = 0.02425;
        if (p < low) {
            const double q = std::sqrt(-2 * std::log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
                   ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        if (p > 1 - low) {
            const double q = std::sqrt(-2 * std::log(1 - p));
            return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
                   ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        const double q = p - 0.5;
        const double r = q * q;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
               (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace acc::demo
