#include "secrets.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QtTest>

using namespace tfi;
using namespace Qt::StringLiterals;

class TestSecrets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownFormats_data();
    void knownFormats();
    void placeholdersAreNotSecrets_data();
    void placeholdersAreNotSecrets();
    void secretNames_data();
    void secretNames();
    void strictness_data();
    void strictness();
    void fingerprints();
    void scanText_data();
    void scanText();
    void scanTextNegatives_data();
    void scanTextNegatives();
    void settingsForPath_data();
    void settingsForPath();
    void gitleaksAllowIsMarked();
    void hostileInput();
};

// Fake credentials, joined at run time so that secret scanners do not flag this file.
QString fake(const char *prefix, const char *body)
{
    return QString::fromLatin1(prefix) + QString::fromLatin1(body);
}

QString githubToken()
{
    return fake("gh"
                "p_",
                "OhbVrpoiVgRV5IfLBcbfnoGMbJmTPSIAoCLr");
}
QString githubFineGrained()
{
    return fake("github_"
                "pat_",
                "Z3aWZkSBvrjn9Wvgfygw2w_MqZcUDIh7yfJs1ON43xKmTecQoXsf2o3gyrDO1xkxwnQrS7RPeMOkIUpkDy");
}
QString gitlabToken()
{
    return fake("gl"
                "pat-",
                "r7OSJoRu1XXdo0cZuzre");
}
QString slackToken()
{
    return fake("xo"
                "xb-",
                "395376724238-8496965328710-3hjOkYRBMeyyMDHqJ38aRUhR");
}
QString slackWebhook()
{
    return fake("https:"
                "//hooks.slack.com/services/",
                "T8RVHS1K3/BAQ6L6GT6/MmjxWkI9X7H6aMuFbh7x41Zt");
}
QString stripeLive()
{
    return fake("sk_"
                "live_",
                "pdp4K8ffUF0eWIXiiQE8JkqH");
}
QString stripeTest()
{
    return fake("sk_"
                "test_",
                "3MB9n7IWUSmTtzQPxC5HChpo");
}
QString awsKeyId()
{
    return fake("AK"
                "IA",
                "EVBOOAEDOECVEPR7");
}
QString awsSecret()
{
    return fake("jb6mjBHqSiFVKu4M", "bMnrHontIKARAH/Ggl2JfaQq");
}
QString googleKey()
{
    return fake("AI"
                "za",
                "Bq8F80ymm3T207gmhZRnFyy5r2xJ7Fj4mgb");
}
QString npmToken()
{
    return fake("np"
                "m_",
                "f7W2pkAFEn3z5dkyayq7YYDsBS9UYJQTFjms");
}
QString sendGridKey()
{
    return fake("SG"
                ".",
                "n9dLVIdVuddLEG62Hkd9Gf.2leMeR3pzh84KpLMcNfAQLKHu7qnQTupqziQPtDu7W7");
}
QString jwt()
{
    return fake("eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.",
                "eyJzdWIiOiAic3ZjLWJpbGxpbmciLCAiaWF0IjogMTcwMDAwMDAwMH0."
                "Hu42bojteVs3qfNUfTAFnT0tEuw0dwQ0FIunWe8Cz6S");
}
QString privateKeyBlock()
{
    return fake("-----BEGIN RSA PRIV", "ATE KEY-----\n") +
           u"nHRyDGLMqI4jjrPMqQ47hVuHEzfesKDfO8VhghbfAGS63COpoD+ZntGnzpdBYtfC\n"
           u"WZrPAJuSa9yk7uLibfJWK5GrL3iec2VLDBd98yXp1GPE/cx8SwI22XBa7Rl/PulE\n"
           u"7aLi2uRR8+aEfo34eozhJ5J4i6ujKUZNdsRObSDU0Knu1B9p18cKwvQDtJjH1nD5\n"_s +
           fake("-----END RSA PRIV", "ATE KEY-----");
}

