#include "../sensitive.h"
#include "buildinputs.h"
#include "factorrules.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace tfi {

namespace {

using namespace buildinputs;

constexpr int dependenciesFactor = 2;
constexpr qsizetype maxSourceFileSize = 512 * 1024;
constexpr int maxImportLines = 400;
constexpr int maxCredits = 10;

enum DependenciesRule
{
    UndeclaredDependencies,
    MissingLockfile,
    UnpinnedVersion,
    UnpinnedOsPackage,
    UnpinnedLanguagePackage,
    UnpinnedBaseImage,
    AddFromUrl,
};

QString displayDirectory(const QString &directory)
{
    return directory.isEmpty() ? QCoreApplication::translate("tfi::Rules", "the repository root")
                               : directory + u'/';
}

// "flask, requests, gunicorn and 4 more"
QString nameList(const QStringList &names, qsizetype shown = 5)
{
    if (names.size() <= shown)
        return names.join(QStringLiteral(", "));
    return QCoreApplication::translate("tfi::Rules", "%1 and %2 more")
        .arg(names.mid(0, shown).join(QStringLiteral(", ")))
        .arg(names.size() - shown);
}

QStringList fileLines(const SourceFile &file, int limit = -1)
{
    if (!file.isText() || file.content.size() > maxSourceFileSize)
        return {};
    QStringList lines = textLines(file.content);
    if (limit >= 0 && lines.size() > limit)
        lines.resize(limit);
    return lines;
}

// --- languages and their manifests --------------------------------------------------------------

enum class Language
{
    Python,
    JavaScript,
    Go,
    Ruby,
    Java,
    Php,
    Rust
};

const QList<Language> &allLanguages()
{
    static const QList<Language> languages = {Language::Python, Language::JavaScript, Language::Go,
                                              Language::Ruby,   Language::Java,       Language::Php,
                                              Language::Rust};
    return languages;
}

std::optional<Language> languageOfSource(const QString &fileName)
{
    const QString lower = fileName.toLower();
    if (lower.endsWith(u".py"))
        return Language::Python;
    if (lower.endsWith(u".min.js") || lower.endsWith(u".d.ts"))
        return std::nullopt;
    if (lower.endsWith(u".js") || lower.endsWith(u".mjs") || lower.endsWith(u".cjs") ||
        lower.endsWith(u".ts") || lower.endsWith(u".tsx") || lower.endsWith(u".jsx"))
        return Language::JavaScript;
    if (lower.endsWith(u".go"))
        return Language::Go;
    if (lower.endsWith(u".rb"))
        return Language::Ruby;
    if (lower.endsWith(u".java"))
        return Language::Java;
    if (lower.endsWith(u".php"))
        return Language::Php;
    if (lower.endsWith(u".rs"))
        return Language::Rust;
    return std::nullopt;
}

// Test files next to the code: test_x.py, x_test.go, x.test.js, x.spec.ts, conftest.py.
bool isTestFileName(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(test_.*|conftest\.py|.*_test\.[a-z]+|.*[._-](test|spec)\.[a-z]+|.*Test\.java|.*_spec\.rb)$)"));
    return pattern.match(fileName).hasMatch();
}

QString languageName(Language language)
{
    switch (language) {
    case Language::Python:
        return QCoreApplication::translate("tfi::Rules", "Python");
    case Language::JavaScript:
        return QCoreApplication::translate("tfi::Rules", "JavaScript/TypeScript");
    case Language::Go:
        return QCoreApplication::translate("tfi::Rules", "Go");
    case Language::Ruby:
        return QCoreApplication::translate("tfi::Rules", "Ruby");
    case Language::Java:
        return QCoreApplication::translate("tfi::Rules", "Java");
    case Language::Php:
        return QCoreApplication::translate("tfi::Rules", "PHP");
    case Language::Rust:
        return QCoreApplication::translate("tfi::Rules", "Rust");
    }
    return {};
}

// A stable name for finding ids, whatever the display language.
QString languageKey(Language language)
{
    switch (language) {
    case Language::Python:
        return QStringLiteral("python");
    case Language::JavaScript:
        return QStringLiteral("javascript");
    case Language::Go:
        return QStringLiteral("go");
    case Language::Ruby:
        return QStringLiteral("ruby");
    case Language::Java:
        return QStringLiteral("java");
    case Language::Php:
        return QStringLiteral("php");
    case Language::Rust:
        return QStringLiteral("rust");
    }
    return {};
}

QString manifestNames(Language language)
{
    switch (language) {
    case Language::Python:
        return QCoreApplication::translate("tfi::Rules",
                                           "requirements.txt, pyproject.toml, Pipfile or setup.py");
    case Language::JavaScript:
        return QCoreApplication::translate("tfi::Rules", "package.json");
    case Language::Go:
        return QCoreApplication::translate("tfi::Rules", "go.mod");
    case Language::Ruby:
        return QCoreApplication::translate("tfi::Rules", "Gemfile");
    case Language::Java:
        return QCoreApplication::translate("tfi::Rules", "pom.xml or build.gradle");
    case Language::Php:
        return QCoreApplication::translate("tfi::Rules", "composer.json");
    case Language::Rust:
        return QCoreApplication::translate("tfi::Rules", "Cargo.toml");
    }
    return {};
}

// The languages whose dependencies a file declares, and the directory it declares them for.
QList<Language> languagesDeclaredBy(const QString &path, QString *directory)
{
    const QString name = fileNameOfPath(path);
    QString dir = directoryOfPath(path);
    QList<Language> languages;
    static const QSet<QString> bazel = {QStringLiteral("WORKSPACE"), QStringLiteral("WORKSPACE.bazel"),
                                        QStringLiteral("MODULE.bazel")};
    if (bazel.contains(name)) {
        languages = allLanguages();
    } else if ((name.startsWith(u"requirements") && (name.endsWith(u".txt") || name.endsWith(u".in"))) ||
               name == u"pyproject.toml" || name == u"Pipfile" || name == u"setup.py" ||
               name == u"setup.cfg" || name == u"environment.yml" || name == u"environment.yaml" ||
               name == u"conda.yaml") {
        languages = {Language::Python};
    } else if (fileNameOfPath(dir) == u"requirements" && name.endsWith(u".txt")) {
        languages = {Language::Python};
        dir = directoryOfPath(dir);
    } else if (name == u"package.json" || name == u"deno.json" || name == u"deno.jsonc") {
        languages = {Language::JavaScript};
    } else if (name == u"go.mod" || name == u"go.work" || name == u"Gopkg.toml" || name == u"glide.yaml") {
        languages = {Language::Go};
    } else if (name == u"Godeps.json" && fileNameOfPath(dir) == u"Godeps") {
        languages = {Language::Go};
        dir = directoryOfPath(dir);
    } else if (name == u"Gemfile" || name == u"gems.rb" || name.endsWith(u".gemspec")) {
        languages = {Language::Ruby};
    } else if (name == u"pom.xml" || name == u"build.gradle" || name == u"build.gradle.kts" ||
               name == u"settings.gradle" || name == u"settings.gradle.kts" || name == u"build.xml" ||
               name == u"ivy.xml" || name == u"build.sbt") {
        languages = {Language::Java};
    } else if (name == u"composer.json") {
        languages = {Language::Php};
    } else if (name == u"Cargo.toml") {
        languages = {Language::Rust};
    }
    *directory = dir;
    return languages;
}

// An import of code the repository does not hold, found in one source file.
struct ForeignImport
{
    QString module;
    int line = 0;   // 1-based
    int column = 0; // 1-based
};

// Names the repository itself provides, per language, so that its own modules are not taken
// for third-party packages.
struct LocalNames
{
    QSet<QString> pythonModules;    // file stems and package directories
    QSet<QString> directoryNames;   // every directory name (JS path aliases such as "components/x")
    QSet<QString> fileStems;        // every source file stem
    QSet<QString> rubyPaths;        // "foo/bar" for lib/foo/bar.rb, and every shorter suffix
    QSet<QString> javaPackageRoots; // first two segments of declared packages
    QSet<QString> phpNamespaceRoots;
    QSet<QString> rustModules;
};

