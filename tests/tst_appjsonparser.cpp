#include "memoryfileindex.h"
#include "parsers/appjsonparser.h"

#include <QtTest>

using namespace tfi;
using namespace Qt::StringLiterals;

// Declared before the fixtures: moc stops reading at "//" inside raw string literals.
class TestAppJsonParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanFixtureHasNoDiagnostics();
    void envVars_data();
    void envVars();
    void formation_data();
    void formation();
    void scripts_data();
    void scripts();
    void addons_data();
    void addons();
    void environments();
    void appInfo();
    void withoutFormationKeepsEnv();
    void legacyFormationArray();
    void diagnosticsNameKeysNotValues();
    void jsonSyntax_data();
    void jsonSyntax();
    void malformed_data();
    void malformed();
    void hostileInput_data();
    void hostileInput();
};

namespace {

// A Heroku Python (Django) app: env objects, a generated secret, formation, scripts,
// add-ons and Heroku CI / review app environments.
const QByteArray djangoAppJson = R"({
  "name": "Django Getting Started",
  "description": "A barebones Python app, which can easily be deployed to Heroku.",
  "repository": "https://github.com/heroku/python-getting-started",
  "keywords": ["python", "django"],
  "stack": "heroku-22",
  "buildpacks": [{"url": "heroku/python"}],
  "env": {
    "DJANGO_SECRET_KEY": {
      "description": "A secret key for a particular Django installation.",
      "generator": "secret"
    },
    "WEB_CONCURRENCY": {
      "description": "The number of gunicorn workers.",
      "value": "3",
      "required": false
    },
    "SENTRY_DSN": {
      "description": "Where errors are reported.",
      "required": true
    },
    "ALLOWED_HOSTS": {"description": "Host names to serve."},
    "DISABLE_COLLECTSTATIC": "1"
  },
  "formation": {
    "web": {"quantity": 2, "size": "standard-1x"},
    "worker": {"quantity": 1, "size": "standard-2x"}
  },
  "scripts": {
    "postdeploy": "python manage.py migrate && python manage.py loaddata seed.json",
    "pr-predestroy": {"command": "python manage.py flush --noinput", "size": "basic"}
  },
  "addons": [
    "heroku-postgresql:essential-0",
    {"plan": "heroku-redis:mini", "as": "CACHE", "options": {"maxmemory_policy": "allkeys-lru"}}
  ],
  "environments": {
    "test": {
      "addons": ["heroku-postgresql:in-dyno"],
      "env": {"DJANGO_DEBUG": "true"},
      "formation": {"test": {"quantity": 2, "size": "performance-m"}},
      "scripts": {"test-setup": "python manage.py collectstatic --noinput", "test": "python manage.py test"}
    },
    "review": {
      "scripts": {"postdeploy": "python manage.py loaddata review.json"},
      "formation": {"web": {"quantity": 1}}
    }
  }
}
)";

DeploymentModel parse(const QByteArray &text, const QString &path = u"app.json"_s)
{
    test::MemoryFileIndex index;
    const SourceFile &file = index.add(path, text);
    DeploymentModel model;
    parseAppJson(file, ParseContext{index, ParseLimits{}}, model);
    return model;
}

const EnvVar *findVar(const QList<EnvVar> &vars, const QString &name)
{
    for (const EnvVar &var : vars) {
        if (var.name == name)
            return &var;
    }
    return nullptr;
}

QString diagnosticsText(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &diagnostic : diagnostics)
        lines.append(u"%1:%2 %3"_s.arg(diagnostic.location.path)
                         .arg(diagnostic.location.line)
                         .arg(diagnostic.message));
    return lines.join(u'\n');
}

} // namespace

void TestAppJsonParser::cleanFixtureHasNoDiagnostics()
{
    const DeploymentModel model = parse(djangoAppJson);
    QVERIFY2(model.diagnostics.isEmpty(), qPrintable(diagnosticsText(model.diagnostics)));
}

