#pragma once

#include "location.h"

#include <QStringList>

namespace tfi {

// How to start an editor at a line: the program and its arguments for `file` at `line`.
// Knows the line syntax of common editors (vim, emacs, nano, VS Code, Sublime, Kate, gedit, ...);
// other editors get the file alone. `editorCommand` may carry arguments ("code --wait").
struct EditorInvocation
{
    QString program;
    QStringList arguments;
};
EditorInvocation editorInvocation(const QString &editorCommand, const QString &file, int line);

// Opens a repository file at a line: $VISUAL or $EDITOR when set, else the desktop's handler.
// Returns false and fills `error` when nothing could be started.
bool openInEditor(const QString &repositoryRoot, const Location &location, QString *error);

} // namespace tfi
