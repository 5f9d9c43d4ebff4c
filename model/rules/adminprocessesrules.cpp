#include "factorrules.h"

#include "runtimetraits.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace tfi {

namespace {

constexpr int factorNumber = 12;

enum RuleIndex
{
    MigrationAtStartup,
    MigrationInInitContainer,
    CronJobNoStartingDeadline,
    CronJobNoActiveDeadline,
};

// Schema migration commands of common frameworks and tools.
std::optional<QRegularExpressionMatch> migrationIn(const QString &text)
{
    static const QRegularExpression migration(QStringLiteral(
        R"((?:^|[^\w.-])(?:)"
        R"((?:\S*/)?manage\.py\s+migrate(?![\w:-])|django-admin(?:\.py)?\s+migrate(?![\w:-])|)"
        R"((?:\S*/)?(?:rake|rails)\s+db:(?:migrate|prepare|setup)(?![\w:-])|)"
        R"(alembic\b[^;&|\n]*\supgrade\b|flask\s+db\s+upgrade\b|flyway\b[^;&|\n]*\smigrate\b|)"
        R"(prisma\s+migrate\s+deploy\b|prisma\s+db\s+push\b|knex\s+migrate:latest\b|)"
        R"(sequelize(?:-cli)?\s+db:migrate(?![\w:-])|typeorm(?:-ts-node-\w+)?\s+migration:run\b|)"
        R"(goose\b[^;&|\n]*\sup\b|artisan\s+migrate(?![\w:-])|liquibase\b[^;&|\n]*\supdate\b|)"
        R"((?:npm|yarn|pnpm)\s+(?:run\s+)?(?:db:)?migrat\S*|diesel\s+migration\s+run\b|sqlx\s+migrate\s+run\b|)"
        R"(mix\s+ecto\.migrate\b|ecto\.migrate\b|migrate\s+(?:-\S+\s+\S+\s+)*up\b))"));
    QRegularExpressionMatch match = migration.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return match;
}

QString migrationCommand(const QRegularExpressionMatch &match)
{
    QString text = match.captured().trimmed();
    while (!text.isEmpty() && !text.at(0).isLetterOrNumber() && text.at(0) != u'.' && text.at(0) != u'/')
        text.remove(0, 1);
    return text.simplified();
}

// Segments around the migration that only prepare the shell or wait; anything else is the app.
bool isTrivialSegment(const QString &segment)
{
    static const QRegularExpression trivial(QStringLiteral(
        R"(^(?:echo|printf|set|cd|export|true|:|sleep|source|\.|wait-for-it\S*|wait-for\S*|dockerize|umask|exit|fi|done)\b)"));
    return trivial.match(segment).hasMatch();
}

// The migration runs and then something else keeps going in the same process: the app starts.
bool chainedWithApp(const QString &text)
{
    const QStringList segments = runtime::shellSegments(text);
    for (const QString &segment : segments) {
        if (!migrationIn(segment) && !isTrivialSegment(segment))
            return true;
    }
    return false;
}

// Migrations behind a switch (RUN_MIGRATIONS=true) are a deliberate, per-environment choice.
bool gatedBySwitch(const runtime::ScriptLine &line)
{
    static const QRegularExpression migrationSwitch(QStringLiteral(R"(\$\{?\w*MIGRAT\w*)"),
                                                    QRegularExpression::CaseInsensitiveOption);
    if (migrationSwitch.match(line.text).hasMatch())
        return true;
    for (const runtime::ScriptCondition &condition : line.conditions) {
        if (migrationSwitch.match(condition.text).hasMatch())
            return true;
    }
    return false;
}

class AdminProcessesCheck
{
public:
    explicit AdminProcessesCheck(RuleContext &context)
        : m_context(context), m_model(context.model()), m_places(context.model()),
          m_rules(adminProcessesRules()), m_findings(context)
    {}

    void run()
    {
        checkStartCommands();
        checkDockerfiles();
        checkInitContainers();
        checkCronJobs();
        creditAdminTasks();
        if (m_applicable || hasMigrationTooling())
            m_context.markApplicable(factorNumber);
        else
            m_context.setNotApplicableReason(
                factorNumber,
                QCoreApplication::translate(
                    "tfi::Rules", "the repository declares no admin tasks, jobs or database migrations"));
    }

private:
    const RuleInfo &rule(RuleIndex index) const { return m_rules.at(index); }

