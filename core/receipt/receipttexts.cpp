#include "core/receipt/receipttexts.h"

namespace kasir {

namespace {
// Bahasa Indonesia first, then English; a word that is the same in both is written once. ASCII
// only, so that every printer code page prints them. `compact` (nullptr: same as `full`) fits a
// label and its value on one 32-column line.
struct Entry
{
    ReceiptText text;
    const char *full;
    const char *compact = nullptr;
};

constexpr Entry Table[] = {
    {ReceiptText::BillNo, "No. Nota / Bill No.", "Nota / Bill"},
    {ReceiptText::Date, "Tanggal / Date", "Tgl / Date"},
    {ReceiptText::Cashier, "Kasir / Cashier"},
    {ReceiptText::Terminal, "Terminal"},
    {ReceiptText::Subtotal, "Subtotal"},
    {ReceiptText::Discount, "Diskon / Discount"},
    {ReceiptText::Total, "TOTAL"},
    {ReceiptText::Payment, "Pembayaran / Payment"},
    {ReceiptText::Tenor, "Tenor"},
    {ReceiptText::TrxId, "ID Transaksi / Trx ID", "ID Trx / Trx ID"},
    {ReceiptText::PaymentReff, "Ref. Bayar / Payment Ref.", "Ref"},
    {ReceiptText::PaidAt, "Waktu Bayar / Paid At", "Bayar / Paid"},
    {ReceiptText::Training, "TRAINING / LATIHAN"},
    {ReceiptText::TrainingNote, "Bukan transaksi nyata / Not a real sale"},
    {ReceiptText::SettledByHand, "DISELESAIKAN SUPERVISOR / SETTLED BY SUPERVISOR", "SUPERVISOR"},
    {ReceiptText::SettledByHandNote, "Belum dikonfirmasi Faspay / Not confirmed by Faspay",
     "Tanpa konfirmasi Faspay"},
    {ReceiptText::Copy, "SALINAN / COPY #%1"},
    {ReceiptText::Gateway, "Gateway"},
    {ReceiptText::Merchant, "Merchant"},
    {ReceiptText::NotFaspay, "BUKAN FASPAY / NOT FASPAY"},
    {ReceiptText::NotFaspayNote, "Gateway bukan Faspay / Gateway is not Faspay", "Bukan Faspay"},
    {ReceiptText::SettledBy, "Oleh / By"},
    {ReceiptText::SettledReason, "Alasan / Reason"},
    {ReceiptText::ScanToLookUp, "Pindai untuk cek nota / Scan to look up"},
    {ReceiptText::ThankYou, "Terima kasih / Thank you"},
};

struct FeeEntry
{
    FeeKind kind;
    const char *full;
    const char *compact = nullptr;
};

constexpr FeeEntry FeeTable[] = {
    {FeeKind::Shipping, "Ongkos kirim / Shipping", "Ongkir / Shipping"},
    {FeeKind::Admin, "Biaya admin / Admin fee", "Admin"},
    {FeeKind::Tax, "Pajak / Tax"},
    {FeeKind::Additional, "Biaya lain / Other fee", "Lain / Other"},
    {FeeKind::Insurance, "Asuransi / Insurance"},
};

template<typename E>
QString pick(const E &entry, ReceiptTextForm form)
{
    const char *s = form == ReceiptTextForm::Compact && entry.compact ? entry.compact : entry.full;
    return QString::fromLatin1(s);
}

struct TenorEntry
{
    KredivoTenor tenor;
    const char *printed;
};

constexpr TenorEntry TenorTable[] = {
    {KredivoTenor::Days30, "30 hari / 30 days"},
    {KredivoTenor::Months3, "3 bulan / 3 months"},
    {KredivoTenor::Months6, "6 bulan / 6 months"},
    {KredivoTenor::Months12, "12 bulan / 12 months"},
};
} // namespace

QString receiptText(ReceiptText text, ReceiptTextForm form)
{
    for (const Entry &e : Table) {
        if (e.text == text)
            return pick(e, form);
    }
    return {};
}

QString receiptCopyMark(int copyNumber)
{
    return receiptText(ReceiptText::Copy).arg(copyNumber);
}

QString receiptFeeLabel(FeeKind kind, ReceiptTextForm form)
{
    for (const FeeEntry &e : FeeTable) {
        if (e.kind == kind)
            return pick(e, form);
    }
    return {};
}

QString receiptTenorLabel(KredivoTenor tenor)
{
    for (const TenorEntry &e : TenorTable) {
        if (e.tenor == tenor)
            return QString::fromLatin1(e.printed);
    }
    return {};
}

} // namespace kasir
