#pragma once

#include <QStringList>

namespace tfi {

// Exit codes of the command line, as the README documents them.
enum ExitCode
{
    ExitOk = 0,
    ExitFindings = 1,
    ExitUsage = 2
};

// True when the arguments name a command-line subcommand (audit, ...) rather than the GUI.
bool isCommandLineInvocation(const QStringList &arguments);

// Runs a subcommand; `arguments` includes the program name. Needs a Q(Core)Application.
int runCommandLine(const QStringList &arguments);

} // namespace tfi