    void reportStartupMigration(const Location &location, const QString &message, const FindingScope &scope,
                                const QString &subject)
    {
        m_applicable = true;
        m_findings.add(rule(MigrationAtStartup), location, message, scope, subject);
    }

    void checkScript(const QString &path, const QString &process, const FindingScope &scope)
    {
        if (path.isEmpty() || m_places.isDevFile(path))
            return;
        const QList<runtime::ScriptLine> lines = runtime::startupLinesOfScript(m_context.lines(path));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const runtime::ScriptLine &line = lines.at(i);
            const std::optional<QRegularExpressionMatch> match = migrationIn(line.text);
            if (!match)
                continue;
            m_applicable = true;
            if (gatedBySwitch(line))
                continue;
            // A script that only migrates is a one-off admin process; a start script goes on to run the app.
            const bool startsApp =
                std::any_of(lines.cbegin() + i + 1, lines.cend(), [](const runtime::ScriptLine &next) {
                    const QString text = next.text.trimmed();
                    return !migrationIn(text) && !isTrivialSegment(text) && text != u"fi" && text != u"done";
                });
            if (!startsApp)
                continue;
            const QString command = migrationCommand(*match);
            reportStartupMigration(
                {path, line.number, int(match->capturedStart()) + 1},
                QCoreApplication::translate(
                    "tfi::Rules", "%1, the start script of %2, runs \"%3\" every time a process starts; "
                                  "replicas race on the schema and a failed migration becomes a crash loop.")
                    .arg(path, process, command),
                scope, command);
        }
    }

    QString workloadNameFor(const DockerfileInfo &dockerfile) const
    {
        for (const Workload &workload : m_model.workloads) {
            if (workload.dockerfilePath == dockerfile.path)
                return workload.name;
        }
        return {};
    }

    void checkStartCommands()
    {
        const RepoSnapshot *snapshot = m_context.snapshot();
        for (const Workload *workload : runtime::allProcesses(m_model)) {
            if (workload->format == SourceFormat::Dockerfile)
                continue;
            if (workload->kind == WorkloadKind::Job || workload->kind == WorkloadKind::CronJob) {
                m_applicable = true;
                continue; // one-off processes are where migrations belong
            }
            if (!runtime::isLongRunning(*workload))
                continue;
            const FindingScope scope{workload->name, workload->environment, workload->format};
            for (const Container &container : workload->containers) {
                if (container.init)
                    continue;
                const runtime::CommandText command = runtime::commandTextOf(container);
                if (command.text.trimmed().isEmpty())
                    continue;
                Location location =
                    container.commandLocation.isValid() ? container.commandLocation : container.location;
                if (m_places.isDevValue(*workload, location))
                    continue;
                if (const std::optional<QRegularExpressionMatch> match = migrationIn(command.text)) {
                    m_applicable = true;
                    if (chainedWithApp(command.text)) {
                        if (workload->format == SourceFormat::Procfile)
                            location.column += int(match->capturedStart());
                        const QString migration = migrationCommand(*match);
                        reportStartupMigration(
                            location,
                            QCoreApplication::translate(
                                "tfi::Rules", "%1 (%2) runs \"%3\" in its start command, so every process "
                                              "that starts runs the migration; replicas race on the schema "
                                              "and a failed migration becomes a crash loop.")
                                .arg(workload->name, location.path, migration),
                            scope, migration);
                    }
                }
                if (snapshot) {
                    const QStringList words =
                        command.viaShell ? splitShellWords(command.text) : command.words;
                    const QString near = workload->dockerfilePath.isEmpty()
                                             ? workload->location.path.section(u'/', 0, -2)
                                             : workload->dockerfilePath.section(u'/', 0, -2);
                    checkScript(runtime::scriptFileFor(words, near, *snapshot),
                                QCoreApplication::translate("tfi::Rules", "%1 (%2)")
                                    .arg(workload->name, location.path),
                                scope);
                }
            }
        }
    }

