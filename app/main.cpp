#include "cli.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

// The PDF report lays out text, which needs fonts and so a QGuiApplication; the command line never
// shows a window, so it renders offscreen unless told otherwise.
bool needsFonts(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "pdf") == 0 || qstrcmp(argv[i], "--format=pdf") == 0)
            return true;
    }
    return false;
}

bool isCommandLine(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return tfi::isCommandLineInvocation(arguments);
}

// --lang LANG / --lang=LANG, removed from the arguments: it applies to the GUI and every CLI command.
QString takeLanguageOption(QStringList &arguments)
{
    QString language;
    for (qsizetype i = 1; i < arguments.size();) {
        if (arguments.at(i) == u"--lang" && i + 1 < arguments.size()) {
            language = arguments.at(i + 1);
            arguments.remove(i, 2);
        } else if (arguments.at(i).startsWith(u"--lang=")) {
            language = arguments.at(i).mid(7);
            arguments.remove(i);
        } else {
            ++i;
        }
    }
    return language;
}

void installTranslator(QTranslator &translator, const QString &language)
{
    // The chosen language, else the system language when we ship it, else English (which carries
    // the plural forms).
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    if (translator.load(locale, QStringLiteral("twelve-factor-inspector"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")) ||
        translator.load(QStringLiteral(":/i18n/twelve-factor-inspector_en.qm")))
        QCoreApplication::installTranslator(&translator);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("twelve-factor-inspector"));
    QCoreApplication::setApplicationName(QStringLiteral("twelve-factor-inspector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TFI_VERSION));

    std::unique_ptr<QCoreApplication> app;
    const bool commandLine = isCommandLine(argc, argv);
    if (!commandLine) {
        app = std::make_unique<QApplication>(argc, argv);
        QGuiApplication::setApplicationDisplayName(QStringLiteral("Twelve-Factor Inspector"));
        QGuiApplication::setDesktopFileName(QStringLiteral("twelve-factor-inspector"));
    } else if (needsFonts(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }

    QStringList arguments = QCoreApplication::arguments();
    QString language = takeLanguageOption(arguments);
    if (language.isEmpty() && !commandLine)
        language = QSettings().value(QStringLiteral("language")).toString();
    QTranslator translator;
    installTranslator(translator, language);

    if (commandLine)
        return tfi::runCommandLine(arguments);

    // twelve-factor-inspector [PATH] [--rev REV]
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "tfi::Main", "Shows how well a repository follows the twelve-factor methodology."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("rev"), QCoreApplication::translate("tfi::Main", "Audit this revision."),
                      QStringLiteral("REV")});
    parser.addOption({QStringLiteral("lang"),
                      QCoreApplication::translate("tfi::Main", "The language of the interface (en, de)."),
                      QStringLiteral("LANG")});
    parser.addPositionalArgument(QStringLiteral("path"),
                                 QCoreApplication::translate("tfi::Main", "The repository to open."),
                                 QStringLiteral("[PATH]"));
    parser.process(arguments);

    // A path that cannot be opened is an error on the terminal the user typed it in, as for the CLI.
    const QString path = parser.positionalArguments().value(0);
    if (!path.isEmpty()) {
        const QString problem = tfi::MainWindow::openProblem(path);
        if (!problem.isEmpty()) {
            std::fprintf(
                stderr, "%s\n",
                qUtf8Printable(
                    QCoreApplication::translate(
                        "tfi::Main", "twelve-factor-inspector: %1 Commands are audit, diff and examples.")
                        .arg(problem)));
            return tfi::ExitUsage;
        }
    }
    tfi::MainWindow window;
    window.show();
    if (!path.isEmpty())
        window.openRepository(path, parser.value(QStringLiteral("rev")));
    return QCoreApplication::exec();
}
