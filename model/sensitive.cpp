#include "sensitive.h"

#include "endpoint.h"
#include "textutil.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QReadWriteLock>
#include <QRegularExpression>

namespace tfi {

namespace {

QReadWriteLock digestKeyLock;

QByteArray &digestKeyStorage()
{
    static QByteArray key = [] {
        QByteArray random(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
        return random;
    }();
    return key;
}

const QRegularExpression &knownTokenPattern()
{
    // Formats from the providers' documentation (the same families gitleaks knows).
    static const QRegularExpression pattern(
        QStringLiteral(R"((?:A3T[A-Z0-9]|AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA)[A-Z0-9]{16})"
                       R"(|gh[pousr]_[A-Za-z0-9]{36,})"
                       R"(|github_pat_[A-Za-z0-9_]{22,})"
                       R"(|glpat-[A-Za-z0-9_-]{20,})"
                       R"(|xox[abposr]-[A-Za-z0-9-]{10,})"
                       R"(|hooks\.slack\.com/services/[A-Za-z0-9/]+)"
                       R"(|(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,})"
                       R"(|AIza[0-9A-Za-z_-]{35})"
                       R"(|-----BEGIN[ A-Z]*PRIVATE KEY-----)"
                       R"(|eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,})"
                       R"(|npm_[A-Za-z0-9]{36})"
                       R"(|SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})"));
    return pattern;
}

bool isHighEntropy(const QString &value)
{
    if (value.size() < 20 || value.size() > 4096)
        return false;
    int classes = 0;
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : value) {
        if (c.isSpace())
            return false;
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    classes = int(lower) + int(upper) + int(digit) + int(other);
    if (classes < 2)
        return false;
    // Paths, URLs (credentials in them are caught separately) and dotted names are long but not random.
    if (value.contains(u"://") || value.count(u'/') > 2 || value.count(u'.') > 3 || value.startsWith(u'$'))
        return false;
    return shannonEntropy(value) >= (classes >= 3 ? 3.5 : 4.0);
}

} // namespace

bool isSensitiveName(const QString &name)
{
    static const QRegularExpression sensitive(
        QStringLiteral(
            R"((pass(word|wd|phrase)?|pwd|secret|token|api[_-]?key|apikey|private[_-]?key|credential)"
            R"(|access[_-]?key|signing|salt|(^|[_.-])key($|[_.-])|dsn|session[_-]?key|cookie[_-]?secret))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression reference(
        QStringLiteral(R"(([_.-](file|path|dir|name|url_file|ref|id)$)|^(public[_-]?key)|(_key_id$))"),
        QRegularExpression::CaseInsensitiveOption);
    if (!sensitive.match(name).hasMatch())
        return false;
    return !reference.match(name).hasMatch();
}

bool isSensitiveValue(const QString &value)
{
    if (value.isEmpty())
        return false;
    if (knownTokenPattern().match(value).hasMatch())
        return true;
    if (value.contains(u"://")) {
        const auto endpoint = parseEndpoint(value);
        if (endpoint && endpoint->hasPassword)
            return true;
        // A URL that did not parse may still carry user:password@.
        static const QRegularExpression userInfo(QStringLiteral(R"(://[^/\s:@]+:[^/\s@]+@)"));
        if (userInfo.match(value).hasMatch())
            return true;
    }
    return isHighEntropy(value);
}

QString maskedValue(const QString &value)
{
    static const QRegularExpression userInfo(QStringLiteral(R"((://[^/\s:@]*:)([^\s@]+)(@))"));
    if (value.contains(u"://") && userInfo.match(value).hasMatch()) {
        QString masked = value;
        masked.replace(userInfo, QStringLiteral("\\1****\\3"));
        // The rest of a connection string is not secret, but query parameters may be.
        const qsizetype query = masked.indexOf(u'?');
        if (query >= 0 && isSensitiveValue(masked.mid(query + 1)))
            masked = masked.left(query) + QStringLiteral("?****");
        return masked;
    }
    if (value.contains(u"-----BEGIN"))
        return QStringLiteral("-----BEGIN … PRIVATE KEY----- ****");
    if (value.size() >= 16)
        return value.left(3) + QStringLiteral("****");
    return QStringLiteral("****");
}

QString displayValue(const QString &name, const QString &value, bool sensitive)
{
    Q_UNUSED(name);
    return sensitive && !value.isEmpty() ? maskedValue(value) : value;
}

QString valueDigest(const QString &value)
{
    QReadLocker locker(&digestKeyLock);
    const QByteArray mac =
        QMessageAuthenticationCode::hash(value.toUtf8(), digestKeyStorage(), QCryptographicHash::Sha256);
    return QString::fromLatin1(mac.toHex().left(12));
}

void setDigestKey(const QByteArray &key)
{
    QWriteLocker locker(&digestKeyLock);
    digestKeyStorage() = key;
}

QString redactText(const QString &text)
{
    QString result = text;
    // Known tokens first, then credentials in URLs, then assignments of sensitive names.
    result.replace(knownTokenPattern(), QStringLiteral("****"));
    static const QRegularExpression userInfo(QStringLiteral(R"((://[^/\s:@'"]*:)([^\s@'"]+)(@))"));
    result.replace(userInfo, QStringLiteral("\\1****\\3"));
    static const QRegularExpression assignment(
        QStringLiteral(
            R"(((?:[A-Za-z0-9_.-]*(?:pass(?:word|wd)?|pwd|secret|token|api[_-]?key|apikey|private[_-]?key)"
            R"(|credential|access[_-]?key)[A-Za-z0-9_.-]*)["']?\s*[:=]\s*["']?)([^\s"'#,}]{4,}))"),
        QRegularExpression::CaseInsensitiveOption);
    result.replace(assignment, QStringLiteral("\\1****"));
    // Long random words left over.
    static const QRegularExpression word(QStringLiteral(R"([A-Za-z0-9+/=_-]{20,})"));
    QString output;
    qsizetype last = 0;
    for (auto it = word.globalMatch(result); it.hasNext();) {
        const auto match = it.next();
        output += QStringView(result).sliced(last, match.capturedStart() - last);
        output += isHighEntropy(match.captured()) ? QStringLiteral("****") : match.captured();
        last = match.capturedEnd();
    }
    output += QStringView(result).sliced(last);
    return output;
}

} // namespace tfi
