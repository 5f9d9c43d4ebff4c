#include "secrets.h"

#include "endpoint.h"
#include "formatdetect.h"
#include "sensitive.h"
#include "textutil.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>

namespace tfi {

using namespace Qt::StringLiterals;

namespace {

// --- names -------------------------------------------------------------------------------------

// "AWS_SECRET_ACCESS_KEY" -> aws, secret, access, key; "apiKey" -> api, key; "APIKey" -> api, key.
QStringList nameWords(const QString &name)
{
    QStringList words;
    QString current;
    const auto flush = [&] {
        if (!current.isEmpty())
            words.append(current.toLower());
        current.clear();
    };
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (!c.isLetterOrNumber()) {
            flush();
            continue;
        }
        if (c.isUpper() && !current.isEmpty()) {
            const QChar previous = name.at(i - 1);
            const bool nextIsLower = i + 1 < name.size() && name.at(i + 1).isLower();
            if (previous.isLower() || previous.isDigit() || (previous.isUpper() && nextIsLower))
                flush();
        }
        current += c;
    }
    flush();
    return words;
}

// Words that make a name hold a secret.
bool isSecretWord(const QString &word)
{
    static const QSet<QString> words = {
        QStringLiteral("password"),    QStringLiteral("passwd"),     QStringLiteral("pass"),
        QStringLiteral("pwd"),         QStringLiteral("passphrase"), QStringLiteral("passcode"),
        QStringLiteral("secret"),      QStringLiteral("secrets"),    QStringLiteral("token"),
        QStringLiteral("apikey"),      QStringLiteral("apitoken"),   QStringLiteral("credential"),
        QStringLiteral("credentials"), QStringLiteral("creds"),      QStringLiteral("privatekey"),
        QStringLiteral("secretkey"),   QStringLiteral("accesskey"),  QStringLiteral("authkey"),
        QStringLiteral("salt"),        QStringLiteral("pepper"),     QStringLiteral("authtoken"),
    };
    return words.contains(word);
}

// Words before a final "key" that make it a lookup key rather than a cryptographic one.
bool isPlainKeyQualifier(const QString &word)
{
    static const QSet<QString> words = {
        QStringLiteral("public"),      QStringLiteral("cache"),       QStringLiteral("routing"),
        QStringLiteral("partition"),   QStringLiteral("sort"),        QStringLiteral("primary"),
        QStringLiteral("foreign"),     QStringLiteral("idempotency"), QStringLiteral("object"),
        QStringLiteral("map"),         QStringLiteral("lookup"),      QStringLiteral("shard"),
        QStringLiteral("group"),       QStringLiteral("i18n"),        QStringLiteral("index"),
        QStringLiteral("row"),         QStringLiteral("column"),      QStringLiteral("field"),
        QStringLiteral("translation"), QStringLiteral("hash"),        QStringLiteral("redis"),
        QStringLiteral("s3"),          QStringLiteral("storage"),     QStringLiteral("registry"),
        QStringLiteral("metric"),      QStringLiteral("label"),       QStringLiteral("sharding"),
        QStringLiteral("dedup"),       QStringLiteral("publishable"), QStringLiteral("site"),
        QStringLiteral("anon"),
    };
    return words.contains(word);
}

// Words that, last in a name, make it describe a secret rather than hold one.
bool isQualifierWord(const QString &word)
{
    static const QSet<QString> words = {
        QStringLiteral("name"),       QStringLiteral("names"),      QStringLiteral("file"),
        QStringLiteral("files"),      QStringLiteral("path"),       QStringLiteral("paths"),
        QStringLiteral("dir"),        QStringLiteral("directory"),  QStringLiteral("ref"),
        QStringLiteral("reference"),  QStringLiteral("id"),         QStringLiteral("ids"),
        QStringLiteral("url"),        QStringLiteral("uri"),        QStringLiteral("urls"),
        QStringLiteral("endpoint"),   QStringLiteral("host"),       QStringLiteral("hostname"),
        QStringLiteral("port"),       QStringLiteral("user"),       QStringLiteral("username"),
        QStringLiteral("length"),     QStringLiteral("len"),        QStringLiteral("min"),
        QStringLiteral("max"),        QStringLiteral("minimum"),    QStringLiteral("maximum"),
        QStringLiteral("size"),       QStringLiteral("ttl"),        QStringLiteral("expiry"),
        QStringLiteral("expires"),    QStringLiteral("expiration"), QStringLiteral("timeout"),
        QStringLiteral("lifetime"),   QStringLiteral("age"),        QStringLiteral("header"),
        QStringLiteral("prefix"),     QStringLiteral("suffix"),     QStringLiteral("type"),
        QStringLiteral("mode"),       QStringLiteral("enabled"),    QStringLiteral("enable"),
        QStringLiteral("disabled"),   QStringLiteral("required"),   QStringLiteral("policy"),
        QStringLiteral("provider"),   QStringLiteral("algorithm"),  QStringLiteral("algo"),
        QStringLiteral("alg"),        QStringLiteral("hasher"),     QStringLiteral("backend"),
        QStringLiteral("store"),      QStringLiteral("field"),      QStringLiteral("label"),
        QStringLiteral("template"),   QStringLiteral("format"),     QStringLiteral("version"),
        QStringLiteral("rotation"),   QStringLiteral("count"),      QStringLiteral("location"),
        QStringLiteral("namespace"),  QStringLiteral("kind"),       QStringLiteral("class"),
        QStringLiteral("selector"),   QStringLiteral("duration"),   QStringLiteral("interval"),
        QStringLiteral("period"),     QStringLiteral("limit"),      QStringLiteral("attempts"),
        QStringLiteral("retries"),    QStringLiteral("strength"),   QStringLiteral("regex"),
        QStringLiteral("pattern"),    QStringLiteral("reset"),      QStringLiteral("hint"),
        QStringLiteral("rounds"),     QStringLiteral("cost"),       QStringLiteral("bits"),
        QStringLiteral("issuer"),     QStringLiteral("audience"),   QStringLiteral("scope"),
        QStringLiteral("scopes"),     QStringLiteral("source"),     QStringLiteral("mount"),
        QStringLiteral("volume"),     QStringLiteral("arn"),        QStringLiteral("manager"),
        QStringLiteral("env"),        QStringLiteral("var"),        QStringLiteral("variable"),
        QStringLiteral("sha"),        QStringLiteral("digest"),     QStringLiteral("checksum"),
        QStringLiteral("secretname"), QStringLiteral("hashed"),     QStringLiteral("hash"),
        QStringLiteral("seconds"),    QStringLiteral("minutes"),    QStringLiteral("hours"),
        QStringLiteral("days"),       QStringLiteral("ms"),         QStringLiteral("keyid"),
        QStringLiteral("exists"),
    };
    return words.contains(word);
}

bool isSecretNameWords(const QStringList &words)
{
    if (words.isEmpty() || isQualifierWord(words.last()))
        return false;
    if (words.contains(u"existing"_s) || words.contains(u"public"_s) || words.contains(u"publishable"_s))
        return false; // existingSecret names an object; public and publishable keys are public
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (isSecretWord(word))
            return true;
        if (word == u"key" || word == u"keys") {
            // A bare "key" is everywhere in YAML (tolerations, secretKeyRef.key, items).
            if (i == 0 && words.size() == 1)
                return false;
            if (i > 0 && !isPlainKeyQualifier(words.at(i - 1)))
                return true;
        }
    }
    // Compact spellings: DBPASSWORD, MYAPIKEY.
    const QString joined = words.join(QString());
    return joined.contains(u"password") || joined.contains(u"passwd") || joined.contains(u"secretkey") ||
           joined.contains(u"apikey") || joined.contains(u"apitoken") || joined.contains(u"accesstoken") ||
           joined.contains(u"authtoken") || joined.contains(u"privatekey");
}