void TestSecrets::knownFormats_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("secretPart");

    QTest::addRow("aws access key id")
        << u"AWS_ACCESS_KEY_ID"_s << awsKeyId() << u"aws-access-key-id"_s << awsKeyId();
    QTest::addRow("aws secret key") << u"AWS_SECRET_ACCESS_KEY"_s << awsSecret() << u"aws-secret-access-key"_s
                                    << awsSecret();
    QTest::addRow("github classic") << u"GITHUB_TOKEN"_s << githubToken() << u"github-token"_s
                                    << githubToken();
    QTest::addRow("github fine-grained")
        << u"GH_PAT"_s << githubFineGrained() << u"github-token"_s << githubFineGrained();
    QTest::addRow("gitlab") << u"CI_TOKEN"_s << gitlabToken() << u"gitlab-token"_s << gitlabToken();
    QTest::addRow("slack bot") << u"SLACK_BOT"_s << slackToken() << u"slack-token"_s << slackToken();
    QTest::addRow("slack webhook") << u"ALERT_HOOK"_s << slackWebhook() << u"slack-webhook"_s
                                   << u"MmjxWkI9X7H6aMuFbh7x41Zt"_s;
    QTest::addRow("stripe live") << u"PAYMENTS"_s << stripeLive() << u"stripe-live-key"_s << stripeLive();
    QTest::addRow("stripe test") << u"STRIPE_KEY"_s << stripeTest() << u"stripe-test-key"_s << stripeTest();
    QTest::addRow("google api key") << u"MAPS"_s << googleKey() << u"google-api-key"_s << googleKey();
    QTest::addRow("npm") << u"NPM_TOKEN"_s << npmToken() << u"npm-token"_s << npmToken();
    QTest::addRow("sendgrid") << u"MAIL"_s << sendGridKey() << u"sendgrid-key"_s << sendGridKey();
    QTest::addRow("jwt") << u"SERVICE_JWT"_s << jwt() << u"jwt"_s << jwt();
    QTest::addRow("private key") << u"TLS_KEY"_s << privateKeyBlock() << u"private-key"_s
                                 << u"nHRyDGLMqI4jjrPMqQ47hVuHEzfesKDf"_s;
    QTest::addRow("token inside a command")
        << u"COMMAND"_s << (u"deploy --token "_s + githubToken() + u" --yes"_s) << u"github-token"_s
        << githubToken();
    QTest::addRow("url password") << u"DATABASE_URL"_s << u"postgres://shop:hunter2-legacy@db:5432/shop"_s
                                  << u"url-password"_s << u"hunter2-legacy"_s;
    QTest::addRow("named password") << u"DB_PASSWORD"_s << u"s3cr3t-legacy-Pa55"_s << u"named-secret"_s
                                    << u"s3cr3t-legacy-Pa55"_s;
    QTest::addRow("camel case name") << u"clientSecret"_s << u"q8Zr2vLx9TbW4mNc7PdK"_s << u"named-secret"_s
                                     << u"q8Zr2vLx9TbW4mNc7PdK"_s;
    QTest::addRow("secret key base") << u"SECRET_KEY_BASE"_s << u"9fK2vQ7xLm3RtZ8wPb4NcY6hJd1sGe5u"_s
                                     << u"named-secret"_s << u"9fK2vQ7xLm3RtZ8wPb4NcY6hJd1sGe5u"_s;
}

void TestSecrets::knownFormats()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, kind);
    QFETCH(QString, secretPart);
    const std::optional<SecretMatch> match = findSecretInValue(name, value, SecretStrictness::Normal);
    QVERIFY(match);
    QCOMPARE(secretKindKey(match->kind), kind);
    QCOMPARE(match->name, name);
    QCOMPARE(match->fingerprint.size(), 16);
    QVERIFY2(!match->hint.contains(secretPart), qPrintable(match->hint));
    QVERIFY(!secretKindDescription(match->kind).contains(secretPart));
}

