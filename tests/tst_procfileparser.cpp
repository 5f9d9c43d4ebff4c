#include "memoryfileindex.h"
#include "parsers/procfileparser.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace tfi;
using namespace Qt::StringLiterals;

namespace {

DeploymentModel parse(const QByteArray &text, const QString &path = QStringLiteral("Procfile"))
{
    test::MemoryFileIndex index;
    const SourceFile &file = index.add(path, text);
    const ParseContext context{index, ParseLimits{}};
    DeploymentModel out;
    parseProcfile(file, context, out);
    return out;
}

QString at(const Location &location)
{
    return QString::number(location.line) + u':' + QString::number(location.column);
}

// "type=command@line:column>commandColumn; ..."
QString describeWorkloads(const QList<Workload> &workloads)
{
    QStringList parts;
    for (const Workload &workload : workloads) {
        const Container &container = workload.containers.first();
        parts.append(workload.name + u'=' + container.command.join(u'|') + u'@' + at(workload.location) +
                     u'>' + QString::number(container.commandLocation.column));
    }
    return parts.join(u"; ");
}

QString describeTasks(const QList<AdminTask> &tasks)
{
    QStringList parts;
    for (const AdminTask &task : tasks)
        parts.append(task.name + u'=' + task.command + u'@' + at(task.location));
    return parts.join(u"; ");
}

QString describeDiagnostics(const Diagnostics &diagnostics)
{
    QStringList parts;
    for (const Diagnostic &diagnostic : diagnostics) {
        parts.append(QString::number(diagnostic.location.line) +
                     (diagnostic.severity == DiagnosticSeverity::Error ? u":E"_s : u":W"_s));
    }
    return parts.join(u", ");
}

const QByteArray railsProcfile = "\xEF\xBB\xBF"
                                 "# Procfile for the storefront\r\n"
                                 "web: bundle exec puma -C config/puma.rb -p $PORT\r\n"
                                 "worker: bundle exec sidekiq -C config/sidekiq.yml\r\n"
                                 "# clock: bundle exec clockwork clock.rb\r\n"
                                 "release: bin/rails db:migrate && bin/rails data:migrate\r\n"
                                 "\r\n"
                                 "assets_sync:bin/rails assets:sync   \r\n";

} // namespace

class TestProcfileParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void railsProcfileDetails();
    void lines_data();
    void lines();
    void messagesNameNoValues();
    void unusableFiles_data();
    void unusableFiles();
    void largeInputStaysLinear();
};

void TestProcfileParser::railsProcfileDetails()
{
    const DeploymentModel out = parse(railsProcfile, QStringLiteral("apps/store/Procfile"));
    QCOMPARE(describeDiagnostics(out.diagnostics), QString());
    QCOMPARE(out.workloads.size(), 3);

    const Workload &web = out.workloads.first();
    QCOMPARE(web.name, QStringLiteral("web"));
    QCOMPARE(web.processType, QStringLiteral("web"));
    QCOMPARE(web.kind, WorkloadKind::Procfile);
    QCOMPARE(web.format, SourceFormat::Procfile);
    QCOMPARE(web.location, (Location{u"apps/store/Procfile"_s, 2, 1}));
    QCOMPARE(web.containers.size(), 1);
    const Container &container = web.containers.first();
    QCOMPARE(container.name, QStringLiteral("web"));
    QCOMPARE(container.command, QStringList{u"bundle exec puma -C config/puma.rb -p $PORT"_s});
    QVERIFY(container.args.isEmpty());
    QVERIFY(container.commandIsShellForm);
    QCOMPARE(container.commandLocation, (Location{u"apps/store/Procfile"_s, 2, 6}));
    QVERIFY(container.image.isEmpty());
    QVERIFY(!web.replicas.has_value());

    QCOMPARE(out.workloads.at(1).name, QStringLiteral("worker"));
    QCOMPARE(out.workloads.at(2).name, QStringLiteral("assets_sync"));
    QCOMPARE(out.workloads.at(2).containers.first().command, QStringList{u"bin/rails assets:sync"_s});

    QCOMPARE(out.adminTasks.size(), 1);
    const AdminTask &release = out.adminTasks.first();
    QCOMPARE(release.kind, AdminTask::Kind::ProcfileRelease);
    QCOMPARE(release.name, QStringLiteral("release"));
    QCOMPARE(release.command, QStringLiteral("bin/rails db:migrate && bin/rails data:migrate"));
    QCOMPARE(release.location, (Location{u"apps/store/Procfile"_s, 5, 1}));
    QVERIFY(release.environment.isEmpty());
}

