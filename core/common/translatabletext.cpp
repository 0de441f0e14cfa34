#include "core/common/translatabletext.h"

#include <QTranslator>

#include <cstring>

namespace kasir {

QString TranslatableText::fill(QString pattern) const
{
    // One pass over %1..%9, so that an argument that itself contains "%2" stays as it is.
    QString out = m_prefix;
    out.reserve(m_prefix.size() + pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'%' && i + 1 < pattern.size() && pattern.at(i + 1) >= u'1' &&
            pattern.at(i + 1) <= u'9') {
            const qsizetype index = pattern.at(i + 1).unicode() - u'1';
            if (index < m_args.size()) {
                out += m_args.at(index);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QString TranslatableText::toString() const
{
    if (isEmpty())
        return {};
    return fill(QCoreApplication::translate(m_context, m_source));
}

QString TranslatableText::english() const
{
    if (isEmpty())
        return {};
    return fill(QString::fromUtf8(m_source));
}

QString TranslatableText::translatedWith(const QTranslator *translator) const
{
    if (isEmpty())
        return {};
    if (translator) {
        const QString t = translator->translate(m_context, m_source);
        if (!t.isEmpty())
            return fill(t);
    }
    return english();
}

bool TranslatableText::operator==(const TranslatableText &other) const
{
    const auto same = [](const char *a, const char *b) {
        return a == b || (a && b && std::strcmp(a, b) == 0);
    };
    return same(m_context, other.m_context) && same(m_source, other.m_source) &&
           m_args == other.m_args && m_prefix == other.m_prefix;
}

bool hasFieldError(const FieldErrors &errors, QStringView field)
{
    for (const FieldError &e : errors) {
        if (e.field == field)
            return true;
    }
    return false;
}

} // namespace kasir