QString normalizedName(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            result += c.toLower();
    }
    return result;
}

// --- values ------------------------------------------------------------------------------------

bool isReferenceValue(const QString &lower)
{
    static const QStringList prefixes = {
        QStringLiteral("vault:"),
        QStringLiteral("arn:aws:secretsmanager:"),
        QStringLiteral("arn:aws:ssm:"),
        QStringLiteral("arn:aws:kms:"),
        QStringLiteral("ssm:"),
        QStringLiteral("secretsmanager:"),
        QStringLiteral("awssecretsmanager:"),
        QStringLiteral("awsssm:"),
        QStringLiteral("op://"),
        QStringLiteral("gcpsm://"),
        QStringLiteral("sm://"),
        QStringLiteral("gcp:secretmanager:"),
        QStringLiteral("akv://"),
        QStringLiteral("azurekeyvault:"),
        QStringLiteral("ref+"),
        QStringLiteral("doppler:"),
        QStringLiteral("secret://"),
        QStringLiteral("secretref:"),
        QStringLiteral("k8s://"),
        QStringLiteral("file:"),
        QStringLiteral("env:"),
        QStringLiteral("enc["),
        QStringLiteral("!secret"),
        QStringLiteral("$ansible_vault"),
        QStringLiteral("@microsoft.keyvault("),
        QStringLiteral("projects/"),
        QStringLiteral("bw://"),
        QStringLiteral("infisical://"),
        QStringLiteral("sops:"),
    };
    for (const QString &prefix : prefixes) {
        if (lower.startsWith(prefix))
            return true;
    }
    return false;
}

bool isTemplateSyntax(const QString &value)
{
    static const QStringList markers = {
        QStringLiteral("${"), QStringLiteral("$("), QStringLiteral("{{"), QStringLiteral("}}"),
        QStringLiteral("%("), QStringLiteral("#{"), QStringLiteral("<%"), QStringLiteral("%{"),
        QStringLiteral("@{"), QStringLiteral("[["), QStringLiteral("{%"),
    };
    for (const QString &marker : markers) {
        if (value.contains(marker))
            return true;
    }
    if (value.startsWith(u'$'))
        return true; // $DB_PASSWORD, $1
    if (value.size() > 2 && value.startsWith(u'%') && value.endsWith(u'%'))
        return true; // %DB_PASSWORD%
    if (value.startsWith(u'<') && value.endsWith(u'>'))
        return true; // <your-token>
    if (value.startsWith(u'{') && value.endsWith(u'}') && !value.contains(u'"'))
        return true; // {password}
    return false;
}

// Only filler characters, or one character repeated: ********, xxxxxx, 000000, ......
bool isFiller(const QString &value)
{
    if (value.isEmpty())
        return true;
    static const QString fillers = QStringLiteral("*xX.#-_0?•…");
    bool allFiller = true;
    bool allSame = true;
    for (const QChar c : value) {
        allFiller = allFiller && fillers.contains(c);
        allSame = allSame && c == value.front();
    }
    return allFiller || allSame;
}

bool containsPlaceholderWord(const QString &lower)
{
    static const QStringList words = {
        QStringLiteral("changeme"),      QStringLiteral("change-me"),     QStringLiteral("change_me"),
        QStringLiteral("changeit"),      QStringLiteral("change-it"),     QStringLiteral("replaceme"),
        QStringLiteral("replace-me"),    QStringLiteral("replace_me"),    QStringLiteral("replace-with"),
        QStringLiteral("replace_with"),  QStringLiteral("placeholder"),   QStringLiteral("example"),
        QStringLiteral("dummy"),         QStringLiteral("xxxx"),          QStringLiteral("****"),
        QStringLiteral("your-"),         QStringLiteral("your_"),         QStringLiteral("yourpassword"),
        QStringLiteral("yoursecret"),    QStringLiteral("yourtoken"),     QStringLiteral("yourkey"),
        QStringLiteral("insert-"),       QStringLiteral("insert_"),       QStringLiteral("-here"),
        QStringLiteral("_here"),         QStringLiteral("redacted"),      QStringLiteral("notsecret"),
        QStringLiteral("not-a-secret"),  QStringLiteral("not_a_secret"),  QStringLiteral("fixme"),
        QStringLiteral("todo"),          QStringLiteral("tbd"),           QStringLiteral("..."),
        QStringLiteral("\u2026"),        QStringLiteral("lorem"),         QStringLiteral("foobar"),
        QStringLiteral("fake"),          QStringLiteral("sample"),        QStringLiteral("mock"),
        QStringLiteral("change-this"),   QStringLiteral("change_this"),   QStringLiteral("changethis"),
        QStringLiteral("please-change"), QStringLiteral("please_change"), QStringLiteral("insecure"),
        QStringLiteral("not-secure"),    QStringLiteral("notsecure"),
    };
    for (const QString &word : words) {
        if (lower.contains(word))
            return true;
    }
    return false;
}