void TestAppJsonParser::envVars_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<ValueKind>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("refName");
    QTest::addColumn<bool>("required");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::addRow("generated secret") << u"DJANGO_SECRET_KEY"_s << ValueKind::SecretRef << QString()
                                      << u"generator:secret"_s << true << 9 << 5;
    QTest::addRow("object with value, not required")
        << u"WEB_CONCURRENCY"_s << ValueKind::Literal << u"3"_s << QString() << false << 13 << 5;
    QTest::addRow("required without value")
        << u"SENTRY_DSN"_s << ValueKind::Unset << QString() << QString() << true << 18 << 5;
    QTest::addRow("description only is required by default")
        << u"ALLOWED_HOSTS"_s << ValueKind::Unset << QString() << QString() << true << 22 << 5;
    QTest::addRow("string shorthand")
        << u"DISABLE_COLLECTSTATIC"_s << ValueKind::Literal << u"1"_s << QString() << true << 23 << 5;
}

void TestAppJsonParser::envVars()
{
    QFETCH(QString, name);
    QFETCH(ValueKind, kind);
    QFETCH(QString, value);
    QFETCH(QString, refName);
    QFETCH(bool, required);
    QFETCH(int, line);
    QFETCH(int, column);

    const DeploymentModel model = parse(djangoAppJson);
    QCOMPARE(model.appJsonFiles.size(), 1);
    QCOMPARE(model.appJsonFiles.first().env.size(), 5);
    QList<QList<EnvVar>> sources{model.appJsonFiles.first().env};
    // Every formation process carries the app's env
    QCOMPARE(model.workloads.size(), 2);
    for (const Workload &workload : model.workloads) {
        QCOMPARE(workload.containers.size(), 1);
        sources.append(workload.containers.first().env);
    }
    for (const QList<EnvVar> &vars : std::as_const(sources)) {
        const EnvVar *var = findVar(vars, name);
        QVERIFY(var);
        QCOMPARE(var->kind, kind);
        QCOMPARE(var->value, value);
        QCOMPARE(var->refName, refName);
        QCOMPARE(var->required, required);
        QCOMPARE(var->location.path, u"app.json"_s);
        QCOMPARE(var->location.line, line);
        QCOMPARE(var->location.column, column);
    }
}

void TestAppJsonParser::formation_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("replicas");
    QTest::addColumn<QString>("size");
    QTest::addColumn<int>("line");

    QTest::addRow("web") << 0 << u"web"_s << 2 << u"standard-1x"_s << 26;
    QTest::addRow("worker") << 1 << u"worker"_s << 1 << u"standard-2x"_s << 27;
}

void TestAppJsonParser::formation()
{
    QFETCH(int, index);
    QFETCH(QString, type);
    QFETCH(int, replicas);
    QFETCH(QString, size);
    QFETCH(int, line);

    const DeploymentModel model = parse(djangoAppJson);
    QCOMPARE(model.workloads.size(), 2);
    const Workload &workload = model.workloads.at(index);
    QCOMPARE(workload.name, type);
    QCOMPARE(workload.processType, type);
    QCOMPARE(workload.kind, WorkloadKind::HerokuFormation);
    QCOMPARE(workload.format, SourceFormat::AppJson);
    QCOMPARE(workload.location, (Location{u"app.json"_s, line, 5}));
    QCOMPARE(workload.replicas, std::optional<int>(replicas));
    QCOMPARE(workload.replicasLocation.line, line);
    QVERIFY(workload.replicasLocation.column > 5);
    QCOMPARE(workload.containers.size(), 1);
    const Container &container = workload.containers.first();
    QCOMPARE(container.name, type);
    QCOMPARE(container.resources.limits.value(u"size"_s), size);
    QCOMPARE(container.resources.location.line, line);
    QVERIFY(container.command.isEmpty()); // the Procfile says what runs
}

