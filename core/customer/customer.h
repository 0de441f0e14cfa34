#pragma once

#include "core/common/translatabletext.h"

#include <QString>

#include <optional>

namespace kasir {

// Indonesian national form of a phone number: digits only, leading 0, 8 to 15 digits
// ("+62 812-3456-7890" -> "081234567890", "62812..." -> "0812...", "812..." -> "0812...").
// nullopt when the text is not a plausible Indonesian number.
std::optional<QString> normalizeIndonesianPhone(QStringView text);

// A pragmatic check (one '@', a dotted domain, no spaces): catches typing mistakes, not a
// full RFC 5322 parser.
bool isPlausibleEmail(QStringView text);

struct Address
{
    QString firstName;
    QString lastName;
    QString address;
    QString city;
    QString region;
    QString state;
    QString postcode;
    QString countryCode = QStringLiteral("ID");
    QString phone;

    bool operator==(const Address &) const = default;
    // Field paths relative to `prefix` ("billing" or "shipping"): prefix.first_name, .address,
    // .city, .region, .state, .postcode, .country_code, .phone. `complete` asks for every field
    // (the online-credit channels need the whole block, Part A §9).
    FieldErrors validate(const QString &prefix, bool complete) const;
};

struct Customer
{
    QString id;
    QString firstName;
    QString lastName;
    QString phone;
    QString email;

    QString fullName() const;
    bool operator==(const Customer &) const = default;
    // customer.id, customer.first_name, customer.phone, customer.email.
    FieldErrors validate() const;
};

// Whether two customers are one person as far as a bill goes: the same phone (in its national
// form) or the same e-mail (any case). Used to find a second bill of one sale or a customer who
// paid twice (issue 12).
bool isSameCustomer(const Customer &a, const Customer &b);

} // namespace kasir