    void checkDockerfiles()
    {
        const RepoSnapshot *snapshot = m_context.snapshot();
        for (const DockerfileInfo &dockerfile : m_model.dockerfiles) {
            if (runtime::isDevPath(dockerfile.path))
                continue;
            const FindingScope scope{workloadNameFor(dockerfile), QString(), SourceFormat::Dockerfile};
            QStringList words;
            const auto look = [&](const QStringList &part, bool shellForm, const Location &location,
                                  const QString &instruction) {
                if (part.isEmpty() || !location.isValid() || runtime::isOversizedCommand(part))
                    return;
                const QString text =
                    shellForm ? part.join(u' ') : runtime::shellScriptOf(part).value_or(part.join(u' '));
                words.append(shellForm ? splitShellWords(text) : part);
                const std::optional<QRegularExpressionMatch> match = migrationIn(text);
                if (!match)
                    return;
                m_applicable = true;
                if (!chainedWithApp(text))
                    return;
                const QString migration = migrationCommand(*match);
                reportStartupMigration(
                    location,
                    QCoreApplication::translate(
                        "tfi::Rules", "%1 in %2 runs \"%3\" before the app, so every container that starts "
                                      "runs the migration; replicas race on the schema and a failed "
                                      "migration becomes a crash loop.")
                        .arg(instruction, dockerfile.path, migration),
                    scope, migration);
            };
            look(dockerfile.entrypoint, dockerfile.entrypointShellForm, dockerfile.entrypointLocation,
                 QStringLiteral("ENTRYPOINT"));
            if (!(dockerfile.entrypointShellForm && !dockerfile.entrypoint.isEmpty()))
                look(dockerfile.cmd, dockerfile.cmdShellForm, dockerfile.cmdLocation, QStringLiteral("CMD"));
            if (snapshot)
                checkScript(runtime::scriptFileFor(words, dockerfile.path.section(u'/', 0, -2), *snapshot),
                            dockerfile.path, scope);
        }
    }

    void checkInitContainers()
    {
        for (const Workload &workload : m_model.workloads) {
            if (workload.format != SourceFormat::Kubernetes ||
                !runtime::isLongRunningKubernetes(workload.kind))
                continue;
            for (const Container &container : workload.containers) {
                if (!container.init)
                    continue;
                const runtime::CommandText command = runtime::commandTextOf(container);
                const std::optional<QRegularExpressionMatch> match = migrationIn(command.text);
                if (!match)
                    continue;
                m_applicable = true;
                const Location location =
                    container.commandLocation.isValid() ? container.commandLocation : container.location;
                if (m_places.isDevValue(workload, location))
                    continue;
                const QString migration = migrationCommand(*match);
                m_findings.add(
                    rule(MigrationInInitContainer), location,
                    QCoreApplication::translate(
                        "tfi::Rules",
                        "Init container \"%1\" of %2 (%3) runs \"%4\" in every pod it starts, so "
                        "replicas and the old and new pods of a rolling update race on the schema.")
                        .arg(container.name, workload.name, location.path, migration),
                    {workload.name, workload.environment, workload.format}, container.name);
            }
        }
    }

    void checkCronJobs()
    {
        for (const Workload &workload : m_model.workloads) {
            if (workload.kind != WorkloadKind::CronJob)
                continue;
            m_applicable = true;
            if (m_places.isDevWorkload(workload))
                continue;
            const FindingScope scope{workload.name, workload.environment, workload.format};
            if (!workload.startingDeadlineSeconds) {
                m_findings.add(
                    rule(CronJobNoStartingDeadline), workload.location,
                    QCoreApplication::translate(
                        "tfi::Rules",
                        "CronJob %1 (%2) sets no startingDeadlineSeconds: a run that cannot start on "
                        "time may start arbitrarily late, and after more than 100 missed schedules "
                        "the CronJob is not scheduled at all.")
                        .arg(workload.name, workload.location.path),
                    scope, QStringLiteral("startingDeadlineSeconds"));
            }
            // With Replace the next schedule stops a hung run anyway.
            // Only Forbid turns one hung run into no runs at all; with Replace the next schedule stops it,
            // and with Allow the schedule goes on.
            if (!workload.activeDeadlineSeconds && workload.concurrencyPolicy == u"Forbid") {
                m_findings.add(
                    rule(CronJobNoActiveDeadline), workload.location,
                    QCoreApplication::translate(
                        "tfi::Rules",
                        "The jobs of CronJob %1 (%2) set no activeDeadlineSeconds: a run that hangs is "
                        "never stopped and, with concurrencyPolicy Forbid, blocks every later run.")
                        .arg(workload.name, workload.location.path),
                    scope, QStringLiteral("activeDeadlineSeconds"));
            }
        }
    }