void TestAppJsonParser::scripts_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<int>("line");

    QTest::addRow("postdeploy string")
        << 0 << u"postdeploy"_s << u"python manage.py migrate && python manage.py loaddata seed.json"_s
        << QString() << 30;
    QTest::addRow("pr-predestroy object")
        << 1 << u"pr-predestroy"_s << u"python manage.py flush --noinput"_s << QString() << 31;
    QTest::addRow("review postdeploy")
        << 2 << u"postdeploy"_s << u"python manage.py loaddata review.json"_s << u"review"_s << 45;
}

void TestAppJsonParser::scripts()
{
    QFETCH(int, index);
    QFETCH(QString, name);
    QFETCH(QString, command);
    QFETCH(QString, environment);
    QFETCH(int, line);

    const DeploymentModel model = parse(djangoAppJson);
    // Heroku CI's test and test-setup are not admin tasks
    QCOMPARE(model.adminTasks.size(), 3);
    const AdminTask &task = model.adminTasks.at(index);
    QCOMPARE(task.kind, AdminTask::Kind::AppJsonScript);
    QCOMPARE(task.name, name);
    QCOMPARE(task.command, command);
    QCOMPARE(task.environment, environment);
    QCOMPARE(task.location.path, u"app.json"_s);
    QCOMPARE(task.location.line, line);
}

void TestAppJsonParser::addons_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<int>("line");

    QTest::addRow("plan string") << 0 << u"heroku-postgresql"_s << u"heroku-postgresql:essential-0"_s
                                 << QString() << 34;
    QTest::addRow("object with as") << 1 << u"CACHE"_s << u"heroku-redis:mini"_s << QString() << 35;
    QTest::addRow("test environment")
        << 2 << u"heroku-postgresql"_s << u"heroku-postgresql:in-dyno"_s << u"test"_s << 39;
}

void TestAppJsonParser::addons()
{
    QFETCH(int, index);
    QFETCH(QString, name);
    QFETCH(QString, plan);
    QFETCH(QString, environment);
    QFETCH(int, line);

    const DeploymentModel model = parse(djangoAppJson);
    QCOMPARE(model.addons.size(), 3);
    const PlatformAddon &addon = model.addons.at(index);
    QCOMPARE(addon.kind, u"heroku-addon"_s);
    QCOMPARE(addon.name, name);
    QCOMPARE(addon.plan, plan);
    QCOMPARE(addon.environment, environment);
    QCOMPARE(addon.location.line, line);
}

void TestAppJsonParser::environments()
{
    const DeploymentModel model = parse(djangoAppJson);
    QCOMPARE(model.platformEnvironments.size(), 2);

    const PlatformEnvironment &test = model.platformEnvironments.at(0);
    QCOMPARE(test.name, u"test"_s);
    QCOMPARE(test.sourcePath, u"app.json"_s);
    QCOMPARE(test.location, (Location{u"app.json"_s, 38, 5}));
    QCOMPARE(test.addons, QStringList{u"heroku-postgresql:in-dyno"_s});
    QCOMPARE(test.formation, (QMap<QString, int>{{u"test"_s, 2}}));
    QCOMPARE(test.env.size(), 1);
    QCOMPARE(test.env.first().name, u"DJANGO_DEBUG"_s);
    QCOMPARE(test.env.first().value, u"true"_s);
    QCOMPARE(test.env.first().kind, ValueKind::Literal);
    QCOMPARE(test.env.first().location.line, 40);

    const PlatformEnvironment &review = model.platformEnvironments.at(1);
    QCOMPARE(review.name, u"review"_s);
    QCOMPARE(review.location.line, 44);
    QCOMPARE(review.formation, (QMap<QString, int>{{u"web"_s, 1}}));
    QVERIFY(review.env.isEmpty());
    QVERIFY(review.addons.isEmpty());
}

