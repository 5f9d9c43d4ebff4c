#pragma once

#include <QByteArray>
#include <QString>

namespace tfi {

// Decides what must never be shown in clear, and how to show it instead. Every output
// (JSON, SARIF, HTML, Markdown, PDF, the GUI, log lines) goes through here.

// True when a variable or key name says it holds a secret (password, secret, token, key,
// credential, ...). Names that point at a secret elsewhere (..._FILE, ..._PATH) are not.
bool isSensitiveName(const QString &name);

// True when the value's shape says it is a secret: known token formats, private key blocks,
// URLs with a password, JWTs, long high-entropy strings.
bool isSensitiveValue(const QString &value);

inline bool isSensitive(const QString &name, const QString &value)
{
    return isSensitiveName(name) || isSensitiveValue(value);
}

// A display form that keeps a short hint and hides the rest: "postgres://app:****@db/app",
// "sk_l****", "****". Never contains the secret part.
QString maskedValue(const QString &value);

// What to show for a value: masked when sensitive, else the value itself.
QString displayValue(const QString &name, const QString &value, bool sensitive);

// A keyed digest of a value (first 12 hex of HMAC-SHA256), so two environments can be compared
// without showing either. The key is random per process unless setDigestKey() is called.
QString valueDigest(const QString &value);
void setDigestKey(const QByteArray &key);

// Replaces every occurrence of a sensitive-looking token in free text (evidence lines, commands)
// with its masked form; used before a line of a file is shown.
QString redactText(const QString &text);

} // namespace tfi