bool isPlaceholderWordValue(const QString &lower)
{
    static const QSet<QString> values = {
        QStringLiteral("password"),    QStringLiteral("passwd"),      QStringLiteral("pass"),
        QStringLiteral("pwd"),         QStringLiteral("secret"),      QStringLiteral("secrets"),
        QStringLiteral("token"),       QStringLiteral("key"),         QStringLiteral("apikey"),
        QStringLiteral("api_key"),     QStringLiteral("api-key"),     QStringLiteral("test"),
        QStringLiteral("testing"),     QStringLiteral("tester"),      QStringLiteral("none"),
        QStringLiteral("null"),        QStringLiteral("nil"),         QStringLiteral("undefined"),
        QStringLiteral("empty"),       QStringLiteral("blank"),       QStringLiteral("unset"),
        QStringLiteral("required"),    QStringLiteral("optional"),    QStringLiteral("secretkey"),
        QStringLiteral("secret_key"),  QStringLiteral("secret-key"),  QStringLiteral("mysecret"),
        QStringLiteral("my-secret"),   QStringLiteral("my_secret"),   QStringLiteral("mypassword"),
        QStringLiteral("my-password"), QStringLiteral("my_password"), QStringLiteral("mytoken"),
        QStringLiteral("my-token"),    QStringLiteral("default"),     QStringLiteral("tobeset"),
        QStringLiteral("to-be-set"),   QStringLiteral("set-me"),      QStringLiteral("setme"),
        QStringLiteral("n/a"),         QStringLiteral("na"),          QStringLiteral("true"),
        QStringLiteral("false"),       QStringLiteral("yes"),         QStringLiteral("no"),
        QStringLiteral("on"),          QStringLiteral("off"),         QStringLiteral("enabled"),
        QStringLiteral("disabled"),    QStringLiteral("generated"),   QStringLiteral("random"),
        QStringLiteral("auto"),
    };
    return values.contains(lower);
}

// The default credentials of database and tool images: public knowledge, not leaked secrets.
bool isWellKnownDefault(const QString &lower)
{
    static const QSet<QString> values = {
        QStringLiteral("postgres"),
        QStringLiteral("postgresql"),
        QStringLiteral("mysql"),
        QStringLiteral("mariadb"),
        QStringLiteral("root"),
        QStringLiteral("admin"),
        QStringLiteral("administrator"),
        QStringLiteral("guest"),
        QStringLiteral("rabbitmq"),
        QStringLiteral("redis"),
        QStringLiteral("mongo"),
        QStringLiteral("mongodb"),
        QStringLiteral("minio"),
        QStringLiteral("minioadmin"),
        QStringLiteral("minio123"),
        QStringLiteral("keycloak"),
        QStringLiteral("elastic"),
        QStringLiteral("password1"),
        QStringLiteral("password123"),
        QStringLiteral("secret123"),
        QStringLiteral("pass123"),
        QStringLiteral("admin123"),
        QStringLiteral("root123"),
        QStringLiteral("123456"),
        QStringLiteral("12345678"),
        QStringLiteral("qwerty"),
        QStringLiteral("letmein"),
        QStringLiteral("dev"),
        QStringLiteral("devpass"),
        QStringLiteral("devpassword"),
        QStringLiteral("developer"),
        QStringLiteral("development"),
        QStringLiteral("local"),
        QStringLiteral("localdev"),
        QStringLiteral("docker"),
        QStringLiteral("app"),
        QStringLiteral("user"),
        QStringLiteral("test123"),
        QStringLiteral("welcome"),
        QStringLiteral("airflow"),
        QStringLiteral("superset"),
        QStringLiteral("grafana"),
        QStringLiteral("sonar"),
        QStringLiteral("jenkins"),
        QStringLiteral("django"),
        QStringLiteral("rails"),
        QStringLiteral("wordpress"),
        QStringLiteral("odoo"),
        QStringLiteral("postgrespassword"),
        QStringLiteral("mysqlpassword"),
        QStringLiteral("rootpassword"),
    };
    return values.contains(lower);
}

bool isNumberBoolOrDuration(const QString &value)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^[+-]?\d+(\.\d+)?(ms|s|m|h|d|w|y|k|kb|mb|gb|ki|mi|gi|%)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(value).hasMatch();
}

bool looksLikePath(const QString &value)
{
    if (value.startsWith(u'/') || value.startsWith(u"./") || value.startsWith(u"../") ||
        value.startsWith(u"~/"))
        return true;
    static const QRegularExpression relativeFile(
        QStringLiteral(
            R"(^[\w.-]+(/[\w.-]+)+$|^[\w-]+\.(pem|key|crt|cer|p12|pfx|jks|json|txt|yaml|yml|env|asc|gpg)$)"),
        QRegularExpression::CaseInsensitiveOption);
    return relativeFile.match(value).hasMatch();
}

// DB_PASSWORD as the value of a variable: the name of another variable.
bool looksLikeVariableName(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$)"));
    return pattern.match(value).hasMatch();
}

bool isPlaceholderHost(const QString &host)
{
    return host == u"example.com" || host.endsWith(u".example.com") || host == u"example.org" ||
           host.endsWith(u".example.org") || host == u"example.net" || host.endsWith(u".example") ||
           host.endsWith(u".invalid") || host == u"host" || host == u"hostname";
}