void TestAppJsonParser::appInfo()
{
    const DeploymentModel model = parse(djangoAppJson);
    QCOMPARE(model.appJsonFiles.size(), 1);
    const AppJsonInfo &info = model.appJsonFiles.first();
    QCOMPARE(info.path, u"app.json"_s);
    QCOMPARE(info.name, u"Django Getting Started"_s);
    QCOMPARE(info.stack, u"heroku-22"_s);
    QCOMPARE(info.buildpacks, QStringList{u"heroku/python"_s});
    QVERIFY(info.image.isEmpty());
    QCOMPARE(info.location.line, 1);
}

void TestAppJsonParser::withoutFormationKeepsEnv()
{
    const DeploymentModel model = parse(R"({
  "name": "node-js-getting-started",
  "env": {
    "NODE_ENV": "production",
    "SESSION_SECRET": {"generator": "secret"}
  },
  "addons": ["heroku-postgresql"]
}
)",
                                        u"services/api/app.json"_s);
    QVERIFY2(model.diagnostics.isEmpty(), qPrintable(diagnosticsText(model.diagnostics)));
    QVERIFY(model.workloads.isEmpty()); // the Procfile gives the processes
    QCOMPARE(model.appJsonFiles.size(), 1);
    const QList<EnvVar> &env = model.appJsonFiles.first().env;
    QCOMPARE(env.size(), 2);
    QCOMPARE(env.at(0).name, u"NODE_ENV"_s);
    QCOMPARE(env.at(0).location, (Location{u"services/api/app.json"_s, 4, 5}));
    QCOMPARE(env.at(1).kind, ValueKind::SecretRef);
    QCOMPARE(model.addons.size(), 1);
    QCOMPARE(model.addons.first().name, u"heroku-postgresql"_s);
    QCOMPARE(model.addons.first().plan, u"heroku-postgresql"_s);
}

void TestAppJsonParser::legacyFormationArray()
{
    const DeploymentModel model = parse(R"({
  "formation": [
    {"process": "web", "quantity": 2},
    {"quantity": 1},
    {"process": "clock", "quantity": 1, "size": "basic"}
  ]
}
)");
    QCOMPARE(model.workloads.size(), 2);
    QCOMPARE(model.workloads.at(0).name, u"web"_s);
    QCOMPARE(model.workloads.at(0).replicas, std::optional<int>(2));
    QCOMPARE(model.workloads.at(0).location.line, 3);
    QCOMPARE(model.workloads.at(1).name, u"clock"_s);
    QCOMPARE(model.workloads.at(1).containers.first().resources.limits.value(u"size"_s), u"basic"_s);
    QCOMPARE(model.diagnostics.size(), 1);
    QCOMPARE(model.diagnostics.first().location.line, 4);
}

void TestAppJsonParser::diagnosticsNameKeysNotValues()
{
    const DeploymentModel model = parse(R"({
  "env": {
    "STRIPE_SECRET_KEY": {"value": ["sk_live_51HxQ2eKq8VtP3mZr"]},
    "DATABASE_URL": ["postgres://app:hunter2@db.internal/app"]
  }
}
)");
    QCOMPARE(model.diagnostics.size(), 2);
    QCOMPARE(model.diagnostics.at(0).location.line, 3);
    QVERIFY(model.diagnostics.at(0).message.contains(u"STRIPE_SECRET_KEY"));
    QCOMPARE(model.diagnostics.at(1).location.line, 4);
    QVERIFY(model.diagnostics.at(1).message.contains(u"DATABASE_URL"));
    for (const Diagnostic &diagnostic : model.diagnostics) {
        QVERIFY(!diagnostic.message.contains(u"sk_live"));
        QVERIFY(!diagnostic.message.contains(u"hunter2"));
    }
    // Both stay declared, with no value
    QCOMPARE(model.appJsonFiles.first().env.size(), 2);
    QCOMPARE(model.appJsonFiles.first().env.at(0).kind, ValueKind::Unset);
    QVERIFY(model.appJsonFiles.first().env.at(0).value.isEmpty());
}

