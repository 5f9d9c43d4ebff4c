#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace tfi {

// Secret detectors: provider token formats (the families gitleaks knows), private key blocks,
// JSON Web Tokens, URLs with a password, and values assigned to names that mean "secret".
// Placeholders (changeme, ${VAR}, <your-token>, vault: references ...) are never secrets.
//
// A match never carries the secret itself: only its kind, where it is, a masked hint and a
// fingerprint that tells two occurrences of the same secret apart from different ones.

enum class SecretKind
{
    AwsAccessKeyId,
    AwsSecretAccessKey,
    GitHubToken,
    GitLabToken,
    SlackToken,
    SlackWebhook,
    StripeLiveKey,
    StripeTestKey,
    GoogleApiKey,
    NpmToken,
    SendGridKey,
    PrivateKey,
    JsonWebToken,
    UrlPassword, // the password part of scheme://user:password@host
    NamedSecret, // a literal assigned to a name like DB_PASSWORD, API_TOKEN, secret_key
};

// A stable key for the kind: "stripe-live-key", "url-password", ...
QString secretKindKey(SecretKind kind);
// The kind for a message, translated: "a Stripe live key", "a URL with a password".
QString secretKindDescription(SecretKind kind);
// Test-mode credentials that cannot reach real data or money (Stripe test keys).
bool isLowRiskSecret(SecretKind kind);

// How much a place is trusted to hold only throwaway values.
enum class SecretStrictness
{
    ProviderTokens, // tests and docs: provider token formats only
    KnownFormats,   // development setups: provider tokens and private keys
    Normal,         // deployment manifests and application source: every detector
};

struct SecretMatch
{
    SecretKind kind = SecretKind::NamedSecret;
    int line = 0;   // 1-based; for a single value, the line within the value
    int column = 0; // 1-based
    QString name;   // the name the value was assigned to, when known (never the value)
    // First 16 hex of SHA-256 over the kind and the secret: the same secret gives the same
    // fingerprint in every run. Used for comparison inside the process and never shown.
    QString fingerprint;
    // The same over the secret alone, to tell that a password in a URL and in a variable are one
    // value. Also never shown.
    QString valueFingerprint;
    QString hint;               // maskedValue() of the secret or of the URL holding it
    bool allowedInline = false; // the line carries a gitleaks:allow comment
};

// True when a name says its value is a secret (DB_PASSWORD, apiKey, SECRET_KEY_BASE,
// STRIPE_SECRET_KEY), and false for names about a secret rather than holding one
// (DB_PASSWORD_FILE, TOKEN_TTL, existingSecret, SECRET_NAME, PUBLIC_KEY, a bare "key").
bool isSecretName(const QString &name);

// True when a value stands in for a secret rather than being one: empty, changeme, example,
// xxx, <...>, ${...}, $(...), {{ ... }}, your-...-here, dummy, test, "password", ***,
// REPLACE_ME, the name itself, references (vault:, arn:aws:secretsmanager:, op://, ENC[...]).
// The default credentials of database images (postgres, root, guest, minioadmin) are public
// knowledge rather than secrets, and are not reported either.
bool isPlaceholderValue(const QString &value, const QString &name = {});

// The secret a value assigned to `name` holds, if any: a known format anywhere in the value
// first, then a URL password, then the value itself when the name means secret.
std::optional<SecretMatch> findSecretInValue(const QString &name, const QString &value,
                                             SecretStrictness strictness);

// How a text file is read for secrets.
enum class SecretScanMode
{
    Code,   // application source: quoted literals assigned to secret names
    Config, // key/value files (YAML, .env, INI, properties, TOML, JSON): also unquoted values
};

struct SecretScanSettings
{
    SecretScanMode mode = SecretScanMode::Code;
    SecretStrictness strictness = SecretStrictness::Normal;
    bool skip = false; // lock files, minified bundles, vendored dependencies
};

// The settings for a repository path: tests, docs and examples get provider tokens only,
// development setups (Compose overrides, dev overlays, templates) known formats, everything else
// normal.
SecretScanSettings secretScanSettingsForPath(const QString &path);

// Every secret in a text file, line by line, with the settings for its path.
QList<SecretMatch> scanTextForSecrets(const QString &path, const QByteArray &content);
QList<SecretMatch> scanTextForSecrets(const QByteArray &content, const SecretScanSettings &settings);

// SHA-256 over the kind and the secret, first 16 hex digits.
QString secretFingerprint(SecretKind kind, const QString &secret);

// What a match holds, for a message: its kind, or for a named value what the name says it is
// ("a password" for DB_PASSWORD, "a token" for API_TOKEN, else "a secret value").
QString secretMatchDescription(const SecretMatch &match);

} // namespace tfi
