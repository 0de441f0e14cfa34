#pragma once

#include "core/money/money.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace kasir {

// The pages a customer sees in training after following redirect_url: one look per lender
// (the sandbox's own colours and text wordmarks, not the lenders' logos), every page marked
// LATIHAN / TRAINING, Bahasa Indonesia first with English under it. Plain HTML forms posted
// back to the sandbox: no JavaScript, phone-sized first (viewport meta, ~390 px wide), fine in
// Qt WebEngine. The texts are bilingual on the page itself, the way the lenders' own pages are,
// so they are not run through the app's translations.
//
// Everything taken from a request is HTML-escaped here.
class LenderPages
{
public:
    // The bill as the lender shows it.
    struct Bill
    {
        struct Line
        {
            QString name;
            qint64 qty = 1;
            Money lineTotal;
            bool isDiscount = false;
        };
        QString channelCode;
        QString channelName; // "Kredivo", "Akulaku", "Indodana", "BRI Ceria"
        QString merchantName;
        QString billNo;
        Money total;
        QList<Line> lines;
        QString msisdn;
        QString tenor; // Kredivo: the tenor to preselect (reserve2)
    };

    // The training sign-in values shown on the page and accepted by the sandbox.
    struct TrainingLogin
    {
        QString phone;
        QString pin;
        QString otp;
    };

    // One step's form.
    struct Form
    {
        QString action; // path and query the form posts to
        QString token;  // hidden field: the step's one-time token
        QString error;  // shown above the form; "Bahasa\nEnglish"
        QString phone;  // prefilled phone number (sign-in)
    };

    // The sandbox's training values for a channel name ("Kredivo" uses Kredivo's public sandbox
    // shopper from Faspay's account-testing page; the others get values of the sandbox's own).
    static TrainingLogin trainingLogin(const QString &channelName);

    static QByteArray signIn(const Bill &bill, const Form &form, const TrainingLogin &login);
    static QByteArray otp(const Bill &bill, const Form &form, const TrainingLogin &login);
    // Kredivo: tenor choice (instalments disabled under Rp 1.500.000); all: approve / decline.
    static QByteArray confirm(const Bill &bill, const Form &form);
    // The bill is decided: paid, failed, expired or cancelled; a button back to the store.
    static QByteArray finished(const Bill &bill, int paymentStatus, const QUrl &returnUrl);
    // A neutral error page (broken link, unknown bill).
    static QByteArray error(const QString &titleId, const QString &titleEn, const QString &detailId,
                            const QString &detailEn);
    // The sandbox's default return URL page: "Pembayaran selesai — kembali ke kasir".
    static QByteArray kasirReturn(const QString &billNo, const QString &status);
    // What the HTML-page fault answers instead of JSON.
    static QByteArray maintenance();

    // Kredivo's tenors, reserve2 key and label, in the order shown.
    struct Tenor
    {
        QString key;
        int months; // 0: pay in full within 30 days
        QString labelId;
        QString labelEn;
    };
    static QList<Tenor> kredivoTenors();
};

} // namespace kasir
