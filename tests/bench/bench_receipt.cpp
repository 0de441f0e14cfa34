// Receipt to PDF (design §5: <= 50 ms): writeReceiptPdf of a paid sale, 58 and 80 mm paper.
// The first call in a process (fonts loaded, PDF engine set up) is reported apart from the
// steady state, since the first receipt after a start pays it.

#include "benchsupport.h"
#include "core/attempt/attempt.h"
#include "core/order/order.h"
#include "core/receipt/receipt.h"
#include "core/receipt/receiptpdf.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

using namespace kasir;
using namespace kasir::bench;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int reps = argc > 1 ? QByteArray(argv[1]).toInt() : 200;

    QFile f(QStringLiteral(KASIR_SOURCE_DIR "/tests/data/order-kredivo.json"));
    if (!f.open(QIODevice::ReadOnly))
        return 1;
    Attempt a;
    a.id = 42;
    a.billNo = QStringLiteral("K012611230042");
    a.state = AttemptState::Paid;
    a.order = *parseOrderJson(f.readAll()).order;
    a.channelCode = QStringLiteral("709");
    a.total = a.order.cart.totals().total;
    a.createdAt = QDateTime(QDate(2026, 11, 23), QTime(3, 0), Qt::UTC);
    a.billDate = a.createdAt;
    a.billExpired = a.billDate.addSecs(3600);
    a.trxId = QStringLiteral("7777700000000042");
    a.paymentReff = QStringLiteral("709000042");
    a.paymentDate = a.createdAt.addSecs(95);
    a.terminal = QStringLiteral("K01");
    a.cashier = QStringLiteral("sari");
    const StoreInfo store{QStringLiteral("TOKO LATIHAN"),
                          QStringLiteral("Jl Sabang 37\nJakarta Pusat 10170"),
                          QStringLiteral("K01"), QStringLiteral("sari")};
    const ReceiptData data = receiptFromAttempt(a, store, 0);

    QTemporaryDir dir;
    for (const ReceiptWidth width : {ReceiptWidth::Mm80, ReceiptWidth::Mm58}) {
        const QString name =
            width == ReceiptWidth::Mm80 ? QStringLiteral("80 mm") : QStringLiteral("58 mm");
        QList<double> samples;
        double first = -1;
        for (int i = 0; i <= reps; ++i) {
            QElapsedTimer t;
            t.start();
            QString error;
            if (!writeReceiptPdf(data, width, dir.path() + QStringLiteral("/r%1.pdf").arg(i % 10),
                                 &error)) {
                qWarning("%s", qPrintable(error));
                return 1;
            }
            const double ms = msSince(t);
            if (first < 0 && width == ReceiptWidth::Mm80)
                first = ms;
            else if (i > 0)
                samples.append(ms);
        }
        const Stats s = stats(samples);
        report(QStringLiteral("receipt -> PDF (%1)").arg(name), s.median, QStringLiteral("ms"), 50,
               describe(s) + QStringLiteral("; p95 %1 ms").arg(s.p95, 0, 'f', 2));
        if (first >= 0)
            report(QStringLiteral("receipt -> PDF, first in a process (80 mm)"), first,
                   QStringLiteral("ms"), 50, QStringLiteral("fonts and PDF engine set up"));
    }
    return 0;
}