void TestAppJsonParser::jsonSyntax_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("quantity");

    QTest::addRow("minified") << QByteArray(
                                     R"({"env":{"GREETING":"hi there"},"formation":{"web":{"quantity":3}}})")
                              << u"hi there"_s << 3;
    QTest::addRow("tab indented")
        << QByteArray("{\n\t\"env\": {\n\t\t\"GREETING\": \"tabs\"\n\t},\n\t\"formation\": "
                      "{\"web\": {\"quantity\": 2}}\n}\n")
        << u"tabs"_s << 2;
    QTest::addRow("escapes")
        << QByteArray(
               R"({"env": {"GREETING": "caf\u00e9 \/ \"quoted\""}, "formation": {"web": {"quantity": 0}}})")
        << u"café / \"quoted\""_s << 0;
    QTest::addRow("crlf and bom") << QByteArray("\xEF\xBB\xBF{\r\n  \"env\": {\"GREETING\": \"windows\"},\r\n"
                                                "  \"formation\": {\"web\": {\"quantity\": 1}}\r\n}\r\n")
                                  << u"windows"_s << 1;
}

void TestAppJsonParser::jsonSyntax()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, value);
    QFETCH(int, quantity);

    const DeploymentModel model = parse(text);
    QVERIFY2(model.diagnostics.isEmpty(), qPrintable(diagnosticsText(model.diagnostics)));
    QCOMPARE(model.workloads.size(), 1);
    QCOMPARE(model.workloads.first().replicas, std::optional<int>(quantity));
    QCOMPARE(model.workloads.first().containers.first().env.size(), 1);
    QCOMPARE(model.workloads.first().containers.first().env.first().value, value);
}

void TestAppJsonParser::malformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<DiagnosticSeverity>("severity");
    QTest::addColumn<int>("workloads");
    QTest::addColumn<int>("envVars");
    QTest::addColumn<int>("addons");

    QTest::addRow("missing comma") << QByteArray(
                                          "{\n  \"env\": {\n    \"A\": \"1\"\n    \"B\": \"2\"\n  }\n}\n")
                                   << 4 << DiagnosticSeverity::Error << 0 << 0 << 0;
    QTest::addRow("unclosed object") << QByteArray("{\n  \"env\": {\"A\": \"1\"},\n  \"formation\": {\n") << 3
                                     << DiagnosticSeverity::Error << 0 << 0 << 0;
    QTest::addRow("env is an array")
        << QByteArray("{\n  \"env\": [\"A\", \"B\"],\n  \"formation\": {\"web\": {\"quantity\": 1}}\n}\n")
        << 2 << DiagnosticSeverity::Warning << 1 << 0 << 0;
    QTest::addRow("quantity is not a number")
        << QByteArray("{\n  \"formation\": {\n    \"web\": {\"quantity\": \"two\"},\n"
                      "    \"worker\": {\"quantity\": 1}\n  }\n}\n")
        << 3 << DiagnosticSeverity::Warning << 2 << 0 << 0;
    QTest::addRow("formation is a string")
        << QByteArray("{\n  \"env\": {\"A\": \"1\"},\n  \"formation\": \"web=1\"\n}\n") << 3
        << DiagnosticSeverity::Warning << 0 << 1 << 0;
    QTest::addRow("add-on without plan") << QByteArray("{\n  \"addons\": [\n    {\"as\": \"CACHE\"},\n"
                                                       "    \"papertrail:choklad\"\n  ]\n}\n")
                                         << 3 << DiagnosticSeverity::Warning << 0 << 0 << 1;
    QTest::addRow("unknown generator")
        << QByteArray("{\n  \"env\": {\n    \"TOKEN\": {\"generator\": \"uuid\"},\n"
                      "    \"LANG\": \"en_US.UTF-8\"\n  }\n}\n")
        << 3 << DiagnosticSeverity::Warning << 0 << 2 << 0;
    QTest::addRow("required is not a boolean")
        << QByteArray("{\"env\": {\n  \"A\": {\"required\": \"maybe\"}\n}}\n") << 2
        << DiagnosticSeverity::Warning << 0 << 1 << 0;
    QTest::addRow("scripts is a string")
        << QByteArray("{\n  \"scripts\": \"make deploy\",\n  \"env\": {\"A\": \"1\"}\n}\n") << 2
        << DiagnosticSeverity::Warning << 0 << 1 << 0;
    QTest::addRow("top level is an array")
        << QByteArray("[\n  {\"env\": {}}\n]\n") << 1 << DiagnosticSeverity::Error << 0 << 0 << 0;
    QTest::addRow("YAML instead of JSON")
        << QByteArray("env:\n  LANG: en_US.UTF-8\n") << 1 << DiagnosticSeverity::Warning << 0 << 1 << 0;
    QTest::addRow("empty file") << QByteArray("  \n") << 1 << DiagnosticSeverity::Warning << 0 << 0 << 0;
}