    void creditAdminTasks()
    {
        for (const AdminTask &task : m_model.adminTasks) {
            m_applicable = true;
            QString text;
            switch (task.kind) {
            case AdminTask::Kind::ProcfileRelease:
                text = QCoreApplication::translate(
                    "tfi::Rules",
                    "The Procfile's release phase runs admin tasks once per release, not in every "
                    "process.");
                break;
            case AdminTask::Kind::FlyReleaseCommand:
                text = QCoreApplication::translate(
                    "tfi::Rules",
                    "fly.toml runs a release_command once per deploy, before the new machines start.");
                break;
            case AdminTask::Kind::AppJsonScript:
                text = QCoreApplication::translate("tfi::Rules",
                                                   "app.json runs the %1 script as a one-off process.")
                           .arg(task.name);
                break;
            case AdminTask::Kind::KubernetesJob:
                text =
                    QCoreApplication::translate(
                        "tfi::Rules", "Job %1 runs as a one-off process in the same environment as the app.")
                        .arg(task.name);
                break;
            case AdminTask::Kind::HelmHook:
                text = QCoreApplication::translate(
                           "tfi::Rules", "Helm hook %1 (%2) runs as a one-off process of the release.")
                           .arg(task.name, task.hookTypes.join(QStringLiteral(", ")));
                break;
            case AdminTask::Kind::RenderPreDeploy:
                text = QCoreApplication::translate(
                    "tfi::Rules",
                    "render.yaml runs a preDeployCommand once per deploy, before the new instances start.");
                break;
            }
            m_context.credit(factorNumber, text, task.location);
        }
    }

    bool hasMigrationTooling() const
    {
        const RepoSnapshot *snapshot = m_context.snapshot();
        if (!snapshot)
            return false;
        static const QRegularExpression tooling(
            QStringLiteral(R"((^|/)(alembic\.ini|manage\.py|schema\.prisma|knexfile\.[jt]s|flyway\.conf|)"
                           R"(\.sequelizerc)$|(^|/)(db/migrate|migrations|prisma/migrations)/)"));
        for (const SourceFile &file : snapshot->files()) {
            if (!runtime::isVendoredOrTestPath(file.path) && tooling.match(file.path).hasMatch())
                return true;
        }
        return false;
    }

    RuleContext &m_context;
    const DeploymentModel &m_model;
    const runtime::PlaceClassifier m_places;
    const QList<RuleInfo> &m_rules;
    runtime::FindingCollector m_findings;
    bool m_applicable = false;
};

} // namespace

