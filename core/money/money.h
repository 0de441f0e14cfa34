#pragma once

#include <QLocale>
#include <QString>

#include <compare>
#include <optional>

namespace kasir {

// An amount of Indonesian rupiah. Whole rupiah only: the rupiah has no minor unit in use, and
// money is never a double anywhere in Kasir. Faspay's wire form (rupiah x 100 as a digit string)
// lives in faspay/wire.h, in one place.
class Money
{
public:
    constexpr Money() = default;
    constexpr static Money fromRupiah(qint64 rupiah) { return Money(rupiah); }

    constexpr qint64 rupiah() const { return m_rupiah; }
    constexpr bool isZero() const { return m_rupiah == 0; }
    constexpr bool isNegative() const { return m_rupiah < 0; }

    // Checked arithmetic: nullopt when the result does not fit in qint64.
    std::optional<Money> checkedAdd(Money other) const;
    std::optional<Money> checkedSub(Money other) const;
    std::optional<Money> checkedMul(qint64 factor) const;

    constexpr Money operator+(Money other) const { return Money(m_rupiah + other.m_rupiah); }
    constexpr Money operator-(Money other) const { return Money(m_rupiah - other.m_rupiah); }
    constexpr Money &operator+=(Money other)
    {
        m_rupiah += other.m_rupiah;
        return *this;
    }
    constexpr Money &operator-=(Money other)
    {
        m_rupiah -= other.m_rupiah;
        return *this;
    }
    constexpr auto operator<=>(const Money &) const = default;

    // "Rp 1.500.000" for id_ID, "Rp 1,500,000" for en_US: the symbol is always Rp, the digit
    // grouping follows the locale.
    QString format(const QLocale &locale = QLocale()) const;
    // Digits only with the locale's grouping, no symbol ("1.500.000").
    QString formatNumber(const QLocale &locale = QLocale()) const;

    // Parses what a cashier types: "1500000", "1.500.000", "Rp 1.500.000", "1,500,000".
    // Decimals are refused (nullopt), as are signs other than a leading '-'.
    static std::optional<Money> parse(QStringView text);

private:
    constexpr explicit Money(qint64 rupiah)
        : m_rupiah(rupiah)
    {}
    qint64 m_rupiah = 0;
};

} // namespace kasir

Q_DECLARE_METATYPE(kasir::Money)
