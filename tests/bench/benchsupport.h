#pragma once

// Shared by the benchmarks (issue #7). Each benchmark prints its figures as lines
//     BENCH<TAB>figure<TAB>measured<TAB>unit<TAB>budget<TAB>detail<TAB>verdict
// which scripts/bench.sh gathers into the table of docs/performance.md. budget is empty when
// the design sets none; detail says how it was measured (n, median, p95, ...).

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QString>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace kasir::bench {

struct Stats
{
    int n = 0;
    double min = 0;
    double median = 0;
    double p95 = 0;
    double max = 0;
    double mean = 0;
};

inline Stats stats(QList<double> samples)
{
    Stats s;
    s.n = int(samples.size());
    if (samples.isEmpty())
        return s;
    std::sort(samples.begin(), samples.end());
    const auto at = [&samples](double q) -> double {
        // Nearest rank: the smallest sample with at least q of the samples at or below it.
        const qsizetype rank = qsizetype(std::ceil(q * double(samples.size())));
        return samples.at(std::clamp<qsizetype>(rank - 1, 0, samples.size() - 1));
    };
    s.min = samples.first();
    s.max = samples.last();
    s.median = at(0.5);
    s.p95 = at(0.95);
    double sum = 0;
    for (double v : samples)
        sum += v;
    s.mean = sum / double(samples.size());
    return s;
}

inline QString describe(const Stats &s, const char *unit = "ms")
{
    return QStringLiteral("n=%1 median %2 p95 %3 min %4 max %5 %6")
        .arg(s.n)
        .arg(s.median, 0, 'f', 2)
        .arg(s.p95, 0, 'f', 2)
        .arg(s.min, 0, 'f', 2)
        .arg(s.max, 0, 'f', 2)
        .arg(QLatin1String(unit));
}

// One row of the table. `budget` <= 0: none. `budgetText`/`verdict` for budgets that are not a
// number ("no growth"): scripts/bench.sh prints them as given.
inline void report(const QString &figure, double measured, const QString &unit, double budget,
                   const QString &detail, const QString &budgetText = {},
                   const QString &verdict = {})
{
    QTextStream out(stdout);
    out << "BENCH\t" << figure << '\t' << QString::number(measured, 'f', 2) << '\t' << unit << '\t'
        << (!budgetText.isEmpty() ? budgetText
            : budget > 0          ? QString::number(budget, 'f', 0)
                                  : QString())
        << '\t' << detail << '\t' << verdict << Qt::endl;
}

// Resident set size of this process in KiB (Linux: /proc/self/status VmRSS), -1 elsewhere.
inline qint64 rssKb(const char *field = "VmRSS:")
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    // procfs files have no size: atEnd() is true from the start, so read everything.
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

inline double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace kasir::bench