// How many kinds of characters a value mixes: lower case, upper case (beyond a capital first
// letter), digits, symbols. Words ("Kennwort", "hunter") have one; passwords and keys have more.
int characterClasses(const QString &value)
{
    bool lower = false, upper = false, digit = false, symbol = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = upper || i > 0;
        else if (c.isDigit())
            digit = true;
        else
            symbol = true;
    }
    return int(lower) + int(upper) + int(digit) + int(symbol);
}

// access_token, authToken, user-password: the name of a slot (a storage key, a form field),
// not a credential.
bool looksLikeKeyName(const QString &value)
{
    static const QRegularExpression identifier(QStringLiteral(R"(^[A-Za-z]+(?:[_.:-][A-Za-z]+)*$)"));
    if (!identifier.match(value).hasMatch())
        return false;
    static const QSet<QString> slots = {
        QStringLiteral("token"),      QStringLiteral("key"),         QStringLiteral("secret"),
        QStringLiteral("password"),   QStringLiteral("passwd"),      QStringLiteral("pwd"),
        QStringLiteral("auth"),       QStringLiteral("session"),     QStringLiteral("cookie"),
        QStringLiteral("credential"), QStringLiteral("credentials"), QStringLiteral("id"),
        QStringLiteral("name"),       QStringLiteral("header"),      QStringLiteral("field"),
        QStringLiteral("tokens"),     QStringLiteral("keys"),        QStringLiteral("secrets"),
    };
    const QStringList words = nameWords(value);
    return !words.isEmpty() && slots.contains(words.last());
}

// A literal assigned to a secret name that is a real secret: not a placeholder, not a setting
// about the secret (a number, a path, a URL without a password, another variable's name).
bool isLiteralSecret(const QString &name, const QString &value)
{
    if (value.size() < 6 || value.size() > 8192)
        return false;
    for (const QChar c : value) {
        if (c.isSpace())
            return false; // sentences and messages, not credentials
    }
    if (isPlaceholderValue(value, name) || isNumberBoolOrDuration(value) || looksLikePath(value) ||
        looksLikeVariableName(value) || value.contains(u"://"))
        return false;
    if (isWellKnownDefault(value.toLower()) || looksLikeKeyName(value) || characterClasses(value) < 2)
        return false;
    return true;
}

// --- known formats -----------------------------------------------------------------------------

struct TokenPattern
{
    SecretKind kind;
    QRegularExpression pattern; // group 1 is the token
    const char *needle;         // a literal every match contains, for a cheap pre-check
};

const QList<TokenPattern> &tokenPatterns()
{
    // The formats the providers document, as gitleaks' rules know them.
    static const QList<TokenPattern> patterns = {
        {SecretKind::AwsAccessKeyId,
         QRegularExpression(QStringLiteral(
             R"((?<![A-Za-z0-9])((?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Za-z0-9]))")),
         nullptr},
        {SecretKind::GitHubToken,
         QRegularExpression(
             QStringLiteral(R"((?<![A-Za-z0-9_])(gh[pousr]_[A-Za-z0-9]{36,255})(?![A-Za-z0-9_]))")),
         "gh"},
        {SecretKind::GitHubToken,
         QRegularExpression(
             QStringLiteral(R"((?<![A-Za-z0-9_])(github_pat_[A-Za-z0-9_]{82})(?![A-Za-z0-9_]))")),
         "github_pat_"},
        {SecretKind::GitLabToken,
         QRegularExpression(
             QStringLiteral(R"((?<![A-Za-z0-9_-])(glpat-[A-Za-z0-9_-]{20,})(?![A-Za-z0-9_-]))")),
         "glpat-"},
        {SecretKind::SlackWebhook,
         QRegularExpression(QStringLiteral(
             R"((https://hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/_-]{20,}))")),
         "hooks.slack.com"},
        {SecretKind::SlackToken,
         QRegularExpression(QStringLiteral(R"((?<![A-Za-z0-9_-])(xox[baprse]-[A-Za-z0-9-]{10,}))")), "xox"},
        {SecretKind::StripeLiveKey,
         QRegularExpression(QStringLiteral(
             R"((?<![A-Za-z0-9_])((?:sk|rk)_(?:live|prod)_[A-Za-z0-9]{10,99})(?![A-Za-z0-9_]))")),
         "k_"},
        {SecretKind::StripeTestKey,
         QRegularExpression(
             QStringLiteral(R"((?<![A-Za-z0-9_])((?:sk|rk)_test_[A-Za-z0-9]{10,99})(?![A-Za-z0-9_]))")),
         "_test_"},
        {SecretKind::GoogleApiKey,
         QRegularExpression(QStringLiteral(R"((?<![A-Za-z0-9_-])(AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-]))")),
         "AIza"},
        {SecretKind::NpmToken,
         QRegularExpression(QStringLiteral(R"((?<![A-Za-z0-9_])(npm_[A-Za-z0-9]{36})(?![A-Za-z0-9_]))")),
         "npm_"},
        {SecretKind::SendGridKey,
         QRegularExpression(QStringLiteral(
             R"((?<![A-Za-z0-9_])(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-]))")),
         "SG."},
        {SecretKind::JsonWebToken,
         QRegularExpression(QStringLiteral(
             R"((?<![A-Za-z0-9_-])(ey[A-Za-z0-9_-]{17,}\.ey[A-Za-z0-9_-]{17,}\.[A-Za-z0-9_-]{10,}={0,2}))")),
         "ey"},
    };
    return patterns;
}

bool kindAllowed(SecretKind kind, SecretStrictness strictness)
{
    switch (kind) {
    case SecretKind::PrivateKey:
        return strictness != SecretStrictness::ProviderTokens;
    case SecretKind::JsonWebToken:
    case SecretKind::StripeTestKey:
    case SecretKind::UrlPassword:
    case SecretKind::NamedSecret:
    case SecretKind::AwsSecretAccessKey:
        return strictness == SecretStrictness::Normal;
    default:
        return true;
    }
}

QByteArray base64UrlDecoded(const QString &text)
{
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::Base64UrlEncoding |
                                                                             QByteArray::OmitTrailingEquals);
    return decoded ? decoded.decoded : QByteArray();
}

