#pragma once

#include <QDate>
#include <QString>

namespace kasir::faspay {

// Part A §6: a bill_no is 1-16 characters [A-Za-z0-9], unique per merchant and never posted
// twice. Faspay's tables disagree on its length (A(32) in post data, A(16) in status inquiry and
// redirect, Part B U5), so Kasir keeps to 16.
constexpr qsizetype MaxBillNoLength = 16;

// A terminal code names one counter of the merchant: 1-4 ASCII letters or digits. Codes are
// case-insensitive ("p01" and "P01" are the same terminal): makeBillNo upper-cases them.
constexpr qsizetype MaxTerminalCodeLength = 4;
bool isValidTerminalCode(QStringView code);

// Number of sequence digits in a bill_no: the sequence is always zero-padded to exactly this
// width, so that the length of a bill_no tells where the terminal code ends and two different
// (terminal, date, sequence) triples can never give the same bill_no, even across terminals
// whose codes are prefixes of each other ("1" and "12").
constexpr int BillNoSequenceDigits = 6;
constexpr qint64 MaxBillNoSequence = 999'999;

// terminal code (upper-cased) + yyMMdd + sequence zero-padded to 6 digits, e.g.
// makeBillNo(u"P01", 2025-01-15, 42) == "P01250115000042". At most 4 + 6 + 6 = 16 characters.
// The sequence is the journal's counter for that terminal and day, 0..999 999 (a counter does
// not make a million attempts a day). Returns an empty string, which isValidBillNo refuses, for
// an invalid terminal code, a date outside 2000-2099 (yy would repeat) or a sequence out of range:
// never a shortened or wrapped number that could collide with an earlier bill.
QString makeBillNo(QStringView terminalCode, QDate date, qint64 sequence);

// 1-16 ASCII letters or digits.
bool isValidBillNo(QStringView billNo);

} // namespace kasir::faspay
