#include "core/journal/redaction.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <array>

namespace kasir {

namespace {

constexpr char Mask[] = "***";
constexpr char QuotedMask[] = "\"***\"";
// JSON escaped inside a JSON string inside a JSON string ... is followed this deep.
constexpr int MaxNesting = 3;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isAsciiAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Characters of a key written as a bare word: form fields, query strings, log lines.
bool isWordChar(char c)
{
    return isAsciiAlnum(c) || c == '_' || c == '-' || c == '.';
}

bool isXmlNameChar(char c)
{
    return isWordChar(c) || c == ':';
}

// ---- JSON -------------------------------------------------------------------------------------

// Index just past the closing quote of the string that opens at `i`, or s.size() if unterminated.
qsizetype jsonStringEnd(const QByteArray &s, qsizetype i)
{
    for (qsizetype j = i + 1; j < s.size(); ++j) {
        if (s.at(j) == '\\') {
            ++j;
            continue;
        }
        if (s.at(j) == '"')
            return j + 1;
    }
    return s.size();
}

// Index just past the JSON value that starts at `i` (string, object, array or literal); the end
// of the text when the value is truncated.
qsizetype jsonValueEnd(const QByteArray &s, qsizetype i)
{
    if (i >= s.size())
        return s.size();
    const char first = s.at(i);
    if (first == '"')
        return jsonStringEnd(s, i);
    if (first == '{' || first == '[') {
        int depth = 0;
        for (qsizetype j = i; j < s.size(); ++j) {
            const char c = s.at(j);
            if (c == '"') {
                j = jsonStringEnd(s, j) - 1;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return j + 1;
            }
        }
        return s.size();
    }
    qsizetype j = i;
    while (j < s.size() && !isSpace(s.at(j)) && s.at(j) != ',' && s.at(j) != '}' && s.at(j) != ']')
        ++j;
    return j;
}

// The text of a quoted JSON string (quotes included in `quoted`), escapes resolved when possible.
QByteArray jsonStringText(QByteArrayView quoted)
{
    QByteArrayView inner = quoted.sliced(1);
    if (inner.endsWith('"'))
        inner.chop(1);
    if (!inner.contains('\\'))
        return inner.toByteArray();
    QByteArray array = "[" + quoted.toByteArray() + "]";
    const QJsonDocument doc = QJsonDocument::fromJson(array);
    if (doc.isArray() && doc.array().size() == 1 && doc.array().at(0).isString())
        return doc.array().at(0).toString().toUtf8();
    return inner.toByteArray();
}

QByteArray quotedJsonString(const QByteArray &utf8)
{
    QByteArray array =
        QJsonDocument(QJsonArray{QString::fromUtf8(utf8)}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray redactAll(const QByteArray &text, int nesting);

QByteArray redactJson(const QByteArray &s, int nesting)
{
    QByteArray out;
    out.reserve(s.size());
    qsizetype i = 0;
    while (i < s.size()) {
        if (s.at(i) != '"') {
            qsizetype quote = s.indexOf('"', i);
            if (quote < 0)
                quote = s.size();
            out.append(QByteArrayView(s).sliced(i, quote - i));
            i = quote;
            continue;
        }
        const qsizetype end = jsonStringEnd(s, i);
        const QByteArrayView quoted = QByteArrayView(s).sliced(i, end - i);
        qsizetype k = end;
        while (k < s.size() && isSpace(s.at(k)))
            ++k;
        if (k < s.size() && s.at(k) == ':') { // a key
            out.append(QByteArrayView(s).sliced(i, k + 1 - i));
            i = k + 1;
            if (isSensitiveKey(jsonStringText(quoted))) {
                qsizetype v = i;
                while (v < s.size() && isSpace(s.at(v)))
                    ++v;
                out.append(QByteArrayView(s).sliced(i, v - i));
                if (v < s.size())
                    out.append(QuotedMask);
                i = jsonValueEnd(s, v);
            }
            continue;
        }
        // A string value: it may hold JSON (or XML, or a query string) escaped inside it.
        if (nesting < MaxNesting && quoted.contains('\\')) {
            const QByteArray text = jsonStringText(quoted);
            const QByteArray redacted = redactAll(text, nesting + 1);
            if (redacted != text) {
                out.append(quotedJsonString(redacted));
                i = end;
                continue;
            }
        }
        out.append(quoted);
        i = end;
    }
    return out;
}

// ---- XML --------------------------------------------------------------------------------------

QByteArray redactXml(const QByteArray &s)
{
    if (!s.contains('<'))
        return s;
    const QByteArray lower = s.toLower();
    QByteArray out;
    out.reserve(s.size());
    qsizetype i = 0;
    while (i < s.size()) {
        const qsizetype lt = s.indexOf('<', i);
        if (lt < 0) {
            out.append(QByteArrayView(s).sliced(i));
            break;
        }
        out.append(QByteArrayView(s).sliced(i, lt - i));
        qsizetype j = lt + 1;
        while (j < s.size() && isXmlNameChar(s.at(j)))
            ++j;
        const QByteArrayView name = QByteArrayView(s).sliced(lt + 1, j - lt - 1);
        if (name.isEmpty() || !isSensitiveKey(name)) {
            out.append('<');
            i = lt + 1;
            continue;
        }
        const qsizetype gt = s.indexOf('>', j);
        if (gt < 0) { // truncated start tag: the bare-word pass still sees its attributes
            out.append(QByteArrayView(s).sliced(lt));
            break;
        }
        out.append(QByteArrayView(s).sliced(lt, gt + 1 - lt));
        i = gt + 1;
        if (s.at(gt - 1) == '/') // <email/>: nothing inside
            continue;
        const QByteArray closing = "</" + name.toByteArray().toLower();
        qsizetype close = lower.indexOf(closing, i);
        while (close >= 0) {
            const qsizetype after = close + closing.size();
            if (after >= s.size() || s.at(after) == '>' || isSpace(s.at(after)))
                break;
            close = lower.indexOf(closing, close + 1);
        }
        out.append(Mask);
        if (close < 0) // truncated: the rest of the body was the secret
            break;
        i = close;
    }
    return out;
}

// ---- key=value, key: value --------------------------------------------------------------------

bool endsValue(char c)
{
    return isSpace(c) || c == '&' || c == ';' || c == ',' || c == '"' || c == '\'' || c == '<' ||
           c == '>' || c == ')' || c == '}' || c == ']' || c == '#';
}

QByteArray redactPairs(const QByteArray &s)
{
    QByteArray out;
    out.reserve(s.size());
    qsizetype i = 0;
    while (i < s.size()) {
        if (!isWordChar(s.at(i))) {
            out.append(s.at(i));
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < s.size() && isWordChar(s.at(j)))
            ++j;
        out.append(QByteArrayView(s).sliced(i, j - i));
        const bool sensitive = isSensitiveKey(QByteArrayView(s).sliced(i, j - i));
        i = j;
        if (!sensitive)
            continue;
        qsizetype k = j;
        while (k < s.size() && (s.at(k) == ' ' || s.at(k) == '\t'))
            ++k;
        if (k >= s.size() || (s.at(k) != '=' && s.at(k) != ':'))
            continue;
        ++k;
        while (k < s.size() && (s.at(k) == ' ' || s.at(k) == '\t'))
            ++k;
        if (k < s.size() && (s.at(k) == '"' || s.at(k) == '\'')) {
            const char quote = s.at(k);
            const qsizetype closing = s.indexOf(quote, k + 1);
            out.append(QByteArrayView(s).sliced(j, k + 1 - j));
            out.append(Mask);
            if (closing < 0) {
                i = s.size();
                break;
            }
            i = closing; // the closing quote is copied by the loop
            continue;
        }
        qsizetype e = k;
        while (e < s.size() && !endsValue(s.at(e)))
            ++e;
        out.append(QByteArrayView(s).sliced(j, k - j));
        if (e > k)
            out.append(Mask);
        i = e;
    }
    return out;
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// A signature also travels outside a `signature` key: in the path of a redirect_url
// ({host}/pws/100003/{path_code}/{sha1(md5(user+password+bill_no))}) and in URLs quoted in
// details. Every standalone run of exactly 40 hex digits (a SHA-1 in hex) is masked.
QByteArray redactHexTokens(const QByteArray &s)
{
    constexpr qsizetype Sha1HexLength = 40;
    QByteArray out;
    out.reserve(s.size());
    qsizetype i = 0;
    while (i < s.size()) {
        if (!isHexDigit(s.at(i)) || (i > 0 && isAsciiAlnum(s.at(i - 1)))) {
            out.append(s.at(i++));
            continue;
        }
        qsizetype e = i;
        while (e < s.size() && isHexDigit(s.at(e)))
            ++e;
        const bool standalone = e == s.size() || !isAsciiAlnum(s.at(e));
        if (standalone && e - i == Sha1HexLength)
            out.append(Mask);
        else
            out.append(s.constData() + i, e - i);
        i = e;
    }
    return out;
}

QByteArray redactAll(const QByteArray &text, int nesting)
{
    return redactHexTokens(redactPairs(redactXml(redactJson(text, nesting))));
}

} // namespace

bool isSensitiveKey(QByteArrayView key)
{
    static constexpr std::array<QByteArrayView, 5> Names = {"password", "signature", "msisdn",
                                                            "email", "phone"};
    const qsizetype colon = key.lastIndexOf(':');
    if (colon >= 0)
        key = key.sliced(colon + 1);
    if (key.isEmpty() || key.size() > 64)
        return false;
    QByteArray k = key.toByteArray().toLower();
    k.replace('-', '_').replace('.', '_');
    for (QByteArrayView name : Names) {
        if (k == name)
            return true;
        if (k.size() > name.size() + 1 && k.endsWith(name) &&
            k.at(k.size() - name.size() - 1) == '_')
            return true;
    }
    return false;
}

QByteArray redactBody(const QByteArray &body)
{
    if (body.contains('\0'))
        return QByteArray("[binary body of ") + QByteArray::number(body.size()) +
               QByteArray(" bytes, not stored]");
    return redactAll(body, 0);
}

QString redactText(const QString &text)
{
    return QString::fromUtf8(redactAll(text.toUtf8(), 0));
}

} // namespace kasir