// Documentation tokens: AKIAIOSFODNN7EXAMPLE, xoxb-XXXXXXXX, the jwt.io sample.
bool isPlaceholderToken(SecretKind kind, const QString &token)
{
    const QString lower = token.toLower();
    if (lower.contains(u"example") || lower.contains(u"xxxx") || lower.contains(u"0000000000") ||
        lower.contains(u"placeholder") || lower.contains(u"dummy") || lower.contains(u"1234567890abcdef"))
        return true;
    // The random part of a real token is far from uniform letters; filler has little entropy.
    QString body = token;
    const qsizetype underscore = token.indexOf(u'_');
    if (kind != SecretKind::SlackWebhook && underscore > 0 && underscore < 12)
        body = token.mid(underscore + 1);
    if (kind == SecretKind::SlackWebhook)
        body = token.mid(token.indexOf(u"slack.com/") + 10);
    if (shannonEntropy(body) < 3.0)
        return true;
    if (kind == SecretKind::JsonWebToken) {
        const QStringList parts = token.split(u'.');
        const QByteArray header = base64UrlDecoded(parts.value(0));
        const QByteArray payload = base64UrlDecoded(parts.value(1));
        if (!header.contains("\"alg\""))
            return true; // not a JWT at all
        if (payload.contains("\"1234567890\"") && payload.contains("John Doe"))
            return true; // the jwt.io sample
    }
    return false;
}

SecretMatch makeMatch(SecretKind kind, const QString &secret, const QString &shown, int line, int column,
                      const QString &name = {})
{
    SecretMatch match;
    match.kind = kind;
    match.line = line;
    match.column = column;
    match.name = name;
    match.fingerprint = secretFingerprint(kind, secret);
    match.valueFingerprint = secretFingerprint(SecretKind::NamedSecret, secret);
    match.hint = maskedValue(shown);
    return match;
}

// Known formats in one line (or one value); columns are 1-based offsets into `text`.
QList<SecretMatch> findTokens(const QString &text, SecretStrictness strictness, int line)
{
    QList<SecretMatch> matches;
    for (const TokenPattern &token : tokenPatterns()) {
        if (!kindAllowed(token.kind, strictness))
            continue;
        if (token.needle && !text.contains(QLatin1String(token.needle)))
            continue;
        for (auto it = token.pattern.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch found = it.next();
            const QString value = found.captured(1);
            if (isPlaceholderToken(token.kind, value))
                continue;
            matches.append(makeMatch(token.kind, value, value, line, int(found.capturedStart(1)) + 1));
        }
    }
    return matches;
}

const QRegularExpression &privateKeyHeader()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----)"));
    return pattern;
}

// The base64 body that follows a private key header, up to the END line (at most 200 lines).
QString privateKeyBody(const QStringList &lines, qsizetype firstLine, qsizetype offset)
{
    QString body;
    for (qsizetype i = firstLine; i < lines.size() && i < firstLine + 200; ++i) {
        QString text = i == firstLine ? lines.at(i).mid(offset) : lines.at(i);
        const qsizetype end = text.indexOf(u"-----END");
        if (end >= 0)
            text.truncate(end);
        text.replace(u"\\n"_s, QString());
        for (const QChar c : std::as_const(text)) {
            if (c.isLetterOrNumber() || c == u'+' || c == u'/' || c == u'=')
                body += c;
        }
        if (end >= 0 || body.size() > 16384)
            break;
    }
    return body;
}

bool isRealKeyBody(const QString &body)
{
    return body.size() >= 64 && shannonEntropy(body) >= 4.0 && !body.contains(u"EXAMPLE");
}

const QRegularExpression &urlWithPassword()
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(([A-Za-z][A-Za-z0-9+.-]{1,30})://([^\s:@/'"<>]*):([^\s@/'"<>]+)@([A-Za-z0-9._\-\[\]]+))"));
    return pattern;
}

std::optional<SecretMatch> urlPasswordMatch(const QRegularExpressionMatch &found, int line)
{
    const QString user = found.captured(2);
    const QString password = found.captured(3);
    const QString host = found.captured(4).toLower();
    // user == password is a local default (postgres:postgres, guest:guest).
    if (password.size() < 4 || password == user || isPlaceholderValue(password, user) ||
        isPlaceholderHost(host))
        return std::nullopt;
    return makeMatch(SecretKind::UrlPassword, password, found.captured(0), line,
                     int(found.capturedStart(3)) + 1);
}

bool isAwsSecretName(const QStringList &words)
{
    return words.contains(u"aws"_s) && (words.contains(u"secret"_s) || words.contains(u"secretaccesskey"_s));
}

std::optional<SecretMatch> namedMatch(const QString &name, const QString &value, SecretStrictness strictness,
                                      int line, int column)
{
    if (!kindAllowed(SecretKind::NamedSecret, strictness))
        return std::nullopt;
    const QStringList words = nameWords(name);
    if (!isSecretNameWords(words))
        return std::nullopt;
    static const QRegularExpression awsSecret(QStringLiteral(R"(^[A-Za-z0-9/+]{40}$)"));
    if (isAwsSecretName(words) && awsSecret.match(value).hasMatch() && !value.contains(u"EXAMPLE"))
        return makeMatch(SecretKind::AwsSecretAccessKey, value, value, line, column, name);
    if (!isLiteralSecret(name, value))
        return std::nullopt;
    return makeMatch(SecretKind::NamedSecret, value, value, line, column, name);
}

QString withoutQuotes(const QString &text)
{
    if (text.size() >= 2 && (text.front() == u'"' || text.front() == u'\'') && text.back() == text.front())
        return text.mid(1, text.size() - 2);
    return text;
}

