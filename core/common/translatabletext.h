#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QTranslator;

namespace kasir {

// A message decided in core and shown later by whoever displays it (the window in the cashier's
// language, the command line in English and Bahasa Indonesia). It keeps the untranslated source
// and its arguments, so it can be rendered in any language at display time. Sources are marked
// with QT_TRANSLATE_NOOP so that lupdate collects them into translations/kasir_*.ts.
class TranslatableText
{
public:
    TranslatableText() = default;
    TranslatableText(const char *context, const char *source, QStringList args = {})
        : m_context(context)
        , m_source(source)
        , m_args(std::move(args))
    {}

    // The same message after a literal, untranslated prefix (a variable name such as
    // "KASIR_GATEWAY_URL: "), in every language.
    TranslatableText withPrefix(QString prefix) const
    {
        TranslatableText t = *this;
        t.m_prefix = std::move(prefix) + t.m_prefix;
        return t;
    }

    bool isEmpty() const { return m_source == nullptr; }
    const char *context() const { return m_context; }
    const char *source() const { return m_source; }
    const QStringList &args() const { return m_args; }
    const QString &prefix() const { return m_prefix; }

    // In the language of the translators installed on the application.
    QString toString() const;
    // The English source with its arguments filled in.
    QString english() const;
    // Through one given translator (nullptr: English).
    QString translatedWith(const QTranslator *translator) const;

    bool operator==(const TranslatableText &other) const;

private:
    QString fill(QString pattern) const;

    const char *m_context = nullptr;
    const char *m_source = nullptr;
    QStringList m_args;
    QString m_prefix;
};

// A problem with one field of what the cashier (or an order file) entered. `field` is a stable
// path that the window maps to a widget and tests assert on: "items[1].qty", "billing.phone",
// "customer.email", "tenor", "channel".
struct FieldError
{
    QString field;
    TranslatableText message;

    bool operator==(const FieldError &other) const = default;
};

using FieldErrors = QList<FieldError>;

// True when some error names `field` exactly.
bool hasFieldError(const FieldErrors &errors, QStringView field);

} // namespace kasir