void TestProcfileParser::lines_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("workloads");
    QTest::addColumn<QString>("tasks");
    QTest::addColumn<QString>("diagnostics");

    QTest::addRow("rails with CRLF and BOM")
        << railsProcfile
        << u"web=bundle exec puma -C config/puma.rb -p $PORT@2:1>6; worker=bundle exec sidekiq -C "
           "config/sidekiq.yml@3:1>9; assets_sync=bin/rails assets:sync@7:1>13"_s
        << u"release=bin/rails db:migrate && bin/rails data:migrate@5:1"_s << QString();
    QTest::addRow("python with comments and tabs")
        << QByteArray("# web: python manage.py runserver\nweb:\tgunicorn app.wsgi --bind 0.0.0.0:$PORT\n"
                      "  # indented comment\nworker: celery -A app worker -l info\n")
        << u"web=gunicorn app.wsgi --bind 0.0.0.0:$PORT@2:1>6; worker=celery -A app worker -l info@4:1>9"_s
        << QString() << QString();
    QTest::addRow("type characters") << QByteArray("Web-2_x: ./run --port=5000\n")
                                     << u"Web-2_x=./run --port=5000@1:1>10"_s << QString() << QString();
    QTest::addRow("indented entry") << QByteArray("  web: npm start\n") << u"web=npm start@1:3>8"_s
                                    << QString() << QString();
    QTest::addRow("colons inside the command")
        << QByteArray("web: bin/server --listen 0.0.0.0:${PORT:-5000}\n")
        << u"web=bin/server --listen 0.0.0.0:${PORT:-5000}@1:1>6"_s << QString() << QString();
    QTest::addRow("no colon") << QByteArray("web bundle exec puma\nworker: sidekiq\n")
                              << u"worker=sidekiq@2:1>9"_s << QString() << u"1:W"_s;
    QTest::addRow("dot in the type") << QByteArray("web.1: node index.js\nweb: node index.js\n")
                                     << u"web=node index.js@2:1>6"_s << QString() << u"1:W"_s;
    QTest::addRow("space before the colon")
        << QByteArray("web : node index.js\n") << QString() << QString() << u"1:W, 0:W"_s;
    QTest::addRow("no type") << QByteArray(": node index.js\nweb: node index.js\n")
                             << u"web=node index.js@2:1>6"_s << QString() << u"1:W"_s;
    QTest::addRow("no command") << QByteArray("web:\nworker:   \nclock: bin/clock\n")
                                << u"clock=bin/clock@3:1>8"_s << QString() << u"1:W, 2:W"_s;
    QTest::addRow("duplicate type, first wins")
        << QByteArray("web: bin/puma\nworker: bin/jobs\nweb: bin/unicorn\n")
        << u"web=bin/puma@1:1>6; worker=bin/jobs@2:1>9"_s << QString() << u"3:W"_s;
    QTest::addRow("duplicate release, first wins")
        << QByteArray("release: bin/migrate\nweb: bin/web\nrelease: bin/seed\n") << u"web=bin/web@2:1>6"_s
        << u"release=bin/migrate@1:1"_s << u"3:W"_s;
    QTest::addRow("release only") << QByteArray("release: ./manage.py migrate --noinput\n") << QString()
                                  << u"release=./manage.py migrate --noinput@1:1"_s << QString();
    QTest::addRow("lone CR line ends")
        << QByteArray("web: a\rworker: b\r") << u"web=a@1:1>6; worker=b@2:1>9"_s << QString() << QString();
    QTest::addRow("empty") << QByteArray() << QString() << QString() << u"0:W"_s;
    QTest::addRow("only comments") << QByteArray("# web: bin/web\n\n") << QString() << QString() << u"0:W"_s;
}