void TestSecrets::placeholdersAreNotSecrets_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addRow("changeme") << u"DB_PASSWORD"_s << u"changeme"_s;
    QTest::addRow("example") << u"API_KEY"_s << u"example-api-key"_s;
    QTest::addRow("xxx") << u"API_TOKEN"_s << u"xxxxxxxxxxxxxxxx"_s;
    QTest::addRow("angle brackets") << u"STRIPE_SECRET_KEY"_s << u"<your-stripe-key>"_s;
    QTest::addRow("shell expansion") << u"DB_PASSWORD"_s << u"${DB_PASSWORD}"_s;
    QTest::addRow("command substitution") << u"DB_PASSWORD"_s << u"$(cat /run/secrets/db)"_s;
    QTest::addRow("helm template") << u"password"_s << u"{{ .Values.db.password }}"_s;
    QTest::addRow("your here") << u"SECRET_KEY"_s << u"your-secret-key-here"_s;
    QTest::addRow("dummy") << u"TOKEN"_s << u"dummy-token-value"_s;
    QTest::addRow("test") << u"PASSWORD"_s << u"test"_s;
    QTest::addRow("password itself") << u"DB_PASSWORD"_s << u"password"_s;
    QTest::addRow("secret itself") << u"APP_SECRET"_s << u"secret"_s;
    QTest::addRow("empty") << u"DB_PASSWORD"_s << QString();
    QTest::addRow("stars") << u"DB_PASSWORD"_s << u"********"_s;
    QTest::addRow("replace me") << u"JWT_SECRET"_s << u"REPLACE_ME"_s;
    QTest::addRow("equal to the name") << u"DB_PASSWORD"_s << u"db_password"_s;
    QTest::addRow("vault reference") << u"DB_PASSWORD"_s << u"vault:secret/data/shop#password"_s;
    QTest::addRow("secrets manager arn")
        << u"DB_PASSWORD"_s << u"arn:aws:secretsmanager:eu-west-1:123456789012:secret:shop-db"_s;
    QTest::addRow("1password reference") << u"API_TOKEN"_s << u"op://prod/stripe/api-token"_s;
    QTest::addRow("sops ciphertext") << u"password"_s
                                     << u"ENC[AES256_GCM,data:Zm9vYmFy,iv:abc,tag:def,type:str]"_s;
    QTest::addRow("aws documentation key") << u"AWS_ACCESS_KEY_ID"_s
                                           << fake("AK"
                                                   "IA",
                                                   "IOSFODNN7EXAMPLE");
    QTest::addRow("path to a secret file")
        << u"GOOGLE_APPLICATION_CREDENTIALS"_s << u"/var/secrets/google/key.json"_s;
    QTest::addRow("file pointer name") << u"DB_PASSWORD_FILE"_s << u"/run/secrets/db-password"_s;
    QTest::addRow("setting about a token") << u"TOKEN_TTL"_s << u"3600"_s;
    QTest::addRow("duration") << u"SESSION_SECRET_ROTATION"_s << u"24h"_s;
    QTest::addRow("url without password") << u"API_TOKEN_URL"_s << u"https://auth.shop.internal/token"_s;
    QTest::addRow("url password placeholder")
        << u"DATABASE_URL"_s << u"postgres://app:${DB_PASSWORD}@db/app"_s;
    QTest::addRow("url default credentials")
        << u"DATABASE_URL"_s << u"postgres://postgres:postgres@db:5432/app"_s;
    QTest::addRow("public key") << u"STRIPE_PUBLISHABLE_KEY"_s << u"pk_live_51Hq8ZrLx9TbW4mNc7PdK1sYh"_s;
    QTest::addRow("sentence") << u"PASSWORD_HELP"_s << u"Use at least twelve characters"_s;
    QTest::addRow("another variable") << u"DB_PASSWORD"_s << u"POSTGRES_PASSWORD"_s;
    QTest::addRow("lookup key") << u"CACHE_KEY"_s << u"shop-sessions-v2"_s;
    QTest::addRow("not a secret name") << u"LOG_LEVEL"_s << u"q8Zr2vLx9TbW4mNc7PdK"_s;
    QTest::addRow("jwt.io sample")
        << u"JWT"_s
        << fake("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.",
                "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
                "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c");
    QTest::addRow("private key without body")
        << u"TLS_KEY"_s << fake("-----BEGIN PRIV", "ATE KEY-----\n...\n-----END PRIVATE KEY-----");
    QTest::addRow("storage key name") << u"TOKEN_KEY"_s << u"access_token"_s;
    QTest::addRow("camel storage key") << u"SESSION_SECRET"_s << u"sessionSecret"_s;
    QTest::addRow("translated word") << u"password"_s << u"Kennwort"_s;
    QTest::addRow("django insecure key")
        << u"SECRET_KEY"_s << u"django-insecure-7x!q2k@9#m$4z)w8(v^r1b&e5n"_s;
    QTest::addRow("please change") << u"JWT_SECRET"_s << u"please-change-this-secret"_s;
    QTest::addRow("minio default") << u"MINIO_ROOT_PASSWORD"_s << u"minioadmin"_s;
    QTest::addRow("slack docs webhook") << u"SLACK_WEBHOOK"_s
                                        << fake("https:"
                                                "//hooks.slack.com/services/",
                                                "T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX");
}