// A Secret's data values are base64; judge what they decode to.
QString decodedSecretData(const QString &value)
{
    static const QRegularExpression base64(QStringLiteral(R"(^[A-Za-z0-9+/]{8,}={0,2}$)"));
    if (value.size() % 4 != 0 || !base64.match(value).hasMatch())
        return value;
    const auto decoded =
        QByteArray::fromBase64Encoding(value.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return value;
    const QString text = QString::fromUtf8(decoded.decoded);
    for (const QChar c : text) {
        if (c == QChar::ReplacementCharacter || (!c.isPrint() && c != u'\n'))
            return value;
    }
    return text.trimmed();
}

bool hasDirectory(const QStringList &directories, const QSet<QString> &names)
{
    for (const QString &directory : directories) {
        if (names.contains(directory.toLower()))
            return true;
    }
    return false;
}

} // namespace

QString secretKindKey(SecretKind kind)
{
    switch (kind) {
    case SecretKind::AwsAccessKeyId:
        return QStringLiteral("aws-access-key-id");
    case SecretKind::AwsSecretAccessKey:
        return QStringLiteral("aws-secret-access-key");
    case SecretKind::GitHubToken:
        return QStringLiteral("github-token");
    case SecretKind::GitLabToken:
        return QStringLiteral("gitlab-token");
    case SecretKind::SlackToken:
        return QStringLiteral("slack-token");
    case SecretKind::SlackWebhook:
        return QStringLiteral("slack-webhook");
    case SecretKind::StripeLiveKey:
        return QStringLiteral("stripe-live-key");
    case SecretKind::StripeTestKey:
        return QStringLiteral("stripe-test-key");
    case SecretKind::GoogleApiKey:
        return QStringLiteral("google-api-key");
    case SecretKind::NpmToken:
        return QStringLiteral("npm-token");
    case SecretKind::SendGridKey:
        return QStringLiteral("sendgrid-key");
    case SecretKind::PrivateKey:
        return QStringLiteral("private-key");
    case SecretKind::JsonWebToken:
        return QStringLiteral("jwt");
    case SecretKind::UrlPassword:
        return QStringLiteral("url-password");
    case SecretKind::NamedSecret:
        return QStringLiteral("named-secret");
    }
    return QStringLiteral("secret");
}

QString secretKindDescription(SecretKind kind)
{
    switch (kind) {
    case SecretKind::AwsAccessKeyId:
        return QCoreApplication::translate("tfi::Secrets", "an AWS access key ID");
    case SecretKind::AwsSecretAccessKey:
        return QCoreApplication::translate("tfi::Secrets", "an AWS secret access key");
    case SecretKind::GitHubToken:
        return QCoreApplication::translate("tfi::Secrets", "a GitHub token");
    case SecretKind::GitLabToken:
        return QCoreApplication::translate("tfi::Secrets", "a GitLab access token");
    case SecretKind::SlackToken:
        return QCoreApplication::translate("tfi::Secrets", "a Slack token");
    case SecretKind::SlackWebhook:
        return QCoreApplication::translate("tfi::Secrets", "a Slack webhook URL");
    case SecretKind::StripeLiveKey:
        return QCoreApplication::translate("tfi::Secrets", "a Stripe live key");
    case SecretKind::StripeTestKey:
        return QCoreApplication::translate("tfi::Secrets", "a Stripe test key");
    case SecretKind::GoogleApiKey:
        return QCoreApplication::translate("tfi::Secrets", "a Google API key");
    case SecretKind::NpmToken:
        return QCoreApplication::translate("tfi::Secrets", "an npm access token");
    case SecretKind::SendGridKey:
        return QCoreApplication::translate("tfi::Secrets", "a SendGrid API key");
    case SecretKind::PrivateKey:
        return QCoreApplication::translate("tfi::Secrets", "a private key");
    case SecretKind::JsonWebToken:
        return QCoreApplication::translate("tfi::Secrets", "a JSON Web Token");
    case SecretKind::UrlPassword:
        return QCoreApplication::translate("tfi::Secrets", "a URL with a password");
    case SecretKind::NamedSecret:
        return QCoreApplication::translate("tfi::Secrets", "a secret value");
    }
    return QCoreApplication::translate("tfi::Secrets", "a secret value");
}

QString secretMatchDescription(const SecretMatch &match)
{
    if (match.kind != SecretKind::NamedSecret)
        return secretKindDescription(match.kind);
    const QStringList words = nameWords(match.name);
    for (const QString &word : words) {
        if (word == u"password" || word == u"passwd" || word == u"pwd" || word == u"pass" ||
            word == u"passphrase")
            return QCoreApplication::translate("tfi::Secrets", "a password");
    }
    const QString joined = words.join(QString());
    if (joined.contains(u"password") || joined.contains(u"passwd"))
        return QCoreApplication::translate("tfi::Secrets", "a password");
    if (words.contains(u"token"_s) || joined.endsWith(u"token"))
        return QCoreApplication::translate("tfi::Secrets", "a token");
    return secretKindDescription(match.kind);
}

bool isLowRiskSecret(SecretKind kind)
{
    return kind == SecretKind::StripeTestKey;
}

QString secretFingerprint(SecretKind kind, const QString &secret)
{
    const QByteArray input = secretKindKey(kind).toUtf8() + '\x1f' + secret.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex().left(16));
}

bool isSecretName(const QString &name)
{
    return isSecretNameWords(nameWords(name));
}

bool isPlaceholderValue(const QString &rawValue, const QString &name)
{
    const QString value = withoutQuotes(rawValue.trimmed());
    if (isFiller(value) || isTemplateSyntax(value))
        return true;
    const QString lower = value.toLower();
    if (isPlaceholderWordValue(lower) || containsPlaceholderWord(lower) || isReferenceValue(lower) ||
        isWellKnownDefault(lower))
        return true;
    if (!name.isEmpty()) {
        const QString normalizedValue = normalizedName(value);
        const QStringList words = nameWords(name);
        if (normalizedValue == normalizedName(name) || (!words.isEmpty() && normalizedValue == words.last()))
            return true;
    }
    return false;
}

