#include "audit.h"
#include "scratchrepo.h"

#include <QtTest>

using namespace tfi;

// A tree full of hostile files: the audit finishes, names each bad file in a diagnostic, and
// still finds the good manifests beside them.
class TestHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hostileTreeFinishes();
};

static QByteArray aliasBomb()
{
    QByteArray text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int i = 1; i < 12; ++i) {
        text += "a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [";
        for (int j = 0; j < 9; ++j)
            text += (j ? ", *a" : "*a") + QByteArray::number(i - 1);
        text += "]\n";
    }
    return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\ndata:\n  x: y\n" + text;
}

void TestHostile::hostileTreeFinishes()
{
    test::ScratchRepo repo;
    QByteArray deepFlow = "apiVersion: v1\nkind: ConfigMap\ndata: " + QByteArray(20000, '[') + "\n";
    QByteArray deepBlock = "apiVersion: v1\nkind: ConfigMap\n";
    for (int i = 0; i < 5000; ++i)
        deepBlock += QByteArray(i, ' ') + "k:\n";
    QByteArray stream;
    for (int i = 0; i < 100000; ++i)
        stream += "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c" + QByteArray::number(i) + "\n";
    QByteArray longLine = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: long\ndata:\n  x: " +
                          QByteArray(4 * 1024 * 1024, 'x') + "\n";
    QByteArray binary(4096, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char(i * 7);

    repo.write({
        {QStringLiteral("hostile/deep-flow.yaml"), deepFlow},
        {QStringLiteral("hostile/deep-block.yaml"), deepBlock},
        {QStringLiteral("hostile/alias-bomb.yaml"), aliasBomb()},
        {QStringLiteral("hostile/stream.yaml"), stream},
        {QStringLiteral("hostile/long-line.yaml"), longLine},
        {QStringLiteral("hostile/binary.yaml"), binary},
        {QStringLiteral("hostile/huge.yaml"), QByteArray(9 * 1024 * 1024, 'a')},
        {QStringLiteral("hostile/invalid-utf8/docker-compose.yml"),
         "services:\n  web:\n    image: \"\xff\xfe\xfd\"\n"},
        {QStringLiteral("hostile/crlf/Procfile"),
         "\xEF\xBB\xBFweb: node server.js\r\nworker: node worker.js\r\n"},
        {QStringLiteral("hostile/Dockerfile"), QByteArray(100000, '\\')},
        {QStringLiteral("hostile/.env"), "\"unterminated=\n" + QByteArray(50000, '"')},
        {QStringLiteral("hostile/fly.toml"), "[[[[[[ nonsense"},
        {QStringLiteral("hostile/app.json"), "{\"env\": {\"A\": " + QByteArray(10000, '[') + "}}"},
        {QStringLiteral("hostile/render.yaml"), "services: {{{"},
        {QStringLiteral("good/deployment.yaml"),
         "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: survivor\nspec:\n  template:\n    spec:\n"
         "      containers:\n        - name: app\n          image: survivor:1.0\n"},
    });
    for (int i = 0; i < 2000; ++i)
        repo.write(QStringLiteral("many/f%1.yaml").arg(i),
                   "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: m\n");
    repo.commit(QStringLiteral("hostile"));

    for (const QString &revision : {QString(), u"HEAD"_qs}) {
        AuditOptions options;
        options.path = repo.root();
        options.revision = revision;
        LoadError error;
        const AuditResultPtr result = runAudit(options, error);
        QVERIFY2(result, qPrintable(error.message));

        bool survivor = false;
        for (const Workload &workload : result->model.workloads)
            survivor |= workload.name == u"survivor";
        QVERIFY(survivor);
        bool crlfProcfile = false;
        for (const Workload &workload : result->model.workloads)
            crlfProcfile |= workload.kind == WorkloadKind::Procfile && workload.name == u"worker";
        QVERIFY(crlfProcfile);

        QSet<QString> diagnosed;
        for (const Diagnostic &diagnostic : result->diagnostics)
            diagnosed.insert(diagnostic.location.path);
        for (const QString &path :
             {u"hostile/deep-flow.yaml"_qs, u"hostile/deep-block.yaml"_qs, u"hostile/stream.yaml"_qs,
              u"hostile/huge.yaml"_qs, u"hostile/fly.toml"_qs, u"hostile/render.yaml"_qs})
            QVERIFY2(diagnosed.contains(path), qPrintable(path));
    }
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