void TestSecrets::placeholdersAreNotSecrets()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    const std::optional<SecretMatch> match = findSecretInValue(name, value, SecretStrictness::Normal);
    QVERIFY2(!match, match ? qPrintable(secretKindKey(match->kind)) : "");
}

void TestSecrets::secretNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("secret");
    QTest::addRow("db password") << u"DB_PASSWORD"_s << true;
    QTest::addRow("camel api key") << u"apiKey"_s << true;
    QTest::addRow("upper camel") << u"APIKey"_s << true;
    QTest::addRow("secret key base") << u"SECRET_KEY_BASE"_s << true;
    QTest::addRow("stripe secret key") << u"STRIPE_SECRET_KEY"_s << true;
    QTest::addRow("provider key") << u"MAILGUN_KEY"_s << true;
    QTest::addRow("dotted") << u"app.secret_key"_s << true;
    QTest::addRow("compact") << u"DBPASSWORD"_s << true;
    QTest::addRow("file pointer") << u"DB_PASSWORD_FILE"_s << false;
    QTest::addRow("key id") << u"AWS_ACCESS_KEY_ID"_s << false;
    QTest::addRow("ttl") << u"TOKEN_TTL"_s << false;
    QTest::addRow("existing secret") << u"existingSecret"_s << false;
    QTest::addRow("secret name") << u"secretName"_s << false;
    QTest::addRow("secret key ref") << u"secretKeyRef"_s << false;
    QTest::addRow("bare key") << u"key"_s << false;
    QTest::addRow("public key") << u"PUBLIC_KEY"_s << false;
    QTest::addRow("cache key") << u"CACHE_KEY"_s << false;
    QTest::addRow("bypass") << u"BYPASS_CACHE"_s << false;
    QTest::addRow("passenger") << u"PASSENGER_COUNT"_s << false;
    QTest::addRow("tokenizer") << u"TOKENIZERS_PARALLELISM"_s << false;
}

void TestSecrets::secretNames()
{
    QFETCH(QString, name);
    QFETCH(bool, secret);
    QCOMPARE(isSecretName(name), secret);
}

