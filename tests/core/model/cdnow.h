#pragma once

// Readers for the CDNOW files of tests/data/cdnow (README.md there: source and licence).

#include "model/bgnbd.h"
#include "model/gammagamma.h"

#include <QDate>
#include <QFile>
#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace acc::test {

inline QString cdnowPath(const char *file)
{
    return QStringLiteral(ACC_TEST_DATA_DIR "/cdnow/") + QLatin1String(file);
}

// Comma-separated rows of a CSV file with a header, as text fields.
inline std::vector<QStringList> readCsv(const QString &path)
{
    std::vector<QStringList> rows;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    bool header = true;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (header || line.isEmpty()) {
            header = false;
            continue;
        }
        rows.push_back(line.split(QLatin1Char(',')));
    }
    return rows;
}

// cdnow_customers_summary.csv: ID, frequency, recency, T (weeks).
inline std::vector<model::BgNbdHistory> cdnowSummary()
{
    std::vector<model::BgNbdHistory> out;
    for (const auto &r : readCsv(cdnowPath("cdnow_customers_summary.csv")))
        out.push_back({r.at(1).toInt(), r.at(2).toDouble(), r.at(3).toDouble(), 1.0});
    return out;
}

// cdnow_customers_summary_with_transactions.csv: the customers with x > 0, with zbar.
inline std::vector<model::SpendHistory> cdnowSummaryZbar()
{
    std::vector<model::SpendHistory> out;
    for (const auto &r : readCsv(cdnowPath("cdnow_customers_summary_with_transactions.csv"))) {
        const int x = r.at(1).toInt();
        if (x > 0)
            out.push_back({x, r.at(4).toDouble(), 1.0});
    }
    return out;
}

// zbar rebuilt from CDNOW_sample.txt (master id, sample id, YYYYMMDD, CDs, dollars; CRLF):
// a purchase is one day's transactions summed; the 39-week calibration period is
// 1997-01-01..1997-09-30; zbar is the mean of the repeat purchases (after the first day).
inline std::vector<model::SpendHistory> cdnowSampleZbar()
{
    QFile f(cdnowPath("CDNOW_sample.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QDate last(1997, 9, 30);
    QMap<int, QMap<QDate, double>> days; // customer -> day -> dollars
    while (!f.atEnd()) {
        const QString line = QString::fromLatin1(f.readLine()).trimmed();
        const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (cols.size() < 5)
            continue;
        const QDate date = QDate::fromString(cols.at(2), QStringLiteral("yyyyMMdd"));
        if (!date.isValid() || date > last)
            continue;
        days[cols.at(1).toInt()][date] += cols.at(4).toDouble();
    }
    std::vector<model::SpendHistory> out;
    for (const auto &perDay : days) {
        const int x = static_cast<int>(perDay.size()) - 1;
        if (x <= 0)
            continue;
        double sum = 0;
        for (auto it = std::next(perDay.begin()); it != perDay.end(); ++it)
            sum += it.value();
        out.push_back({x, sum / x, 1.0});
    }
    return out;
}

} // namespace acc::test
