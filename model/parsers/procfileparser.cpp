#include "procfileparser.h"

#include "../textutil.h"

#include <QCoreApplication>
#include <QHash>

// Heroku's Procfile: `type: command` per line, the type matching [A-Za-z0-9_-]+.
// `release` is the release phase (an admin task), every other type a process.

namespace tfi {

namespace {

// Beyond this many malformed lines (binary or hostile input) one summary stands for the rest.
constexpr int maxReportedProblems = 100;

bool isTypeChar(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_' ||
           c == u'-';
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool looksBinary(const QByteArray &content)
{
    if (content.contains('\0'))
        return true;
    const QString sample = QString::fromUtf8(content.left(8192));
    qsizetype suspicious = 0;
    for (const QChar c : sample) {
        if (c == QChar::ReplacementCharacter ||
            (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r'))
            ++suspicious;
    }
    return !sample.isEmpty() && suspicious * 10 > sample.size();
}

} // namespace

void parseProcfile(const SourceFile &file, const ParseContext &context, DeploymentModel &out)
{
    if (!file.isText() || looksBinary(file.content)) {
        out.diagnostics.append(
            {{file.path, 0, 0},
             DiagnosticSeverity::Error,
             QCoreApplication::translate("tfi::ProcfileParser",
                                         "the file is not text and was not read as a Procfile")});
        return;
    }
    if (file.content.size() > context.limits.maxFileSize) {
        out.diagnostics.append(
            {{file.path, 0, 0},
             DiagnosticSeverity::Error,
             QCoreApplication::translate("tfi::ProcfileParser",
                                         "the Procfile is larger than the size limit and was not "
                                         "read")});
        return;
    }

    int problems = 0;
    auto warn = [&](int line, int column, const QString &message) {
        if (++problems <= maxReportedProblems)
            out.diagnostics.append({{file.path, line, column}, DiagnosticSeverity::Warning, message});
    };

    QHash<QString, int> definedOnLine; // process type -> line of its first definition
    const QStringList lines = textLines(file.content);
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const QString &line = lines.at(index);
        const int lineNumber = int(index) + 1;
        qsizetype pos = 0;
        while (pos < line.size() && isBlank(line.at(pos)))
            ++pos;
        if (pos == line.size() || line.at(pos) == u'#')
            continue;

        const qsizetype typeStart = pos;
        while (pos < line.size() && isTypeChar(line.at(pos)))
            ++pos;
        const QString type = line.mid(typeStart, pos - typeStart);
        const bool hasColon = pos < line.size() && line.at(pos) == u':';
        qsizetype commandStart = hasColon ? pos + 1 : pos;
        while (commandStart < line.size() && isBlank(line.at(commandStart)))
            ++commandStart;
        qsizetype commandEnd = line.size();
        while (commandEnd > commandStart && line.at(commandEnd - 1).isSpace())
            --commandEnd;
        const QString command = line.mid(commandStart, commandEnd - commandStart);

        if (type.isEmpty() || !hasColon) {
            warn(lineNumber, int(typeStart) + 1,
                 QCoreApplication::translate(
                     "tfi::ProcfileParser",
                     "malformed Procfile line; expected \"type: command\" with a type made "
                     "of letters, digits, \"_\" and \"-\""));
            continue;
        }
        if (command.isEmpty()) {
            warn(lineNumber, int(typeStart) + 1,
                 QCoreApplication::translate("tfi::ProcfileParser", "the process type %1 has no command")
                     .arg(type));
            continue;
        }
        const auto earlier = definedOnLine.constFind(type);
        if (earlier != definedOnLine.constEnd()) {
            warn(lineNumber, int(typeStart) + 1,
                 QCoreApplication::translate(
                     "tfi::ProcfileParser",
                     "the process type %1 is defined again; the definition on line %2 is used")
                     .arg(type)
                     .arg(*earlier));
            continue;
        }
        definedOnLine.insert(type, lineNumber);

        const Location location{file.path, lineNumber, int(typeStart) + 1};
        const Location commandLocation{file.path, lineNumber, int(commandStart) + 1};
        if (type == u"release") {
            AdminTask task;
            task.kind = AdminTask::Kind::ProcfileRelease;
            task.name = type;
            task.command = command;
            task.location = location;
            out.adminTasks.append(task);
            continue;
        }

        Workload workload;
        workload.name = type;
        workload.kind = WorkloadKind::Procfile;
        workload.format = SourceFormat::Procfile;
        workload.processType = type;
        workload.location = location;
        Container container;
        container.name = type;
        container.command = QStringList{command};
        container.commandIsShellForm = true;
        container.commandLocation = commandLocation;
        container.location = location;
        workload.containers.append(container);
        out.workloads.append(workload);
    }

    if (problems > maxReportedProblems) {
        out.diagnostics.append({{file.path, 0, 0},
                                DiagnosticSeverity::Warning,
                                QCoreApplication::translate(
                                    "tfi::ProcfileParser", "%n more problem(s) in this Procfile not reported",
                                    nullptr, problems - maxReportedProblems)});
    }
    if (definedOnLine.isEmpty()) {
        out.diagnostics.append(
            {{file.path, 0, 0},
             DiagnosticSeverity::Warning,
             QCoreApplication::translate("tfi::ProcfileParser", "the Procfile declares no process types")});
    }
}

} // namespace tfi