void TestSecrets::strictness_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("strictness");
    QTest::addColumn<QString>("kind"); // empty: no match
    const int providerTokens = int(SecretStrictness::ProviderTokens);
    const int knownFormats = int(SecretStrictness::KnownFormats);
    const int normal = int(SecretStrictness::Normal);
    QTest::addRow("token in docs") << u"X"_s << githubToken() << providerTokens << u"github-token"_s;
    QTest::addRow("private key in docs") << u"KEY"_s << privateKeyBlock() << providerTokens << QString();
    QTest::addRow("private key in dev") << u"KEY"_s << privateKeyBlock() << knownFormats << u"private-key"_s;
    QTest::addRow("stripe test key in dev") << u"STRIPE_KEY"_s << stripeTest() << knownFormats << QString();
    QTest::addRow("named value in dev") << u"DB_PASSWORD"_s << u"devonly-Pa55"_s << knownFormats << QString();
    QTest::addRow("jwt in dev") << u"ANON_KEY"_s << jwt() << knownFormats << QString();
    QTest::addRow("image default password") << u"POSTGRES_PASSWORD"_s << u"postgres"_s << normal << QString();
    QTest::addRow("chosen password") << u"POSTGRES_PASSWORD"_s << u"hunter2-legacy"_s << normal
                                     << u"named-secret"_s;
    QTest::addRow("weak password in a manifest")
        << u"DB_PASSWORD"_s << u"Shop-2024!"_s << normal << u"named-secret"_s;
}

void TestSecrets::strictness()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(int, strictness);
    QFETCH(QString, kind);
    const std::optional<SecretMatch> match = findSecretInValue(name, value, SecretStrictness(strictness));
    QCOMPARE(match ? secretKindKey(match->kind) : QString(), kind);
}

void TestSecrets::fingerprints()
{
    const auto live = findSecretInValue(u"STRIPE_KEY"_s, stripeLive(), SecretStrictness::Normal);
    const auto again = findSecretInValue(u"PAYMENTS_KEY"_s, u"  "_s + stripeLive(), SecretStrictness::Normal);
    const auto other = findSecretInValue(u"STRIPE_KEY"_s, stripeTest(), SecretStrictness::Normal);
    QVERIFY(live && again && other);
    QCOMPARE(live->fingerprint, again->fingerprint);
    QVERIFY(live->fingerprint != other->fingerprint);
    // SHA-256 over kind and value: stable across runs, unlike the keyed display digest.
    const QByteArray input = QByteArray("stripe-live-key\x1f") + stripeLive().toLatin1();
    const QByteArray expected = QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex().left(16);
    QCOMPARE(live->fingerprint, QString::fromLatin1(expected));
    QCOMPARE(secretFingerprint(SecretKind::StripeLiveKey, stripeLive()), live->fingerprint);
    QVERIFY(isLowRiskSecret(other->kind));
    QVERIFY(!isLowRiskSecret(live->kind));
}