std::optional<SecretMatch> findSecretInValue(const QString &name, const QString &rawValue,
                                             SecretStrictness strictness)
{
    const QString value = rawValue.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    const QStringList lines = value.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QList<SecretMatch> tokens = findTokens(lines.at(i), strictness, int(i) + 1);
        if (!tokens.isEmpty()) {
            tokens.first().name = name;
            return tokens.first();
        }
        if (kindAllowed(SecretKind::PrivateKey, strictness)) {
            const QRegularExpressionMatch header = privateKeyHeader().match(lines.at(i));
            if (header.hasMatch()) {
                const QString body = privateKeyBody(lines, i, header.capturedEnd());
                if (isRealKeyBody(body)) {
                    SecretMatch match = makeMatch(SecretKind::PrivateKey, body.left(4096), header.captured(0),
                                                  int(i) + 1, int(header.capturedStart()) + 1, name);
                    return match;
                }
            }
        }
    }
    if (kindAllowed(SecretKind::UrlPassword, strictness) && value.contains(u"://")) {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            for (auto it = urlWithPassword().globalMatch(lines.at(i)); it.hasNext();) {
                if (auto match = urlPasswordMatch(it.next(), int(i) + 1)) {
                    match->name = name;
                    return match;
                }
            }
        }
    }
    if (name.isEmpty())
        return std::nullopt;
    return namedMatch(name, withoutQuotes(value), strictness, 1, 1);
}

SecretScanSettings secretScanSettingsForPath(const QString &path)
{
    SecretScanSettings settings;
    const QStringList segments = path.split(u'/');
    const QString fileName = segments.last();
    const QStringList directories = segments.mid(0, segments.size() - 1);
    const QString lowerName = fileName.toLower();

    static const QSet<QString> skippedDirectories = {
        QStringLiteral("node_modules"),     QStringLiteral("vendor"), QStringLiteral("third_party"),
        QStringLiteral("bower_components"), QStringLiteral(".git"),   QStringLiteral("dist"),
        QStringLiteral("site-packages"),    QStringLiteral(".venv"),  QStringLiteral("venv"),
    };
    static const QSet<QString> skippedFiles = {
        QStringLiteral("package-lock.json"),
        QStringLiteral("yarn.lock"),
        QStringLiteral("pnpm-lock.yaml"),
        QStringLiteral("pipfile.lock"),
        QStringLiteral("poetry.lock"),
        QStringLiteral("composer.lock"),
        QStringLiteral("gemfile.lock"),
        QStringLiteral("cargo.lock"),
        QStringLiteral("go.sum"),
        QStringLiteral("uv.lock"),
        QStringLiteral("packages.lock.json"),
    };
    if (hasDirectory(directories, skippedDirectories) || skippedFiles.contains(lowerName) ||
        lowerName.endsWith(u".min.js") || lowerName.endsWith(u".min.css") || lowerName.endsWith(u".map") ||
        lowerName.endsWith(u".svg")) {
        settings.skip = true;
        return settings;
    }

    static const QStringList configSuffixes = {
        QStringLiteral(".yaml"),   QStringLiteral(".yml"),        QStringLiteral(".json"),
        QStringLiteral(".toml"),   QStringLiteral(".ini"),        QStringLiteral(".cfg"),
        QStringLiteral(".conf"),   QStringLiteral(".properties"), QStringLiteral(".env"),
        QStringLiteral(".tfvars"), QStringLiteral(".sh"),         QStringLiteral(".bash"),
        QStringLiteral(".zsh"),    QStringLiteral(".envrc"),      QStringLiteral(".npmrc"),
        QStringLiteral(".pypirc"),
    };
    settings.mode = SecretScanMode::Code;
    for (const QString &suffix : configSuffixes) {
        if (lowerName.endsWith(suffix))
            settings.mode = SecretScanMode::Config;
    }
    if (isDotenvFileName(fileName) || isDockerfileName(fileName) || fileName == u"Procfile" ||
        lowerName == u".envrc" || lowerName == u".npmrc")
        settings.mode = SecretScanMode::Config;

    // Tests, documentation and examples hold sample credentials on purpose.
    static const QSet<QString> sampleDirectories = {
        QStringLiteral("test"),          QStringLiteral("tests"),     QStringLiteral("spec"),
        QStringLiteral("specs"),         QStringLiteral("__tests__"), QStringLiteral("testdata"),
        QStringLiteral("test-data"),     QStringLiteral("fixtures"),  QStringLiteral("fixture"),
        QStringLiteral("__fixtures__"),  QStringLiteral("mocks"),     QStringLiteral("__mocks__"),
        QStringLiteral("e2e"),           QStringLiteral("docs"),      QStringLiteral("doc"),
        QStringLiteral("documentation"), QStringLiteral("examples"),  QStringLiteral("example"),
        QStringLiteral("samples"),       QStringLiteral("sample"),    QStringLiteral("demo"),
        QStringLiteral("demos"),         QStringLiteral("locale"),    QStringLiteral("locales"),
        QStringLiteral("i18n"),          QStringLiteral("l10n"),      QStringLiteral("lang"),
        QStringLiteral("translations"),
    };
    static const QRegularExpression testFile(QStringLiteral(
        R"(^(test_.*|.*_test\.\w+|.*\.(test|spec)\.\w+|.*_spec\.rb|.*Tests?\.(java|kt|cs|scala|swift)|conftest\.py)$)"));
    static const QStringList documentSuffixes = {
        QStringLiteral(".md"),   QStringLiteral(".rst"), QStringLiteral(".adoc"),  QStringLiteral(".txt"),
        QStringLiteral(".html"), QStringLiteral(".htm"), QStringLiteral(".ipynb"),
    };
    bool sample = hasDirectory(directories, sampleDirectories) || testFile.match(fileName).hasMatch();
    for (const QString &suffix : documentSuffixes)
        sample = sample || lowerName.endsWith(suffix);
    if (sample) {
        settings.strictness = SecretStrictness::ProviderTokens;
        return settings;
    }

    // Development setups: throwaway local values are expected there.
    static const QSet<QString> devWords = {
        QStringLiteral("dev"),     QStringLiteral("develop"),      QStringLiteral("development"),
        QStringLiteral("local"),   QStringLiteral("devcontainer"), QStringLiteral("override"),
        QStringLiteral("example"), QStringLiteral("sample"),       QStringLiteral("template"),
        QStringLiteral("dist"),    QStringLiteral("test"),         QStringLiteral("testing"),
        QStringLiteral("ci"),
    };
    static const QRegularExpression separators(QStringLiteral("[._-]+"));
    bool dev = false;
    for (const QString &segment : segments) {
        const QStringList words = segment.toLower().split(separators, Qt::SkipEmptyParts);
        for (const QString &word : words)
            dev = dev || devWords.contains(word);
    }
    if (dev) {
        settings.strictness = SecretStrictness::KnownFormats;
        return settings;
    }
    return settings;
}