bool isPythonStdlib(const QString &module)
{
    static const QSet<QString> modules = [] {
        const QString names = QStringLiteral(
            "__future__ abc aifc argparse array ast asynchat asyncio asyncore atexit audioop base64 bdb "
            "binascii "
            "bisect builtins bz2 cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop collections "
            "colorsys compileall concurrent configparser contextlib contextvars copy copyreg crypt csv "
            "ctypes "
            "curses dataclasses datetime dbm decimal difflib dis distutils doctest email encodings ensurepip "
            "enum "
            "errno faulthandler fcntl filecmp fileinput fnmatch fractions ftplib functools gc genericpath "
            "getopt "
            "getpass gettext glob graphlib grp gzip hashlib heapq hmac html http idlelib imaplib imghdr imp "
            "importlib inspect io ipaddress itertools json keyword lib2to3 linecache locale logging lzma "
            "mailbox "
            "mailcap marshal math mimetypes mmap modulefinder msilib msvcrt multiprocessing netrc nis "
            "nntplib nt "
            "ntpath nturl2path numbers opcode operator optparse os ossaudiodev pathlib pdb pickle "
            "pickletools "
            "pipes pkgutil platform plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile "
            "pyclbr pydoc pydoc_data pyexpat queue quopri random re readline reprlib resource rlcompleter "
            "runpy "
            "sched secrets select selectors shelve shlex shutil signal site smtpd smtplib sndhdr socket "
            "socketserver spwd sqlite3 sre_compile sre_constants sre_parse ssl stat statistics string "
            "stringprep "
            "struct subprocess sunau symtable sys sysconfig syslog tabnanny tarfile telnetlib tempfile "
            "termios "
            "textwrap this threading time timeit tkinter token tokenize tomllib trace traceback tracemalloc "
            "tty "
            "turtle turtledemo types typing unicodedata unittest urllib uu uuid venv warnings wave weakref "
            "webbrowser winreg winsound wsgiref xdrlib xml xmlrpc zipapp zipfile zipimport zlib zoneinfo "
            "_thread __main__");
        QSet<QString> set;
        for (const QString &name : names.split(u' ', Qt::SkipEmptyParts))
            set.insert(name);
        return set;
    }();
    return modules.contains(module);
}

bool isNodeBuiltin(const QString &module)
{
    static const QSet<QString> modules = {
        QStringLiteral("assert"),
        QStringLiteral("async_hooks"),
        QStringLiteral("buffer"),
        QStringLiteral("child_process"),
        QStringLiteral("cluster"),
        QStringLiteral("console"),
        QStringLiteral("constants"),
        QStringLiteral("crypto"),
        QStringLiteral("dgram"),
        QStringLiteral("diagnostics_channel"),
        QStringLiteral("dns"),
        QStringLiteral("domain"),
        QStringLiteral("events"),
        QStringLiteral("fs"),
        QStringLiteral("http"),
        QStringLiteral("http2"),
        QStringLiteral("https"),
        QStringLiteral("inspector"),
        QStringLiteral("module"),
        QStringLiteral("net"),
        QStringLiteral("os"),
        QStringLiteral("path"),
        QStringLiteral("perf_hooks"),
        QStringLiteral("process"),
        QStringLiteral("punycode"),
        QStringLiteral("querystring"),
        QStringLiteral("readline"),
        QStringLiteral("repl"),
        QStringLiteral("stream"),
        QStringLiteral("string_decoder"),
        QStringLiteral("sys"),
        QStringLiteral("timers"),
        QStringLiteral("tls"),
        QStringLiteral("trace_events"),
        QStringLiteral("tty"),
        QStringLiteral("url"),
        QStringLiteral("util"),
        QStringLiteral("v8"),
        QStringLiteral("vm"),
        QStringLiteral("wasi"),
        QStringLiteral("worker_threads"),
        QStringLiteral("zlib"),
    };
    return modules.contains(module);
}

bool isRubyStdlib(const QString &feature)
{
    static const QSet<QString> features = {
        QStringLiteral("English"),      QStringLiteral("abbrev"),       QStringLiteral("base64"),
        QStringLiteral("benchmark"),    QStringLiteral("bigdecimal"),   QStringLiteral("cgi"),
        QStringLiteral("coverage"),     QStringLiteral("csv"),          QStringLiteral("date"),
        QStringLiteral("delegate"),     QStringLiteral("did_you_mean"), QStringLiteral("digest"),
        QStringLiteral("drb"),          QStringLiteral("erb"),          QStringLiteral("etc"),
        QStringLiteral("fcntl"),        QStringLiteral("fiddle"),       QStringLiteral("fileutils"),
        QStringLiteral("find"),         QStringLiteral("forwardable"),  QStringLiteral("getoptlong"),
        QStringLiteral("io"),           QStringLiteral("ipaddr"),       QStringLiteral("irb"),
        QStringLiteral("json"),         QStringLiteral("logger"),       QStringLiteral("matrix"),
        QStringLiteral("minitest"),     QStringLiteral("monitor"),      QStringLiteral("mutex_m"),
        QStringLiteral("net"),          QStringLiteral("nkf"),          QStringLiteral("objspace"),
        QStringLiteral("observer"),     QStringLiteral("open-uri"),     QStringLiteral("open3"),
        QStringLiteral("openssl"),      QStringLiteral("optparse"),     QStringLiteral("ostruct"),
        QStringLiteral("pathname"),     QStringLiteral("pp"),           QStringLiteral("prettyprint"),
        QStringLiteral("prime"),        QStringLiteral("pstore"),       QStringLiteral("psych"),
        QStringLiteral("racc"),         QStringLiteral("rake"),         QStringLiteral("rbconfig"),
        QStringLiteral("rdoc"),         QStringLiteral("readline"),     QStringLiteral("reline"),
        QStringLiteral("resolv"),       QStringLiteral("ripper"),       QStringLiteral("rubygems"),
        QStringLiteral("securerandom"), QStringLiteral("set"),          QStringLiteral("shellwords"),
        QStringLiteral("singleton"),    QStringLiteral("socket"),       QStringLiteral("stringio"),
        QStringLiteral("strscan"),      QStringLiteral("syslog"),       QStringLiteral("tempfile"),
        QStringLiteral("test"),         QStringLiteral("thread"),       QStringLiteral("time"),
        QStringLiteral("timeout"),      QStringLiteral("tmpdir"),       QStringLiteral("tsort"),
        QStringLiteral("un"),           QStringLiteral("uri"),          QStringLiteral("weakref"),
        QStringLiteral("yaml"),         QStringLiteral("zlib"),         QStringLiteral("continuation"),
        QStringLiteral("coverage"),     QStringLiteral("objspace"),     QStringLiteral("win32ole"),
    };
    return features.contains(feature.section(u'/', 0, 0));
}

bool isJavaPlatformPackage(const QString &name)
{
    static const QStringList prefixes = {
        QStringLiteral("java."),    QStringLiteral("javax."),    QStringLiteral("jdk."),
        QStringLiteral("sun."),     QStringLiteral("com.sun."),  QStringLiteral("org.w3c."),
        QStringLiteral("org.xml."), QStringLiteral("org.ietf."), QStringLiteral("org.omg.")};
    for (const QString &prefix : prefixes) {
        if (name.startsWith(prefix))
            return true;
    }
    return false;
}

QString firstTwoSegments(const QString &dotted)
{
    return dotted.section(u'.', 0, 1);
}

