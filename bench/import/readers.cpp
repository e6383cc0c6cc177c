// Parse throughput: Debian's libcsv (callbacks, bytes) against acc::import::CsvReader
// (records, physical lines, UTF-8 and NUL checks) on the same file, CPU time, three
// rounds; fields and bytes are summed so nothing is optimized away. Not part of the build
// (it needs libcsv-dev, which the product does not use); see docs/import.md:
//
//   g++ -O2 -std=c++20 -fPIC -Icore -isystem /usr/include/x86_64-linux-gnu/qt6 \
//       -isystem /usr/include/x86_64-linux-gnu/qt6/QtCore bench/import/readers.cpp \
//       core/import/csvreader.cpp -o /tmp/readers -lQt6Core -lcsv
//   /tmp/readers build/bench-import-data-1/orders.csv
#include "import/csvreader.h"
#include <QElapsedTimer>
#include <QFile>
#include <cstdio>
#include <csv.h>
#include <ctime>

static long fields = 0, records = 0, bytesSum = 0;
static void cb1(void *s, size_t len, void *)
{
    ++fields;
    bytesSum += long(len);
    (void)s;
}
static void cb2(int, void *)
{
    ++records;
}

int main(int argc, char **argv)
{
    for (int round = 0; round < 3; ++round) {
        {
            QFile f(QString::fromLocal8Bit(argv[1]));
            f.open(QIODevice::ReadOnly);
            std::clock_t c0 = std::clock();
            fields = records = bytesSum = 0;
            csv_parser p;
            csv_init(&p, CSV_STRICT | CSV_APPEND_NULL);
            static char buf[256 * 1024];
            qint64 n;
            while ((n = f.read(buf, sizeof buf)) > 0)
                csv_parse(&p, buf, size_t(n), cb1, cb2, nullptr);
            csv_fini(&p, cb1, cb2, nullptr);
            csv_free(&p);
            printf("libcsv     %ld records %ld fields %ld bytes %lld ms\n", records, fields, bytesSum,
                   (long long)((std::clock() - c0) * 1000 / CLOCKS_PER_SEC));
        }
        {
            QFile f(QString::fromLocal8Bit(argv[1]));
            f.open(QIODevice::ReadOnly);
            std::clock_t c0 = std::clock();
            fields = records = bytesSum = 0;
            acc::import::CsvReader r(&f);
            acc::import::CsvRecord rec;
            long lines = 0;
            while (r.readRecord(rec)) {
                ++records;
                fields += rec.size();
                for (int i = 0; i < rec.size(); ++i)
                    bytesSum += rec.field(i).size();
                lines = rec.line();
            }
            printf("CsvReader  %ld records %ld fields %ld bytes %lld ms (last line %ld)\n", records, fields,
                   bytesSum, (long long)((std::clock() - c0) * 1000 / CLOCKS_PER_SEC), lines);
        }
    }
}