void TestProcfileParser::lines()
{
    QFETCH(QByteArray, text);
    const DeploymentModel out = parse(text);
    QTEST(describeWorkloads(out.workloads), "workloads");
    QTEST(describeTasks(out.adminTasks), "tasks");
    QTEST(describeDiagnostics(out.diagnostics), "diagnostics");
    for (const Workload &workload : out.workloads) {
        QCOMPARE(workload.kind, WorkloadKind::Procfile);
        QCOMPARE(workload.processType, workload.name);
        QCOMPARE(workload.containers.size(), 1);
        QVERIFY(workload.containers.first().commandIsShellForm);
        QCOMPARE(workload.containers.first().commandLocation.line, workload.location.line);
        QVERIFY(workload.name != u"release");
    }
    for (const Diagnostic &diagnostic : out.diagnostics)
        QCOMPARE(diagnostic.location.path, QStringLiteral("Procfile"));
}

void TestProcfileParser::messagesNameNoValues()
{
    const DeploymentModel out =
        parse("web: bin/web\nweb: SECRET_TOKEN=s3cr3t bin/web\nDATABASE_URL=postgres://u:hunter2@db/app\n");
    QCOMPARE(describeDiagnostics(out.diagnostics), u"2:W, 3:W"_s);
    QVERIFY(out.diagnostics.at(0).message.contains(u"web"));
    QVERIFY(out.diagnostics.at(0).message.contains(u'1'));
    for (const Diagnostic &diagnostic : out.diagnostics) {
        QVERIFY(!diagnostic.message.contains(u"s3cr3t"));
        QVERIFY(!diagnostic.message.contains(u"hunter2"));
    }
}

void TestProcfileParser::unusableFiles_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("workloads");
    QTest::addColumn<QString>("diagnostics");

    QTest::addRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << 0 << u"0:E"_s;
    QTest::addRow("invalid UTF-8") << QByteArray(300, '\xfe') << 0 << u"0:E"_s;
    QTest::addRow("one invalid byte in a command")
        << QByteArray("web: ./start --greeting=caf\xe9 --port $PORT\nworker: ./jobs\n") << 2 << QString();
}

void TestProcfileParser::unusableFiles()
{
    QFETCH(QByteArray, text);
    const DeploymentModel out = parse(text);
    QTEST(int(out.workloads.size()), "workloads");
    QTEST(describeDiagnostics(out.diagnostics), "diagnostics");
}

void TestProcfileParser::largeInputStaysLinear()
{
    QByteArray text;
    for (int i = 0; i < 50000; ++i)
        text +=
            "proc" + QByteArray::number(i) + ": bin/run " + QByteArray::number(i) + "\nnot a process line\n";
    text += "web: " + QByteArray(4 * 1024 * 1024, 'x') + "\n";
    QElapsedTimer timer;
    timer.start();
    const DeploymentModel out = parse(text);
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(out.workloads.size(), 50001);
    QCOMPARE(out.workloads.last().name, QStringLiteral("web"));
    QCOMPARE(out.workloads.last().location.line, 100001);
    QCOMPARE(out.diagnostics.size(), 101); // 100 reported and one summary
    QVERIFY2(out.diagnostics.last().message.contains(u"49900"), qPrintable(out.diagnostics.last().message));
}

QTEST_GUILESS_MAIN(TestProcfileParser)
#include "tst_procfileparser.moc"
