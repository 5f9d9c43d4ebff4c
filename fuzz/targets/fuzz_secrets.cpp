// The secret detectors and the masking every output goes through. The first line of the input is
// a variable name, the rest its value; the whole input is also scanned as a file. Two properties
// are checked besides crashes: a detected secret's hint never holds the whole value, and a
// password in a URL never survives masking or redaction.
#include "secrets.h"
#include "sensitive.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace {

bool isPlainPassword(const QString &password)
{
    if (password.size() < 8)
        return false;
    for (const QChar c : password) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128))
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace tfi;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(input);
    const qsizetype newline = text.indexOf(u'\n');
    const QString name = newline < 0 ? QString() : text.left(newline);
    const QString value = newline < 0 ? text : text.mid(newline + 1);

    isSecretName(name);
    isSensitiveName(name);
    isPlaceholderValue(value, name);
    isSensitiveValue(value);
    displayValue(name, value, true);
    redactText(value);
    for (const SecretStrictness strictness :
         {SecretStrictness::ProviderTokens, SecretStrictness::KnownFormats, SecretStrictness::Normal}) {
        const std::optional<SecretMatch> match = findSecretInValue(name, value, strictness);
        if (match) {
            secretMatchDescription(*match);
            const QString trimmed = value.trimmed();
            // A key block's hint is a fixed text ("-----BEGIN … PRIVATE KEY----- ****").
            if (!trimmed.contains(u"-----BEGIN") && !trimmed.contains(u"://") && trimmed.size() >= 8 &&
                match->hint.contains(trimmed))
                __builtin_trap(); // the hint shows the secret
        }
    }
    for (const SecretScanMode mode : {SecretScanMode::Code, SecretScanMode::Config})
        scanTextForSecrets(input, SecretScanSettings{mode, SecretStrictness::Normal, false});
    scanTextForSecrets(QStringLiteral("deploy/app/values.yaml"), input);

    // The value's first line as a password inside a connection string.
    const QString password = value.section(u'\n', 0, 0);
    if (isPlainPassword(password)) {
        const QString url = QStringLiteral("postgres://app:") + password + QStringLiteral("@db:5432/app");
        // The rest of the URL may hold the same letters ("postgres"): only a further copy is a leak.
        const qsizetype elsewhere = QStringLiteral("postgres://app:@db:5432/app").count(password);
        if (maskedValue(url).count(password) > elsewhere || redactText(url).count(password) > elsewhere)
            __builtin_trap(); // the password is shown in clear
    }
    return 0;
}