void TestAppJsonParser::malformed()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(DiagnosticSeverity, severity);
    QFETCH(int, workloads);
    QFETCH(int, envVars);
    QFETCH(int, addons);

    const DeploymentModel model = parse(text, u"heroku/app.json"_s);
    QVERIFY2(model.diagnostics.size() == 1, qPrintable(diagnosticsText(model.diagnostics)));
    const Diagnostic &diagnostic = model.diagnostics.first();
    QCOMPARE(diagnostic.location.path, u"heroku/app.json"_s);
    QCOMPARE(diagnostic.location.line, line);
    QCOMPARE(diagnostic.severity, severity);
    QVERIFY(!diagnostic.message.isEmpty());
    QCOMPARE(model.workloads.size(), workloads);
    QCOMPARE(model.appJsonFiles.isEmpty() ? 0 : model.appJsonFiles.first().env.size(), envVars);
    QCOMPARE(model.addons.size(), addons);
}

void TestAppJsonParser::hostileInput_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("expectDiagnostic");

    QTest::addRow("deep arrays") << QByteArray(100000, '[') << true;
    QByteArray deepObjects;
    for (int i = 0; i < 50000; ++i)
        deepObjects += "{\"a\":";
    QTest::addRow("deep objects") << deepObjects << true;
    QTest::addRow("binary junk") << QByteArray("\x00\x01\x02{\xff\xfe\"env\"", 11) << true;
    QTest::addRow("invalid UTF-8 in a value") << QByteArray("{\"env\": {\"A\": \"\xff\xfe\xfd\"}}") << false;
    QByteArray wide = "{\"env\": {";
    for (int i = 0; i < 3000; ++i)
        wide += "\"V" + QByteArray::number(i) + "\": \"x\",";
    wide += "\"LAST\": \"y\"}, \"formation\": {";
    for (int i = 0; i < 3000; ++i)
        wide += "\"p" + QByteArray::number(i) + "\": {\"quantity\": 1},";
    wide += "\"last\": {\"quantity\": 1}}}";
    QTest::addRow("many processes times many variables") << wide << false;
}

void TestAppJsonParser::hostileInput()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, expectDiagnostic);

    QElapsedTimer timer;
    timer.start();
    const DeploymentModel model = parse(text);
    QVERIFY2(timer.elapsed() < 20000, "parsing took too long");
    QCOMPARE(!model.diagnostics.isEmpty(), expectDiagnostic);
    for (const Diagnostic &diagnostic : model.diagnostics)
        QCOMPARE(diagnostic.location.path, u"app.json"_s);
}

QTEST_GUILESS_MAIN(TestAppJsonParser)
#include "tst_appjsonparser.moc"