QList<SecretMatch> scanTextForSecrets(const QString &path, const QByteArray &content)
{
    const SecretScanSettings settings = secretScanSettingsForPath(path);
    if (settings.skip)
        return {};
    return scanTextForSecrets(content, settings);
}

QList<SecretMatch> scanTextForSecrets(const QByteArray &content, const SecretScanSettings &settings)
{
    QList<SecretMatch> matches;
    if (settings.skip)
        return matches;
    const QStringList lines = textLines(content);
    const bool namedValues = kindAllowed(SecretKind::NamedSecret, settings.strictness);
    const bool kubernetesSecret = content.contains("kind: Secret");

    // `name = "literal"`, `"password": "literal"`, `secret_key => 'literal'`, `Password: "x"`.
    static const QRegularExpression quotedAssignment(QStringLiteral(
        R"((?:^|[^A-Za-z0-9_.$-])["']?([A-Za-z_][A-Za-z0-9_.-]*)["']?\s*(?::=|=>|=(?!=)|:(?!:))\s*[rRbBuU]?(["'`])([^"'`\n]{1,1024})\2)"));
    // `KEY=value`, `key: value`, `export KEY=value`, `ENV KEY=value` (config files only).
    static const QRegularExpression plainAssignment(QStringLiteral(
        R"(^\s*(?:-\s+)?(?:(?:export|ENV|ARG|set|setenv)\s+)?["']?([A-Za-z_][A-Za-z0-9_.-]*)["']?\s*[:=]\s*(.*?)\s*$)"));

    QSet<QString> seen; // line and fingerprint
    const auto add = [&](SecretMatch match, const QString &line) {
        const QString key = QString::number(match.line) + u':' + match.fingerprint;
        if (seen.contains(key))
            return;
        seen.insert(key);
        match.allowedInline = line.contains(u"gitleaks:allow");
        matches.append(match);
    };

    // The name of a `- name: X` / `- key: X` list item, for the `value:` line that follows.
    QString pendingName;
    int pendingLine = -10;

    for (qsizetype index = 0; index < lines.size(); ++index) {
        const QString &line = lines.at(index);
        const int lineNumber = int(index) + 1;
        if (line.size() > 20000) {
            for (const SecretMatch &match : findTokens(line.left(200000), settings.strictness, lineNumber))
                add(match, line);
            continue;
        }
        bool found = false;
        for (const SecretMatch &match : findTokens(line, settings.strictness, lineNumber)) {
            add(match, line);
            found = true;
        }
        if (kindAllowed(SecretKind::PrivateKey, settings.strictness)) {
            const QRegularExpressionMatch header = privateKeyHeader().match(line);
            if (header.hasMatch()) {
                const QString body = privateKeyBody(lines, index, header.capturedEnd());
                if (isRealKeyBody(body)) {
                    add(makeMatch(SecretKind::PrivateKey, body.left(4096), header.captured(0), lineNumber,
                                  int(header.capturedStart()) + 1),
                        line);
                    found = true;
                }
            }
        }
        if (!namedValues || found)
            continue;
        if (line.contains(u"://")) {
            for (auto it = urlWithPassword().globalMatch(line); it.hasNext();) {
                if (auto match = urlPasswordMatch(it.next(), lineNumber)) {
                    add(*match, line);
                    found = true;
                }
            }
        }
        if (found)
            continue;

        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u'#') || trimmed.startsWith(u"//"))
            continue; // commented-out lines are documentation

        if (settings.mode == SecretScanMode::Config) {
            const QRegularExpressionMatch assignment = plainAssignment.match(line);
            if (assignment.hasMatch()) {
                QString name = assignment.captured(1);
                QString value = assignment.captured(2);
                const int column = int(assignment.capturedStart(2)) + 1;
                const qsizetype comment = value.indexOf(u" #");
                if (comment >= 0)
                    value.truncate(comment);
                value = value.trimmed();
                if (value.endsWith(u','))
                    value.chop(1); // JSON and flow mappings
                value = withoutQuotes(value.trimmed());
                if (name == u"name" || name == u"key") {
                    pendingName = value;
                    pendingLine = lineNumber;
                    continue;
                }
                if (name == u"value" && lineNumber - pendingLine <= 3)
                    name = pendingName;
                if (value.isEmpty() || value.startsWith(u'|') || value.startsWith(u'>') ||
                    value.startsWith(u'&') || value.startsWith(u'*') || value.startsWith(u'[') ||
                    value.startsWith(u'{'))
                    continue;
                const QString decoded = kubernetesSecret ? decodedSecretData(value) : value;
                std::optional<SecretMatch> match;
                if (decoded != value) {
                    // Decoded Secret data may hold a key block or a token of its own.
                    match = isSecretName(name) ? findSecretInValue(name, decoded, settings.strictness)
                                               : std::nullopt;
                    if (match) {
                        match->line = lineNumber;
                        match->column = column;
                    }
                } else {
                    match = namedMatch(name, value, settings.strictness, lineNumber, column);
                }
                if (match)
                    add(*match, line);
                continue;
            }
        }
        for (auto it = quotedAssignment.globalMatch(line); it.hasNext();) {
            const QRegularExpressionMatch assignment = it.next();
            if (auto match = namedMatch(assignment.captured(1), assignment.captured(3), settings.strictness,
                                        lineNumber, int(assignment.capturedStart(3)) + 1))
                add(*match, line);
        }
    }
    return matches;
}

} // namespace tfi