void collectLocalNames(const SourceFile &file, Language language, LocalNames &names)
{
    const QString name = fileNameOfPath(file.path);
    const QString stem = name.left(name.lastIndexOf(u'.'));
    names.fileStems.insert(stem);
    const QStringList parts = file.path.split(u'/');
    for (qsizetype i = 0; i + 1 < parts.size(); ++i)
        names.directoryNames.insert(parts.at(i));
    switch (language) {
    case Language::Python:
        names.pythonModules.insert(stem);
        if (parts.size() > 1)
            names.pythonModules.insert(parts.at(parts.size() - 2));
        break;
    case Language::Ruby: {
        QStringList withoutExtension = parts;
        withoutExtension.last() = stem;
        for (qsizetype i = 0; i < withoutExtension.size(); ++i)
            names.rubyPaths.insert(withoutExtension.mid(i).join(u'/'));
        break;
    }
    case Language::Java: {
        static const QRegularExpression packageLine(QStringLiteral(R"(^\s*package\s+([\w.]+)\s*;)"));
        for (const QString &line : fileLines(file, 60)) {
            const QRegularExpressionMatch match = packageLine.match(line);
            if (match.hasMatch()) {
                names.javaPackageRoots.insert(firstTwoSegments(match.captured(1)));
                break;
            }
        }
        break;
    }
    case Language::Php: {
        static const QRegularExpression namespaceLine(QStringLiteral(R"(^\s*namespace\s+\\?([A-Za-z_]\w*))"));
        for (const QString &line : fileLines(file, 80)) {
            const QRegularExpressionMatch match = namespaceLine.match(line);
            if (match.hasMatch()) {
                names.phpNamespaceRoots.insert(match.captured(1));
                break;
            }
        }
        break;
    }
    case Language::Rust: {
        names.rustModules.insert(stem);
        if (parts.size() > 1)
            names.rustModules.insert(parts.at(parts.size() - 2));
        static const QRegularExpression modLine(
            QStringLiteral(R"(^\s*(?:pub(?:\([^)]*\))?\s+)?mod\s+(\w+))"));
        for (const QString &line : fileLines(file, maxImportLines)) {
            const QRegularExpressionMatch match = modLine.match(line);
            if (match.hasMatch())
                names.rustModules.insert(match.captured(1));
        }
        break;
    }
    case Language::JavaScript:
    case Language::Go:
        break;
    }
}

bool isBareJsSpecifier(const QString &specifier)
{
    if (specifier.isEmpty())
        return false;
    const QChar first = specifier.at(0);
    if (first == u'.' || first == u'/' || first == u'~' || first == u'#' || first == u'$')
        return false;
    return !specifier.startsWith(u"@/") && !specifier.contains(u':');
}

// The package a bare JavaScript specifier names: "lodash/fp" -> "lodash", "@acme/ui/x" -> "@acme/ui".
QString jsPackageName(const QString &specifier)
{
    return specifier.startsWith(u'@') ? specifier.section(u'/', 0, 1) : specifier.section(u'/', 0, 0);
}

