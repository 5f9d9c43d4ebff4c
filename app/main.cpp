#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("twelve-factor-inspector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TFI_VERSION));
    const QStringList arguments = QCoreApplication::arguments();
    if (tfi::isCommandLineInvocation(arguments))
        return tfi::runCommandLine(arguments);
    return tfi::runCommandLine({arguments.value(0), QStringLiteral("help-for-gui")});
}