void TestSecrets::scanText_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("secret");

    QTest::addRow("flask secret key")
        << u"shop/app.py"_s
        << u"import os\n\napp = Flask(__name__)\napp.secret_key = \"dev-secret-do-not-ship\"\n"_s
        << u"named-secret"_s << 4 << 19 << u"app.secret_key"_s << u"dev-secret-do-not-ship"_s;
    QTest::addRow("js object")
        << u"src/config.js"_s
        << u"module.exports = {\n  db: { user: 'shop', password: 'Tr0ub4dor-3-shop' },\n};\n"_s
        << u"named-secret"_s << 2 << 34 << u"password"_s << u"Tr0ub4dor-3-shop"_s;
    QTest::addRow("token in a script") << u"scripts/deploy.sh"_s
                                       << (u"#!/bin/sh\ncurl -H \"Authorization: token "_s + githubToken() +
                                           u"\" https://api.github.com/repos\n"_s)
                                       << u"github-token"_s << 2 << 31 << QString() << githubToken();
    QTest::addRow("yaml config") << u"config/database.yml"_s
                                 << u"production:\n  adapter: postgresql\n  password: Kx7-prod-db-2024\n"_s
                                 << u"named-secret"_s << 3 << 13 << u"password"_s << u"Kx7-prod-db-2024"_s;
    QTest::addRow("kubernetes env pair")
        << u"k8s/deployment.yaml"_s << u"env:\n  - name: DB_PASSWORD\n    value: s3cr3t-legacy-Pa55\n"_s
        << u"named-secret"_s << 3 << 12 << u"DB_PASSWORD"_s << u"s3cr3t-legacy-Pa55"_s;
    QTest::addRow("kubernetes secret data")
        << u"k8s/secret.yaml"_s
        << u"apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n"
           u"  password: aHVudGVyMi1wcm9kLWRi\n"_s
        << u"named-secret"_s << 6 << 13 << u"password"_s << u"hunter2-prod-db"_s;
    QTest::addRow("dockerfile env") << u"Dockerfile"_s
                                    << u"FROM python:3.12\nENV DB_PASSWORD=s3cr3t-legacy-Pa55\n"_s
                                    << u"named-secret"_s << 2 << 17 << u"DB_PASSWORD"_s
                                    << u"s3cr3t-legacy-Pa55"_s;
    QTest::addRow("url in json") << u"settings.json"_s
                                 << u"{\n  \"database\": \"mysql://shop:Xy9-shop-pass@10.0.0.4/shop\"\n}\n"_s
                                 << u"url-password"_s << 2 << 29 << QString() << u"Xy9-shop-pass"_s;
    QTest::addRow("private key file") << u"deploy/id_rsa"_s << (privateKeyBlock() + u"\n"_s)
                                      << u"private-key"_s << 1 << 1 << QString() << u"nHRyDGLMqI4jjrPMqQ47"_s;
    QTest::addRow("token in a test") << u"tests/test_client.py"_s
                                     << (u"TOKEN = \""_s + stripeLive() + u"\"\n"_s) << u"stripe-live-key"_s
                                     << 1 << 10 << QString() << stripeLive();
}

void TestSecrets::scanText()
{
    QFETCH(QString, path);
    QFETCH(QString, content);
    QFETCH(QString, kind);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, name);
    QFETCH(QString, secret);
    const QList<SecretMatch> matches = scanTextForSecrets(path, content.toUtf8());
    QCOMPARE(matches.size(), 1);
    const SecretMatch &match = matches.first();
    QCOMPARE(secretKindKey(match.kind), kind);
    QCOMPARE(match.line, line);
    QCOMPARE(match.column, column);
    QCOMPARE(match.name, name);
    QVERIFY2(!match.hint.contains(secret), qPrintable(match.hint));
    QVERIFY(!match.allowedInline);
}

void TestSecrets::scanTextNegatives_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("content");
    QTest::addRow("reads the environment") << u"shop/settings.py"_s
                                           << u"SECRET_KEY = os.environ[\"SECRET_KEY\"]\n"
                                              u"DB_PASSWORD = os.getenv(\"DB_PASSWORD\", \"\")\n"_s;
    QTest::addRow("comparison") << u"shop/auth.py"_s << u"if password == \"hunter2-guess\":\n    deny()\n"_s;
    QTest::addRow("unquoted code") << u"shop/auth.py"_s << u"password = request.form['password']\n"_s;
    QTest::addRow("messages") << u"shop/forms.py"_s << u"password_error = \"Password is too short\"\n"_s;
    QTest::addRow("template file") << u".env.example"_s
                                   << u"SECRET_KEY=change-me\nDB_PASSWORD=\nSTRIPE_SECRET_KEY=<your-key>\n"_s;
    QTest::addRow("named value in docs")
        << u"docs/setup.md"_s << u"Set `DB_PASSWORD=Kx7-prod-db-2024` first.\n"_s;
    QTest::addRow("named value in tests")
        << u"tests/test_login.py"_s << u"password = \"correct-horse-42\"\n"_s;
    QTest::addRow("compose defaults")
        << u"docker-compose.yml"_s
        << u"services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: postgres\n"_s;
    QTest::addRow("commented out") << u"config/app.yaml"_s << u"# password: Kx7-prod-db-2024\n"_s;
    QTest::addRow("secret references")
        << u"k8s/deployment.yaml"_s
        << u"        - name: DB_PASSWORD\n          valueFrom:\n            secretKeyRef:\n"
           u"              name: shop-db\n              key: password\n"_s;
    QTest::addRow("lock file") << u"package-lock.json"_s
                               << (u"{\"token\": \""_s + githubToken() + u"\"}\n"_s);
    QTest::addRow("ci secrets") << u".github/workflows/deploy.yml"_s
                                << u"      password: ${{ secrets.REGISTRY_PASSWORD }}\n"_s;
}

