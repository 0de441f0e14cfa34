#pragma once

#include <QString>

namespace kasir::pinhash {

// How a PIN is stored: PBKDF2-HMAC-SHA256 (OpenSSL) with a random salt of its own, written as
// one self-describing string, "pbkdf2-sha256$<iterations>$<salt, base64>$<key, base64>", so
// the iteration count can be raised later without losing the PINs stored before.
//
// DefaultIterations makes one check take about 100 ms on the counter PC Kasir is measured on
// (docs/design.md §8, 2 cores): slow enough that trying every 4–8 digit PIN from a copied
// settings file costs days, fast enough to run on the GUI thread when a supervisor approves.
inline constexpr int DefaultIterations = 250'000;
inline constexpr int MinIterations = 1'000; // below this a stored string is not trusted
inline constexpr int MaxIterations = 50'000'000;
inline constexpr int SaltBytes = 16;
inline constexpr int KeyBytes = 32;

// A new stored string for `pin` with a fresh salt (RAND_bytes). Empty when `pin` is empty or
// OpenSSL fails (no salt could be drawn).
QString hash(const QString &pin, int iterations = DefaultIterations);

struct Verification
{
    bool ok = false;
    // The PIN is right but stored the old way (Kasir before PBKDF2: "salt$sha256-hex") or with
    // fewer iterations than DefaultIterations: store hash(pin) in its place.
    bool needsRehash = false;
};

// Compares in constant time. A malformed or empty stored string never verifies.
Verification verify(const QString &stored, const QString &pin);

// Whether `stored` is in the PBKDF2 form (otherwise: the legacy SHA-256 form or garbage).
bool isPbkdf2(const QString &stored);
// The iteration count of a PBKDF2 string, 0 when it is not one.
int iterationsOf(const QString &stored);

} // namespace kasir::pinhash