// The first import of a package the repository does not hold, if any.
std::optional<ForeignImport> firstForeignImport(const SourceFile &file, Language language,
                                                const LocalNames &local)
{
    const QStringList lines = fileLines(file, maxImportLines);
    static const QRegularExpression pythonImport(
        QStringLiteral(R"(^import\s+([A-Za-z_][\w.]*(?:\s*,\s*[A-Za-z_][\w.]*)*))"));
    static const QRegularExpression pythonFrom(QStringLiteral(R"(^from\s+([A-Za-z_]\w*)[\w.]*\s+import\b)"));
    static const QRegularExpression jsRequire(QStringLiteral(R"(\brequire\(\s*['"]([^'"]+)['"]\s*\))"));
    static const QRegularExpression jsImport(
        QStringLiteral(R"(^\s*import\s+(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"])"));
    static const QRegularExpression jsExport(QStringLiteral(
        R"(^\s*export\s+(?:type\s+)?(?:\*|\*\s+as\s+\w+|\{[^}]*\})\s+from\s+['"]([^'"]+)['"])"));
    static const QRegularExpression jsFromLine(QStringLiteral(R"(^\s*\}?\s*from\s+['"]([^'"]+)['"])"));
    static const QRegularExpression goSingle(QStringLiteral(R"re(^\s*import\s+(?:[\w.]+\s+)?"([^"]+)")re"));
    static const QRegularExpression goBlockStart(QStringLiteral(R"(^\s*import\s*\(\s*$)"));
    static const QRegularExpression goBlockEntry(QStringLiteral(R"re(^\s*(?:[\w.]+\s+)?"([^"]+)")re"));
    static const QRegularExpression rubyRequire(QStringLiteral(R"(^\s*require\s*\(?\s*['"]([^'"]+)['"])"));
    static const QRegularExpression javaImport(QStringLiteral(R"(^\s*import\s+(?:static\s+)?([\w.]+)\s*;)"));
    static const QRegularExpression phpUse(QStringLiteral(R"(^\s*use\s+\\?([A-Za-z_]\w*)\\)"));
    static const QRegularExpression rustUse(
        QStringLiteral(R"(^\s*(?:pub(?:\([^)]*\))?\s+)?(?:use\s+(?:::)?|extern\s+crate\s+)([A-Za-z_]\w*))"));

    const auto found = [](const QString &module, int index, qsizetype offset) {
        return ForeignImport{module, index + 1, int(offset) + 1};
    };
    bool inGoBlock = false;
    for (int index = 0; index < lines.size(); ++index) {
        const QString &line = lines.at(index);
        switch (language) {
        case Language::Python: {
            // Top-level imports only: indented ones sit in try/except or functions and are often optional.
            if (const QRegularExpressionMatch match = pythonFrom.match(line); match.hasMatch()) {
                const QString module = match.captured(1);
                if (!isPythonStdlib(module) && !local.pythonModules.contains(module))
                    return found(module, index, match.capturedStart(1));
            } else if (const QRegularExpressionMatch imported = pythonImport.match(line);
                       imported.hasMatch()) {
                qsizetype offset = imported.capturedStart(1);
                for (const QString &part : imported.captured(1).split(u',')) {
                    const QString module = part.trimmed().section(u'.', 0, 0);
                    const qsizetype at = line.indexOf(module, offset);
                    if (!isPythonStdlib(module) && !local.pythonModules.contains(module))
                        return found(module, index, at);
                    offset += part.size() + 1;
                }
            }
            break;
        }
        case Language::JavaScript: {
            QList<std::pair<QString, qsizetype>> specifiers;
            for (auto it = jsRequire.globalMatch(line); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                specifiers.append({match.captured(1), match.capturedStart(1)});
            }
            for (const QRegularExpression *pattern : {&jsImport, &jsExport, &jsFromLine}) {
                if (const QRegularExpressionMatch match = pattern->match(line); match.hasMatch()) {
                    specifiers.append({match.captured(1), match.capturedStart(1)});
                    break;
                }
            }
            for (const auto &[specifier, offset] : std::as_const(specifiers)) {
                if (!isBareJsSpecifier(specifier))
                    continue;
                const QString package = jsPackageName(specifier);
                const QString first = specifier.section(u'/', 0, 0);
                if (isNodeBuiltin(first) || local.directoryNames.contains(first) ||
                    local.fileStems.contains(first))
                    continue;
                return found(package, index, offset);
            }
            break;
        }
        case Language::Go: {
            QString path;
            qsizetype offset = 0;
            if (inGoBlock) {
                if (line.trimmed().startsWith(u')')) {
                    inGoBlock = false;
                    break;
                }
                if (const QRegularExpressionMatch match = goBlockEntry.match(line); match.hasMatch()) {
                    path = match.captured(1);
                    offset = match.capturedStart(1);
                }
            } else if (goBlockStart.match(line).hasMatch()) {
                inGoBlock = true;
            } else if (const QRegularExpressionMatch match = goSingle.match(line); match.hasMatch()) {
                path = match.captured(1);
                offset = match.capturedStart(1);
            }
            // Standard library paths have no dot in their first element.
            if (!path.isEmpty() && path.section(u'/', 0, 0).contains(u'.'))
                return found(path, index, offset);
            break;
        }
        case Language::Ruby: {
            if (const QRegularExpressionMatch match = rubyRequire.match(line); match.hasMatch()) {
                const QString feature = match.captured(1);
                if (!isRubyStdlib(feature) && !local.rubyPaths.contains(feature) && !feature.startsWith(u'.'))
                    return found(feature, index, match.capturedStart(1));
            }
            break;
        }
        case Language::Java: {
            if (const QRegularExpressionMatch match = javaImport.match(line); match.hasMatch()) {
                const QString name = match.captured(1);
                if (!isJavaPlatformPackage(name) && !local.javaPackageRoots.contains(firstTwoSegments(name)))
                    return found(name, index, match.capturedStart(1));
            }
            break;
        }
        case Language::Php: {
            if (line.contains(u"vendor/autoload.php"))
                return found(QStringLiteral("vendor/autoload.php"), index,
                             line.indexOf(u"vendor/autoload.php"));
            if (const QRegularExpressionMatch match = phpUse.match(line); match.hasMatch()) {
                const QString root = match.captured(1);
                if (!local.phpNamespaceRoots.contains(root))
                    return found(root, index, match.capturedStart(1));
            }
            break;
        }
        case Language::Rust: {
            static const QSet<QString> builtin = {QStringLiteral("std"),        QStringLiteral("core"),
                                                  QStringLiteral("alloc"),      QStringLiteral("crate"),
                                                  QStringLiteral("self"),       QStringLiteral("super"),
                                                  QStringLiteral("proc_macro"), QStringLiteral("test")};
            if (const QRegularExpressionMatch match = rustUse.match(line); match.hasMatch()) {
                const QString crate = match.captured(1);
                if (!builtin.contains(crate) && !local.rustModules.contains(crate))
                    return found(crate, index, match.capturedStart(1));
            }
            break;
        }
        }
    }
    return std::nullopt;
}

void checkUndeclaredDependencies(RuleContext &context, const RepoSnapshot &snapshot, const RuleInfo &rule)
{
    QHash<int, QSet<QString>> declaredIn; // language -> directories with a manifest
    QHash<int, QList<const SourceFile *>> sources;
    LocalNames local;
    for (const SourceFile &file : snapshot.files()) {
        QString directory;
        for (const Language language : languagesDeclaredBy(file.path, &directory))
            declaredIn[int(language)].insert(directory);
        const QString name = fileNameOfPath(file.path);
        const std::optional<Language> language = languageOfSource(name);
        if (!language || !file.isText())
            continue;
        collectLocalNames(file, *language, local);
        if (isOutsideTheApp(file.path, true) || isTestFileName(name) ||
            file.content.size() > maxSourceFileSize)
            continue;
        if (*language == Language::JavaScript) {
            const QStringList parts = file.path.split(u'/');
            if (std::any_of(parts.cbegin(), parts.cend() - 1, isWebAssetDirectoryName))
                continue; // served to browsers as they are
        }
        sources[int(*language)].append(&file);
    }

    for (const Language language : allLanguages()) {
        const QSet<QString> declared = declaredIn.value(int(language));
        // Directory -> the first file there that imports a package nothing declares.
        QMap<QString, std::pair<const SourceFile *, ForeignImport>> undeclared;
        const QList<const SourceFile *> files = sources.value(int(language));
        for (const SourceFile *file : files) {
            const QString directory = directoryOfPath(file->path);
            bool covered = false;
            for (const QString &ancestor : selfAndAncestors(directory)) {
                if (declared.contains(ancestor)) {
                    covered = true;
                    break;
                }
            }
            if (covered || undeclared.contains(directory))
                continue;
            if (const std::optional<ForeignImport> foreign = firstForeignImport(*file, language, local))
                undeclared.insert(directory, {file, *foreign});
        }
        // One finding per topmost directory: worker/ and worker/jobs/ are one place to fix.
        QStringList reported;
        for (auto it = undeclared.cbegin(); it != undeclared.cend(); ++it) {
            const QString &directory = it.key();
            const bool nested = std::any_of(reported.cbegin(), reported.cend(), [&](const QString &top) {
                return top.isEmpty() || directory.startsWith(top + u'/');
            });
            if (nested)
                continue;
            reported.append(directory);
            const auto &[file, foreign] = it.value();
            context.report(rule, {file->path, foreign.line, foreign.column},
                           QCoreApplication::translate(
                               "tfi::Rules", "%1 code in %2 imports %3, but no %4 declares its dependencies")
                               .arg(languageName(language), displayDirectory(directory), foreign.module,
                                    manifestNames(language)),
                           {}, languageKey(language) + u':' + directory);
        }
    }
}

// --- lockfiles -------------------------------------------------------------------------------

// The 1-based line of the first line matching `pattern`, or 0.
int lineMatching(const QStringList &lines, const QRegularExpression &pattern, int from = 0)
{
    for (int i = std::max(0, from); i < lines.size(); ++i) {
        if (pattern.match(lines.at(i)).hasMatch())
            return i + 1;
    }
    return 0;
}

struct LockCheck
{
    QString manifest;
    int line = 0;      // where the dependencies are declared
    QString lockNames; // for the message
    bool locked = false;
    QString lockPath; // the lockfile found
};

bool existsIn(const RepoSnapshot &snapshot, const QString &directory, const QStringList &names,
              QString *found)
{
    for (const QString &name : names) {
        const QString path = directory.isEmpty() ? name : directory + u'/' + name;
        if (snapshot.find(path)) {
            *found = path;
            return true;
        }
    }
    return false;
}

std::optional<LockCheck> checkNpmLock(const RepoSnapshot &snapshot, const SourceFile &file)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.content, &error);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject root = document.object();
    // devDependencies alone are the repository's tooling (linters, hooks) unless they build something.
    const bool runtime = !root.value(u"dependencies").toObject().isEmpty();
    const bool builds = !root.value(u"devDependencies").toObject().isEmpty() &&
                        root.value(u"scripts").toObject().contains(u"build");
    if (!runtime && !builds)
        return std::nullopt;
    static const QStringList lockNames = {
        QStringLiteral("package-lock.json"), QStringLiteral("npm-shrinkwrap.json"),
        QStringLiteral("yarn.lock"),         QStringLiteral("pnpm-lock.yaml"),
        QStringLiteral("bun.lockb"),         QStringLiteral("bun.lock")};
    LockCheck check;
    check.manifest = file.path;
    const QStringList lines = fileLines(file);
    static const QRegularExpression dependencies(QStringLiteral(R"(^\s*"dependencies"\s*:)"));
    static const QRegularExpression devDependencies(QStringLiteral(R"(^\s*"devDependencies"\s*:)"));
    check.line = lineMatching(lines, runtime ? dependencies : devDependencies);
    check.lockNames =
        QCoreApplication::translate("tfi::Rules", "package-lock.json, yarn.lock or pnpm-lock.yaml");
    const QString directory = directoryOfPath(file.path);
    check.locked = existsIn(snapshot, directory, lockNames, &check.lockPath);
    // A workspace member is locked by the workspace root's lockfile.
    for (const QString &ancestor : selfAndAncestors(directoryOfPath(directory))) {
        if (check.locked || directory.isEmpty())
            break;
        QString rootLock;
        if (!existsIn(snapshot, ancestor, lockNames, &rootLock))
            continue;
        const SourceFile *rootManifest =
            snapshot.find(ancestor.isEmpty() ? QStringLiteral("package.json") : ancestor + u"/package.json");
        QString workspaceFile;
        const bool workspace =
            existsIn(snapshot, ancestor,
                     {QStringLiteral("pnpm-workspace.yaml"), QStringLiteral("lerna.json")}, &workspaceFile) ||
            (rootManifest && rootManifest->content.contains("\"workspaces\""));
        if (workspace) {
            check.locked = true;
            check.lockPath = rootLock;
        }
    }
    return check;
}

std::optional<LockCheck> checkSimpleLock(const RepoSnapshot &snapshot, const SourceFile &file,
                                         const QRegularExpression &needsLock, const QString &lockName)
{
    const QStringList lines = fileLines(file);
    const int line = lineMatching(lines, needsLock);
    if (line == 0)
        return std::nullopt;
    LockCheck check;
    check.manifest = file.path;
    check.line = line;
    check.lockNames = lockName;
    check.locked = existsIn(snapshot, directoryOfPath(file.path), {lockName}, &check.lockPath);
    return check;
}

std::optional<LockCheck> checkPyprojectLock(const RepoSnapshot &snapshot, const SourceFile &file)
{
    const QStringList lines = fileLines(file);
    static const QList<std::pair<QRegularExpression, QString>> tools = {
        {QRegularExpression(QStringLiteral(R"(^\s*\[tool\.poetry[\].])")), QStringLiteral("poetry.lock")},
        {QRegularExpression(QStringLiteral(R"(^\s*\[tool\.pdm[\].])")), QStringLiteral("pdm.lock")},
        {QRegularExpression(QStringLiteral(R"(^\s*\[tool\.uv[\].])")), QStringLiteral("uv.lock")},
    };
    for (const auto &[pattern, lockName] : tools) {
        const int line = lineMatching(lines, pattern);
        if (line == 0)
            continue;
        LockCheck check;
        check.manifest = file.path;
        check.line = line;
        check.lockNames = lockName;
        check.locked = existsIn(snapshot, directoryOfPath(file.path), {lockName}, &check.lockPath);
        return check;
    }
    return std::nullopt;
}

std::optional<LockCheck> checkComposerLock(const RepoSnapshot &snapshot, const SourceFile &file)
{
    const QJsonDocument document = QJsonDocument::fromJson(file.content);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject require = document.object().value(u"require").toObject();
    bool packages = false;
    for (auto it = require.begin(); it != require.end(); ++it) {
        const QString name = it.key();
        if (name != u"php" && !name.startsWith(u"ext-") && !name.startsWith(u"lib-"))
            packages = true;
    }
    if (!packages)
        return std::nullopt;
    LockCheck check;
    check.manifest = file.path;
    static const QRegularExpression requireKey(QStringLiteral(R"(^\s*"require"\s*:)"));
    check.line = lineMatching(fileLines(file), requireKey);
    check.lockNames = QStringLiteral("composer.lock");
    check.locked = existsIn(snapshot, directoryOfPath(file.path), {check.lockNames}, &check.lockPath);
    return check;
}

std::optional<LockCheck> checkCargoLock(const RepoSnapshot &snapshot, const SourceFile &file)
{
    const QStringList lines = fileLines(file);
    static const QRegularExpression package(QStringLiteral(R"(^\s*\[package\]\s*$)"));
    static const QRegularExpression binary(QStringLiteral(R"(^\s*\[\[bin\]\]\s*$)"));
    const int packageLine = lineMatching(lines, package);
    if (packageLine == 0)
        return std::nullopt;
    const QString directory = directoryOfPath(file.path);
    const bool isBinary =
        lineMatching(lines, binary) > 0 ||
        snapshot.find(directory.isEmpty() ? QStringLiteral("src/main.rs") : directory + u"/src/main.rs");
    if (!isBinary)
        return std::nullopt; // libraries leave the lock to the binaries that use them
    LockCheck check;
    check.manifest = file.path;
    check.line = packageLine;
    check.lockNames = QStringLiteral("Cargo.lock");
    for (const QString &ancestor : selfAndAncestors(directory)) {
        if (existsIn(snapshot, ancestor, {check.lockNames}, &check.lockPath)) {
            check.locked = true;
            break;
        }
    }
    return check;
}

void checkLockfiles(RuleContext &context, const RepoSnapshot &snapshot, const RuleInfo &rule, int &credits)
{
    static const QRegularExpression pipfilePackages(QStringLiteral(R"(^\s*\[(dev-)?packages\]\s*$)"));
    static const QRegularExpression gemLine(QStringLiteral(R"(^\s*gem\s+['"])"));
    static const QRegularExpression goRequire(QStringLiteral(R"(^\s*require\s+(\(\s*$|\S+\s+v))"));
    for (const SourceFile &file : snapshot.files()) {
        if (!file.isText() || isOutsideTheApp(file.path, false))
            continue;
        const QString name = file.fileName();
        std::optional<LockCheck> check;
        if (name == u"package.json") {
            check = checkNpmLock(snapshot, file);
        } else if (name == u"Pipfile") {
            check = checkSimpleLock(snapshot, file, pipfilePackages, QStringLiteral("Pipfile.lock"));
        } else if (name == u"pyproject.toml") {
            check = checkPyprojectLock(snapshot, file);
        } else if (name == u"Gemfile" || name == u"gems.rb") {
            bool library = false;
            for (const SourceFile &other : snapshot.files()) {
                if (other.directory() == file.directory() && other.path.endsWith(u".gemspec")) {
                    library = true;
                    break;
                }
            }
            if (!library)
                check = checkSimpleLock(snapshot, file, gemLine,
                                        name == u"Gemfile" ? QStringLiteral("Gemfile.lock")
                                                           : QStringLiteral("gems.locked"));
        } else if (name == u"go.mod") {
            check = checkSimpleLock(snapshot, file, goRequire, QStringLiteral("go.sum"));
        } else if (name == u"composer.json") {
            check = checkComposerLock(snapshot, file);
        } else if (name == u"Cargo.toml") {
            check = checkCargoLock(snapshot, file);
        }
        if (!check)
            continue;
        if (check->locked) {
            if (credits < maxCredits) {
                ++credits;
                context.credit(
                    dependenciesFactor,
                    QCoreApplication::translate("tfi::Rules",
                                                "%1 locks the exact versions of the dependencies %2 declares")
                        .arg(check->lockPath, check->manifest),
                    {check->lockPath, 0, 0});
            }
            continue;
        }
        context.report(
            rule, {file.path, check->line, check->line > 0 ? 1 : 0},
            QCoreApplication::translate(
                "tfi::Rules",
                "%1 declares dependencies but there is no %2 next to it, so each install may resolve "
                "different versions")
                .arg(file.path, check->lockNames),
            {}, name);
    }
}

// --- unpinned versions in manifests --------------------------------------------------------

// requirements.txt, requirements-prod.txt, requirements/base.txt; not the dev, test or docs sets.
bool isDeployedRequirementsFile(const QString &path)
{
    const QString name = fileNameOfPath(path);
    if (!name.endsWith(u".txt"))
        return false;
    const bool inRequirementsDirectory = fileNameOfPath(directoryOfPath(path)) == u"requirements";
    if (!name.startsWith(u"requirements") && !inRequirementsDirectory)
        return false;
    static const QSet<QString> notDeployed = {
        QStringLiteral("dev"),  QStringLiteral("develop"), QStringLiteral("development"),
        QStringLiteral("test"), QStringLiteral("tests"),   QStringLiteral("testing"),
        QStringLiteral("lint"), QStringLiteral("docs"),    QStringLiteral("doc"),
        QStringLiteral("ci"),   QStringLiteral("local"),   QStringLiteral("typing"),
        QStringLiteral("mypy"), QStringLiteral("style"),   QStringLiteral("e2e"),
        QStringLiteral("tox")};
    for (const QString &word : nameWords(name)) {
        if (notDeployed.contains(word.toLower()))
            return false;
    }
    return true;
}

struct UnpinnedEntry
{
    QString name;
    int line = 0;
    int column = 0;
};

QList<UnpinnedEntry> unpinnedRequirements(const QStringList &lines)
{
    static const QRegularExpression requirementName(
        QStringLiteral(R"(^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?)"));
    static const QRegularExpression constraintOption(QStringLiteral(R"(^\s*(-c|--constraint)(\s|=))"));
    QList<UnpinnedEntry> entries;
    for (const QString &line : lines) {
        if (constraintOption.match(line).hasMatch())
            return {}; // versions come from the constraints file
    }
    for (int index = 0; index < lines.size(); ++index) {
        const int lineNumber = index + 1;
        QString text = lines.at(index);
        // Continuation lines carry hashes of the requirement above.
        while (text.endsWith(u'\\') && index + 1 < lines.size())
            text = text.chopped(1) + u' ' + lines.at(++index);
        if (const qsizetype comment = text.indexOf(QStringLiteral(" #")); comment >= 0)
            text.truncate(comment);
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#') || trimmed.startsWith(u'-'))
            continue;
        if (trimmed.contains(u'@') || trimmed.contains(u"://") || trimmed.startsWith(u'.') ||
            trimmed.startsWith(u'/') || trimmed.contains(u'$'))
            continue; // direct references, paths and variables
        const QRegularExpressionMatch match = requirementName.match(trimmed);
        if (!match.hasMatch())
            continue;
        QString specifier = trimmed.mid(match.capturedLength()).section(u';', 0, 0);
        if (const qsizetype option = specifier.indexOf(QStringLiteral("--")); option >= 0)
            specifier.truncate(option);
        specifier = specifier.trimmed();
        const bool pinned =
            (specifier.startsWith(u"==") && !specifier.contains(u'*')) || specifier.startsWith(u"===");
        if (!pinned)
            entries.append({match.captured(1), lineNumber, int(text.indexOf(match.captured(1))) + 1});
    }
    return entries;
}

QList<UnpinnedEntry> unpinnedPackageJson(const SourceFile &file)
{
    const QJsonDocument document = QJsonDocument::fromJson(file.content);
    if (!document.isObject())
        return {};
    const QStringList lines = fileLines(file);
    QList<UnpinnedEntry> entries;
    for (const char *section : {"dependencies", "devDependencies"}) {
        const QJsonObject dependencies = document.object().value(QLatin1String(section)).toObject();
        const QRegularExpression sectionKey(QStringLiteral(R"(^\s*"%1"\s*:)").arg(QLatin1String(section)));
        const int sectionLine = lineMatching(lines, sectionKey);
        for (auto it = dependencies.begin(); it != dependencies.end(); ++it) {
            const QString range = it.value().toString().trimmed();
            const bool unpinned = it.value().isString() &&
                                  (range.isEmpty() || range == u"*" || range == u"latest" || range == u"x" ||
                                   range == u"X" || range == u"x.x" || range == u"x.x.x");
            if (!unpinned)
                continue;
            const QRegularExpression key(
                QStringLiteral(R"(^\s*"%1"\s*:)").arg(QRegularExpression::escape(it.key())));
            const int line = lineMatching(lines, key, sectionLine);
            const int column = line > 0 ? int(lines.at(line - 1).indexOf(u'"')) + 1 : 0;
            entries.append({it.key(), line, column});
        }
    }
    std::sort(entries.begin(), entries.end(),
              [](const UnpinnedEntry &a, const UnpinnedEntry &b) { return a.line < b.line; });
    return entries;
}

void checkUnpinnedVersions(RuleContext &context, const RepoSnapshot &snapshot, const RuleInfo &rule)
{
    for (const SourceFile &file : snapshot.files()) {
        if (!file.isText() || isOutsideTheApp(file.path, false))
            continue;
        const bool requirements = isDeployedRequirementsFile(file.path);
        QList<UnpinnedEntry> entries;
        if (requirements)
            entries = unpinnedRequirements(fileLines(file));
        else if (file.fileName() == u"package.json")
            entries = unpinnedPackageJson(file);
        if (entries.isEmpty())
            continue;
        QStringList names;
        for (const UnpinnedEntry &entry : std::as_const(entries))
            names.append(entry.name);
        const int count = int(entries.size());
        const QString message =
            requirements
                ? QCoreApplication::translate("tfi::Rules", "%1 does not pin %n package(s) with ==: %2",
                                              nullptr, count)
                      .arg(file.path, nameList(names))
                : QCoreApplication::translate("tfi::Rules", "%1 accepts any version of %n package(s): %2",
                                              nullptr, count)
                      .arg(file.path, nameList(names));
        context.report(rule, {file.path, entries.first().line, entries.first().column}, message, {},
                       file.fileName());
    }
}

// --- Dockerfile installs, base images and downloads ---------------------------------------

QString programOf(const QString &word)
{
    return fileNameOfPath(word);
}

// The arguments after the subcommand (e.g. "install"), with options and the values of
// `valueOptions` removed. Empty when the subcommand is not the first non-option word.
std::optional<QStringList> operandsAfter(const QStringList &words, qsizetype start,
                                         const QStringList &subcommands, const QSet<QString> &valueOptions)
{
    qsizetype i = start;
    while (i < words.size() && words.at(i).startsWith(u'-')) {
        if (valueOptions.contains(words.at(i)))
            ++i;
        ++i;
    }
    if (i >= words.size() || !subcommands.contains(words.at(i)))
        return std::nullopt;
    QStringList operands;
    for (++i; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (word.startsWith(u'-')) {
            if (valueOptions.contains(word))
                ++i;
            continue;
        }
        operands.append(word);
    }
    return operands;
}

bool hasOption(const QStringList &words, const QStringList &options)
{
    for (const QString &word : words) {
        for (const QString &option : options) {
            if (word == option || word.startsWith(option + u'='))
                return true;
        }
    }
    return false;
}

struct UnpinnedInstall
{
    QString manager; // apt-get, apk, pip, npm, gem
    bool osPackages = false;
    QStringList packages;
};

std::optional<UnpinnedInstall> unpinnedInstall(const QStringList &words)
{
    if (words.isEmpty())
        return std::nullopt;
    const QString program = programOf(words.first());
    const auto isVariable = [](const QString &word) {
        return word.contains(u'$');
    };
    UnpinnedInstall install;

    if (program == u"apt-get" || program == u"apt") {
        static const QSet<QString> valueOptions = {QStringLiteral("-o"),
                                                   QStringLiteral("-t"),
                                                   QStringLiteral("-c"),
                                                   QStringLiteral("--option"),
                                                   QStringLiteral("--target-release"),
                                                   QStringLiteral("--config-file")};
        const auto operands = operandsAfter(words, 1, {QStringLiteral("install")}, valueOptions);
        if (!operands)
            return std::nullopt;
        install.manager = program;
        install.osPackages = true;
        for (const QString &package : *operands) {
            if (!package.contains(u'=') && !isVariable(package) && !package.endsWith(u".deb") &&
                !package.startsWith(u'/') && !package.startsWith(u'.') && !package.contains(u'*'))
                install.packages.append(package);
        }
    } else if (program == u"apk") {
        static const QSet<QString> valueOptions = {QStringLiteral("-t"),
                                                   QStringLiteral("--virtual"),
                                                   QStringLiteral("-X"),
                                                   QStringLiteral("--repository"),
                                                   QStringLiteral("--repositories-file"),
                                                   QStringLiteral("-p"),
                                                   QStringLiteral("--root"),
                                                   QStringLiteral("--arch"),
                                                   QStringLiteral("--cache-dir"),
                                                   QStringLiteral("--keys-dir")};
        const auto operands = operandsAfter(words, 1, {QStringLiteral("add")}, valueOptions);
        if (!operands)
            return std::nullopt;
        install.manager = program;
        install.osPackages = true;
        for (const QString &package : *operands) {
            const bool pinned = package.contains(u'=') || package.contains(u'<') || package.contains(u'>') ||
                                package.contains(u'~');
            if (!pinned && !isVariable(package) && !package.endsWith(u".apk") && !package.startsWith(u'/') &&
                !package.startsWith(u'.'))
                install.packages.append(package);
        }
    } else {
        static const QRegularExpression pipProgram(QStringLiteral(R"(^pip(\d+(\.\d+)?)?$)"));
        static const QRegularExpression pythonProgram(QStringLiteral(R"(^python(\d+(\.\d+)?)?$)"));
        qsizetype pipArgs = -1;
        if (pipProgram.match(program).hasMatch())
            pipArgs = 1;
        else if (pythonProgram.match(program).hasMatch() && words.size() > 2 && words.at(1) == u"-m" &&
                 pipProgram.match(words.at(2)).hasMatch())
            pipArgs = 3;
        else if (program == u"uv" && words.size() > 1 && words.at(1) == u"pip")
            pipArgs = 2;
        if (pipArgs > 0) {
            static const QSet<QString> valueOptions = {QStringLiteral("-b"),
                                                       QStringLiteral("--build"),
                                                       QStringLiteral("-e"),
                                                       QStringLiteral("--editable"),
                                                       QStringLiteral("--extra-index-url"),
                                                       QStringLiteral("-f"),
                                                       QStringLiteral("--find-links"),
                                                       QStringLiteral("-i"),
                                                       QStringLiteral("--index-url"),
                                                       QStringLiteral("--implementation"),
                                                       QStringLiteral("--no-binary"),
                                                       QStringLiteral("--only-binary"),
                                                       QStringLiteral("--platform"),
                                                       QStringLiteral("--prefix"),
                                                       QStringLiteral("--progress-bar"),
                                                       QStringLiteral("--proxy"),
                                                       QStringLiteral("--python-version"),
                                                       QStringLiteral("--root"),
                                                       QStringLiteral("--src"),
                                                       QStringLiteral("-t"),
                                                       QStringLiteral("--target"),
                                                       QStringLiteral("--trusted-host"),
                                                       QStringLiteral("--upgrade-strategy"),
                                                       QStringLiteral("--abi"),
                                                       QStringLiteral("--cache-dir")};
            const auto operands = operandsAfter(words, pipArgs, {QStringLiteral("install")}, valueOptions);
            // Requirements and constraints files, and the project itself, carry their own pins.
            if (!operands ||
                hasOption(words, {QStringLiteral("-r"), QStringLiteral("--requirement"), QStringLiteral("-c"),
                                  QStringLiteral("--constraint")}) ||
                operands->contains(QStringLiteral(".")))
                return std::nullopt;
            install.manager = QStringLiteral("pip");
            static const QRegularExpression versioned(QStringLiteral(R"((==|>=|<=|~=|!=|>|<))"));
            static const QSet<QString> tooling = {QStringLiteral("pip"), QStringLiteral("setuptools"),
                                                  QStringLiteral("wheel")};
            for (const QString &package : *operands) {
                const QString name = package.section(u'[', 0, 0).toLower();
                const bool pinned = versioned.match(package).hasMatch() || package.contains(u'@') ||
                                    package.endsWith(u".whl") || package.endsWith(u".tar.gz") ||
                                    package.contains(u'/');
                if (!pinned && !isVariable(package) && !tooling.contains(name))
                    install.packages.append(package);
            }
        } else if (program == u"npm") {
            const auto operands = operandsAfter(
                words, 1, {QStringLiteral("install"), QStringLiteral("i"), QStringLiteral("add")},
                {QStringLiteral("--prefix")});
            if (!operands)
                return std::nullopt;
            install.manager = QStringLiteral("npm");
            for (const QString &package : *operands) {
                bool pinned = false;
                if (package.startsWith(u"git") && package.contains(u"://"))
                    pinned = package.contains(u'#');
                else if (package.endsWith(u".tgz") || package.endsWith(u".tar.gz") ||
                         package.endsWith(u".tar") || package.startsWith(u'/') || package.startsWith(u'.') ||
                         package.startsWith(u'~'))
                    pinned = true;
                else {
                    const QString unscoped = package.startsWith(u'@') ? package.section(u'/', 1) : package;
                    const qsizetype at = unscoped.indexOf(u'@');
                    pinned = at >= 0 && unscoped.mid(at + 1) != u"latest" && !unscoped.mid(at + 1).isEmpty();
                }
                if (!pinned && !isVariable(package))
                    install.packages.append(package);
            }
        } else if (program == u"gem") {
            static const QSet<QString> valueOptions = {
                QStringLiteral("-i"),        QStringLiteral("--install-dir"),
                QStringLiteral("-n"),        QStringLiteral("--bindir"),
                QStringLiteral("-s"),        QStringLiteral("--source"),
                QStringLiteral("--platform")};
            const auto operands =
                operandsAfter(words, 1, {QStringLiteral("install"), QStringLiteral("i")}, valueOptions);
            if (!operands || hasOption(words, {QStringLiteral("-v"), QStringLiteral("--version")}))
                return std::nullopt;
            install.manager = QStringLiteral("gem");
            for (const QString &package : *operands) {
                if (!package.contains(u':') && !isVariable(package) && package != u"--")
                    install.packages.append(package);
            }
        } else {
            return std::nullopt;
        }
    }
    if (install.packages.isEmpty())
        return std::nullopt;
    return install;
}

// The simple commands of a script, following `sh -c "..."` one level down.
QList<ShellCommand> commandsOfScript(const QString &script)
{
    QList<ShellCommand> commands;
    for (const ShellCommand &command : shellCommandsOf(script)) {
        const QString program = programOf(command.words.first());
        const qsizetype dashC = command.words.indexOf(QStringLiteral("-c"));
        if ((program == u"sh" || program == u"bash" || program == u"ash") && dashC > 0 &&
            dashC + 1 < command.words.size())
            commands.append(shellCommandsOf(command.words.at(dashC + 1)));
        else
            commands.append(command);
    }
    return commands;
}

// hadolint honours `# hadolint ignore=` on the line before the instruction; findings on a
// continuation line would escape it, so such instructions are reported on their first line.
Location dockerfileLocation(const QStringList &lines, const Location &instruction, const QString &word)
{
    const int previous = instruction.line - 2;
    if (previous >= 0 && previous < lines.size() && lines.at(previous).contains(u"hadolint"))
        return instruction;
    return locateWord(lines, instruction, word);
}

// A download URL without credentials, query or fragment, fit for a message.
QString displayUrl(const QString &url)
{
    const QUrl parsed(url);
    if (!parsed.isValid())
        return redactText(url);
    return parsed.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

void checkDockerfiles(RuleContext &context, const QList<RuleInfo> &rules, int &credits)
{
    const DeploymentModel &model = context.model();
    for (const DockerfileInfo &dockerfile : model.dockerfiles) {
        if (isOutsideTheApp(dockerfile.path, false))
            continue;
        const QStringList lines = context.lines(dockerfile.path);
        const FindingScope scope{workloadBuilding(model, dockerfile.path), QString(),
                                 SourceFormat::Dockerfile};

        // Base images.
        int pinnedByDigest = 0;
        int images = 0;
        for (const DockerStage &stage : dockerfile.stages) {
            if (stage.baseStage >= 0 || stage.baseImage.isEmpty() || stage.baseImage == u"scratch")
                continue;
            const ImageReference image = parseImageReference(stage.baseImage);
            if (image.templated)
                continue;
            ++images;
            if (!image.digest.isEmpty())
                ++pinnedByDigest;
            if (!isMutableTag(image))
                continue;
            const QString message =
                image.tag.isEmpty()
                    ? QCoreApplication::translate(
                          "tfi::Rules",
                          "%1 builds FROM %2 without a tag, which means whatever \"latest\" is at build time")
                          .arg(dockerfile.path, image.name)
                    : QCoreApplication::translate(
                          "tfi::Rules",
                          "%1 builds FROM %2:latest, which changes whenever a new version is pushed")
                          .arg(dockerfile.path, image.name);
            context.report(rules.at(UnpinnedBaseImage), stage.location, message, scope, image.name);
        }
        if (images > 0 && pinnedByDigest == images && credits < maxCredits) {
            ++credits;
            context.credit(
                dependenciesFactor,
                QCoreApplication::translate("tfi::Rules", "every base image of %1 is pinned by digest")
                    .arg(dockerfile.path),
                {dockerfile.path, 0, 0});
        }

        for (const DockerInstruction &instruction : dockerfile.instructions) {
            if (instruction.keyword == u"RUN") {
                QSet<QString> reported;
                for (const ShellCommand &command : commandsOfScript(runScriptOf(instruction))) {
                    const std::optional<UnpinnedInstall> install = unpinnedInstall(command.words);
                    if (!install || reported.contains(install->manager))
                        continue;
                    reported.insert(install->manager);
                    const QString &first = install->packages.first();
                    const RuleInfo &rule =
                        rules.at(install->osPackages ? UnpinnedOsPackage : UnpinnedLanguagePackage);
                    context.report(rule, dockerfileLocation(lines, instruction.location, first),
                                   QCoreApplication::translate(
                                       "tfi::Rules", "%1 installs %2 with %3 without pinning a version")
                                       .arg(dockerfile.path, nameList(install->packages), install->manager),
                                   scope, install->manager + u':' + first);
                }
            } else if (instruction.keyword == u"ADD") {
                const bool checksum =
                    std::any_of(instruction.flags.cbegin(), instruction.flags.cend(),
                                [](const QString &flag) { return flag.startsWith(u"--checksum"); });
                if (checksum)
                    continue;
                const QStringList words =
                    instruction.execForm ? instruction.execArgs : splitShellWords(instruction.arguments);
                for (qsizetype i = 0; i + 1 < words.size(); ++i) {
                    const QString &source = words.at(i);
                    const bool url = source.startsWith(u"http://") || source.startsWith(u"https://") ||
                                     source.startsWith(u"ftp://");
                    const bool pinnedGit =
                        source.contains(u".git#") || (source.startsWith(u"git@") && source.contains(u'#'));
                    if (!url || pinnedGit)
                        continue;
                    context.report(rules.at(AddFromUrl),
                                   dockerfileLocation(lines, instruction.location, source),
                                   QCoreApplication::translate(
                                       "tfi::Rules", "%1 downloads %2 with ADD and never checks what it got")
                                       .arg(dockerfile.path, displayUrl(source)),
                                   scope, displayUrl(source));
                }
            }
        }
    }
}

} // namespace

const QList<RuleInfo> &dependenciesRules()
{
    static const QList<RuleInfo> rules = {
        {
            "dependencies.undeclared",
            dependenciesFactor,
            Severity::Warning,
            QT_TRANSLATE_NOOP("tfi::Rules", "Code uses packages that no manifest declares"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "A twelve-factor app declares all its dependencies, completely and exactly, in a "
                "manifest, and never relies on packages that happen to be installed on the machine. "
                "That is what lets a new developer or a fresh build server set the app up with one "
                "command."),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Add the language's dependency manifest next to the code and list every package it "
                "imports: requirements.txt or pyproject.toml, package.json, go.mod, Gemfile, pom.xml "
                "or build.gradle, composer.json, Cargo.toml."),
            {
                {SourceFormat::Dockerfile,
                 QT_TRANSLATE_NOOP(
                     "tfi::Rules",
                     "Dockerfile: COPY the manifest and install from it (COPY requirements.txt . then "
                     "RUN pip install -r requirements.txt) instead of naming packages in RUN.")},
            },
            {},
        },
        {
            "dependencies.missing-lockfile",
            dependenciesFactor,
            Severity::Warning,
            QT_TRANSLATE_NOOP("tfi::Rules", "Dependencies are declared but not locked"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Declaring dependencies is half the job: with version ranges and no lockfile, two "
                "builds of the same commit can install different versions. A committed lockfile makes "
                "the build repeatable, so the release that was tested is the release that runs."),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Generate the lockfile (npm install, poetry lock, bundle lock, go mod tidy, composer "
                "update --lock, cargo generate-lockfile), commit it, and install from it in the "
                "build (npm ci, poetry install --no-root, bundle install --deployment)."),
            {
                {SourceFormat::Dockerfile,
                 QT_TRANSLATE_NOOP("tfi::Rules",
                                   "Dockerfile: COPY package.json package-lock.json ./ then RUN npm ci "
                                   "--omit=dev.")},
            },
            {},
        },
        {
            "dependencies.unpinned-version",
            dependenciesFactor,
            Severity::Warning,
            QT_TRANSLATE_NOOP("tfi::Rules", "A dependency manifest accepts any version"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "A dependency declaration is only exact when it names versions. pip has no lockfile, "
                "so a requirements file without == pins installs whatever is newest on the day of the "
                "build; \"*\" or \"latest\" in package.json invites a new major version on the next "
                "lock update."),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Pin every package with == in requirements files (pip-compile or pip freeze can "
                "write them), and give package.json dependencies a version range instead of \"*\" "
                "or \"latest\"."),
            {},
            {},
        },
        {
            "dependencies.unpinned-os-package",
            dependenciesFactor,
            Severity::Info,
            QT_TRANSLATE_NOOP("tfi::Rules", "The Dockerfile installs system packages without versions"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "System packages are dependencies too. apt-get install or apk add without versions "
                "installs whatever the mirror holds on the day of the build, so rebuilding the same "
                "commit can produce a different image."),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Pin the packages (apt-get install curl=7.88.1-10+deb12u5, apk add curl=8.5.0-r0), or "
                "pin the base image by digest and rebuild on purpose when you want updates."),
            {
                {SourceFormat::Dockerfile,
                 QT_TRANSLATE_NOOP(
                     "tfi::Rules",
                     "Dockerfile: RUN apt-get update && apt-get install -y --no-install-recommends "
                     "curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*")},
            },
            {"hadolint:DL3008", "hadolint:DL3018"},
        },
        {
            "dependencies.unpinned-language-package",
            dependenciesFactor,
            Severity::Warning,
            QT_TRANSLATE_NOOP("tfi::Rules", "The Dockerfile installs language packages without versions"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Packages named directly in pip install, npm install or gem install bypass the app's "
                "manifest and lockfile: each build takes the newest version, and nothing in the "
                "repository says which one the image holds."),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Install from the manifest (pip install -r requirements.txt, npm ci), or pin each "
                "package: pip install gunicorn==22.0.0, npm install -g pm2@5.3.1, gem install "
                "bundler -v 2.5.6."),
            {
                {SourceFormat::Dockerfile,
                 QT_TRANSLATE_NOOP(
                     "tfi::Rules",
                     "Dockerfile: COPY requirements.txt . and RUN pip install --no-cache-dir -r "
                     "requirements.txt")},
            },
            {"hadolint:DL3013", "hadolint:DL3016", "hadolint:DL3028"},
        },
        {
            "dependencies.unpinned-base-image",
            dependenciesFactor,
            Severity::Warning,
            QT_TRANSLATE_NOOP("tfi::Rules", "A Dockerfile builds on a base image without a version"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "The base image is the app's largest dependency: its operating system, runtime and "
                "libraries. Without a tag, or with \"latest\", each build may start from a different "
                "image, and the runtime can change major version under the app."),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Name a version tag (python:3.12-slim), or a digest for a fully repeatable build "
                "(python:3.12-slim@sha256:...), and update it deliberately."),
            {
                {SourceFormat::Dockerfile,
                 QT_TRANSLATE_NOOP("tfi::Rules",
                                   "Dockerfile: FROM node:20.11-bookworm-slim instead of FROM node.")},
            },
            {"hadolint:DL3006", "hadolint:DL3007"},
        },
        {
            "dependencies.add-from-url",
            dependenciesFactor,
            Severity::Warning,
            QT_TRANSLATE_NOOP("tfi::Rules", "A Dockerfile downloads a file with ADD without a checksum"),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "A file downloaded at build time is a dependency that no manifest declares. Without "
                "a checksum, the build takes whatever the URL serves that day, whether a new version "
                "or a tampered file."),
            QT_TRANSLATE_NOOP(
                "tfi::Rules",
                "Give ADD a checksum (ADD --checksum=sha256:... URL dest), or download with curl and "
                "verify with sha256sum -c in the same RUN."),
            {
                {SourceFormat::Dockerfile,
                 QT_TRANSLATE_NOOP(
                     "tfi::Rules",
                     "Dockerfile: ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2"
                     "945d1036d1dc68d https://example.com/tool-1.2.3.tar.gz /tmp/")},
            },
            {},
        },
    };
    return rules;
}

void checkDependencies(RuleContext &context)
{
    const QList<RuleInfo> &rules = dependenciesRules();
    const RepoSnapshot *snapshot = context.snapshot();
    const DeploymentModel &model = context.model();

    bool applicable = !model.dockerfiles.isEmpty();
    if (snapshot) {
        for (const SourceFile &file : snapshot->files()) {
            QString directory;
            if (!languagesDeclaredBy(file.path, &directory).isEmpty() || languageOfSource(file.fileName())) {
                applicable = true;
                break;
            }
        }
    }
    if (!applicable) {
        context.setNotApplicableReason(
            dependenciesFactor,
            QCoreApplication::translate(
                "tfi::Rules", "the repository holds no source code, dependency manifest or Dockerfile"));
        return;
    }
    context.markApplicable(dependenciesFactor);

    int credits = 0;
    if (snapshot) {
        checkUndeclaredDependencies(context, *snapshot, rules.at(UndeclaredDependencies));
        checkLockfiles(context, *snapshot, rules.at(MissingLockfile), credits);
        checkUnpinnedVersions(context, *snapshot, rules.at(UnpinnedVersion));
    }
    checkDockerfiles(context, rules, credits);
}

} // namespace tfi