void TestSecrets::scanTextNegatives()
{
    QFETCH(QString, path);
    QFETCH(QString, content);
    const QList<SecretMatch> matches = scanTextForSecrets(path, content.toUtf8());
    QVERIFY2(matches.isEmpty(), matches.isEmpty() ? "" : qPrintable(secretKindKey(matches.first().kind)));
}

void TestSecrets::settingsForPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("strictness");
    QTest::addColumn<bool>("skip");
    const int code = int(SecretScanMode::Code);
    const int config = int(SecretScanMode::Config);
    QTest::addRow("python") << u"shop/app.py"_s << code << int(SecretStrictness::Normal) << false;
    QTest::addRow("dotenv") << u".env"_s << config << int(SecretStrictness::Normal) << false;
    QTest::addRow("template") << u".env.example"_s << config << int(SecretStrictness::KnownFormats) << false;
    QTest::addRow("compose") << u"docker-compose.yml"_s << config << int(SecretStrictness::Normal) << false;
    QTest::addRow("locale") << u"config/locales/de.yml"_s << config << int(SecretStrictness::ProviderTokens)
                            << false;
    QTest::addRow("compose override")
        << u"docker-compose.override.yml"_s << config << int(SecretStrictness::KnownFormats) << false;
    QTest::addRow("test") << u"src/auth_test.go"_s << code << int(SecretStrictness::ProviderTokens) << false;
    QTest::addRow("docs") << u"README.md"_s << code << int(SecretStrictness::ProviderTokens) << false;
    QTest::addRow("dev overlay") << u"k8s/overlays/dev/patch.yaml"_s << config
                                 << int(SecretStrictness::KnownFormats) << false;
    QTest::addRow("vendored") << u"node_modules/pkg/index.js"_s << code << int(SecretStrictness::Normal)
                              << true;
}

void TestSecrets::settingsForPath()
{
    QFETCH(QString, path);
    QFETCH(int, mode);
    QFETCH(int, strictness);
    QFETCH(bool, skip);
    const SecretScanSettings settings = secretScanSettingsForPath(path);
    QCOMPARE(settings.skip, skip);
    if (skip)
        return;
    QCOMPARE(int(settings.mode), mode);
    QCOMPARE(int(settings.strictness), strictness);
}

void TestSecrets::gitleaksAllowIsMarked()
{
    const QString content = u"API_TOKEN = \""_s + githubToken() + u"\"  # gitleaks:allow\n"_s;
    const QList<SecretMatch> matches = scanTextForSecrets(u"tools/release.py"_s, content.toUtf8());
    QCOMPARE(matches.size(), 1);
    QVERIFY(matches.first().allowedInline);
}

void TestSecrets::hostileInput()
{
    QElapsedTimer timer;
    timer.start();
    // One huge line, invalid UTF-8, NUL bytes and a header without an end.
    QByteArray content(2 * 1024 * 1024, 'a');
    content += "\xff\xfe\x00 password = \"";
    content += QByteArray(5000, 'Z');
    content += "\"\n-----BEGIN PRIVATE KEY-----\n";
    for (int i = 0; i < 500; ++i)
        content += "password: " + QByteArray::number(i) + "-\xc3\x28-value\n";
    const QList<SecretMatch> matches = scanTextForSecrets(u"data/blob.yaml"_s, content);
    Q_UNUSED(matches);
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!findSecretInValue(u"DB_PASSWORD"_s, QString(100000, u'x'), SecretStrictness::Normal));
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