const QList<RuleInfo> &adminProcessesRules()
{
    // Order matches RuleIndex.
    static const QList<RuleInfo> rules = {
        {
            "admin-processes.migration-at-startup",
            factorNumber,
            Severity::Warning,
            QT_TRANSLATE_NOOP("tfi::Rules", "Database migrations run when the app starts"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Admin tasks such as schema migrations run as one-off processes against a release, "
                "not inside the long-running processes. Run at start, a migration executes in every "
                "replica and on every restart: replicas race on the schema, start-up gets slow, and "
                "a failing migration turns into a crash loop."),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Run migrations once per release in a one-off process (a release phase, a "
                "pre-deploy command, a Kubernetes Job or Helm hook) and start the app without them."),
            {{SourceFormat::Procfile,
              QT_TRANSLATE_NOOP("tfi::Rules", "release: python manage.py migrate\nweb: gunicorn app.wsgi")},
             {SourceFormat::Kubernetes,
              QT_TRANSLATE_NOOP(
                  "tfi::Rules",
                  "kind: Job\nmetadata:\n  annotations:\n    \"helm.sh/hook\": pre-upgrade,pre-install\n"
                  "spec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n"
                  "        - name: migrate\n          command: [\"python\", \"manage.py\", \"migrate\"]")},
             {SourceFormat::Compose,
              QT_TRANSLATE_NOOP("tfi::Rules",
                                "migrate:\n  build: .\n  command: [\"python\", \"manage.py\", \"migrate\"]\n"
                                "  restart: \"no\"\nweb:\n  depends_on:\n    migrate:\n"
                                "      condition: service_completed_successfully")},
             {SourceFormat::Dockerfile,
              QT_TRANSLATE_NOOP("tfi::Rules",
                                "CMD [\"gunicorn\", \"app.wsgi\"]  # migrations run in a release job")},
             {SourceFormat::FlyToml,
              QT_TRANSLATE_NOOP("tfi::Rules", "[deploy]\n  release_command = \"python manage.py migrate\"")},
             {SourceFormat::RenderYaml,
              QT_TRANSLATE_NOOP("tfi::Rules", "preDeployCommand: python manage.py migrate")}},
            {},
        },
        {
            "admin-processes.migration-in-init-container",
            factorNumber,
            Severity::Warning,
            QT_TRANSLATE_NOOP("tfi::Rules", "An init container runs migrations in every pod"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Admin processes run once, as one-off processes of a release. An init container "
                "runs in every pod of the workload, so each replica and both sides of a rolling "
                "update apply the same migration concurrently."),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Move the migration into a Kubernetes Job (or a Helm pre-upgrade hook, or an Argo CD "
                "PreSync hook) that runs once per release, before the new pods roll out."),
            {{SourceFormat::Kubernetes,
              QT_TRANSLATE_NOOP(
                  "tfi::Rules",
                  "kind: Job\nmetadata:\n  name: migrate\n  annotations:\n"
                  "    \"helm.sh/hook\": pre-upgrade,pre-install\nspec:\n  backoffLimit: 0\n"
                  "  template:\n    spec:\n      restartPolicy: Never\n      containers:\n"
                  "        - name: migrate\n          command: [\"python\", \"manage.py\", \"migrate\"]")}},
            {},
        },
        {
            "admin-processes.cronjob-no-starting-deadline",
            factorNumber,
            Severity::Info,
            QT_TRANSLATE_NOOP("tfi::Rules", "A CronJob has no starting deadline"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Scheduled admin processes should run when they are due or not at all. Without "
                "startingDeadlineSeconds a delayed run may start at any later time, and once the "
                "controller counts more than 100 missed schedules it stops scheduling the CronJob "
                "altogether."),
            QT_TRANSLATE_NOOP("tfi::Rules",
                              "Set startingDeadlineSeconds to how late a run may still usefully start (for "
                              "example a fraction of the schedule's interval)."),
            {{SourceFormat::Kubernetes,
              QT_TRANSLATE_NOOP("tfi::Rules",
                                "spec:\n  schedule: \"*/15 * * * *\"\n  startingDeadlineSeconds: 300")}},
            {"kube-score:cronjob-has-deadline"},
        },
        {
            "admin-processes.cronjob-no-active-deadline",
            factorNumber,
            Severity::Warning,
            QT_TRANSLATE_NOOP("tfi::Rules", "A hung run of a CronJob blocks all later runs"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Admin processes are one-off: they start, do their work and end. A run without "
                "activeDeadlineSeconds that hangs never ends, and with concurrencyPolicy Forbid the "
                "CronJob starts no other run while it lasts, so the task silently stops happening."),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Set activeDeadlineSeconds on the job template to a limit the task should never "
                "need, so a hung run is stopped and reported as failed."),
            {{SourceFormat::Kubernetes,
              QT_TRANSLATE_NOOP("tfi::Rules",
                                "spec:\n  jobTemplate:\n    spec:\n      activeDeadlineSeconds: 1800\n"
                                "      backoffLimit: 2")}},
            {},
        },
    };
    return rules;
}

void checkAdminProcesses(RuleContext &context)
{
    AdminProcessesCheck(context).run();
}

} // namespace tfi
