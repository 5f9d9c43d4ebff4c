#include "editorlauncher.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QUrl>

namespace tfi {

EditorInvocation editorInvocation(const QString &editorCommand, const QString &file, int line)
{
    QStringList words = QProcess::splitCommand(editorCommand);
    EditorInvocation invocation;
    if (words.isEmpty())
        return invocation;
    invocation.program = words.takeFirst();
    invocation.arguments = words;
    const QString name = QFileInfo(invocation.program).fileName();
    const QString number = QString::number(line);
    static const QStringList plusLine = {
        QStringLiteral("vi"),          QStringLiteral("vim"),   QStringLiteral("nvim"),
        QStringLiteral("gvim"),        QStringLiteral("nano"),  QStringLiteral("emacs"),
        QStringLiteral("emacsclient"), QStringLiteral("micro"), QStringLiteral("gedit"),
        QStringLiteral("joe"),         QStringLiteral("mcedit")};
    if (line > 0 && plusLine.contains(name)) {
        invocation.arguments << u'+' + number << file;
    } else if (line > 0 && (name == u"code" || name == u"codium" || name == u"code-oss")) {
        invocation.arguments << QStringLiteral("--goto") << file + u':' + number;
    } else if (line > 0 && (name == u"subl" || name == u"zed" || name == u"hx" || name == u"helix")) {
        invocation.arguments << file + u':' + number;
    } else if (line > 0 && (name == u"kate" || name == u"kwrite")) {
        invocation.arguments << QStringLiteral("--line") << number << file;
    } else {
        invocation.arguments << file;
    }
    return invocation;
}

bool openInEditor(const QString &repositoryRoot, const Location &location, QString *error)
{
    const QString file = QDir(repositoryRoot).absoluteFilePath(location.path);
    if (!QFileInfo::exists(file)) {
        if (error)
            *error = QCoreApplication::translate(
                         "tfi::EditorLauncher",
                         "%1 is not in the working tree (it may exist only at the audited revision).")
                         .arg(location.path);
        return false;
    }
    for (const char *variable : {"VISUAL", "EDITOR"}) {
        const QString command = qEnvironmentVariable(variable);
        if (command.isEmpty())
            continue;
        const EditorInvocation invocation = editorInvocation(command, file, location.line);
        if (QProcess::startDetached(invocation.program, invocation.arguments, repositoryRoot))
            return true;
    }
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(file)))
        return true;
    if (error)
        *error = QCoreApplication::translate("tfi::EditorLauncher", "No editor could be started for %1.")
                     .arg(location.path);
    return false;
}

} // namespace tfi
