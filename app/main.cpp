#include "cli.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("twelve-factor-inspector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TFI_VERSION));

    // The system language when we ship it, else English (which carries the plural forms).
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("twelve-factor-inspector"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")) ||
        translator.load(QStringLiteral(":/i18n/twelve-factor-inspector_en.qm")))
        QCoreApplication::installTranslator(&translator);

    const QStringList arguments = QCoreApplication::arguments();
    if (tfi::isCommandLineInvocation(arguments))
        return tfi::runCommandLine(arguments);
    return tfi::runCommandLine({arguments.value(0), QStringLiteral("help-for-gui")});
}
