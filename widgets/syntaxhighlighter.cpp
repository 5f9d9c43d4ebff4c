#include "syntaxhighlighter.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QPalette>

namespace tfi {

namespace {

// Colours that read on light and dark palettes alike.
QColor tone(const char *light, const char *dark)
{
    const bool isDark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    return QColor(QLatin1StringView(isDark ? dark : light));
}

QTextCharFormat charFormat(const QColor &colour, bool bold = false, bool italic = false)
{
    QTextCharFormat result;
    result.setForeground(colour);
    if (bold)
        result.setFontWeight(QFont::Bold);
    result.setFontItalic(italic);
    return result;
}

} // namespace

ManifestHighlighter::ManifestHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) {}

void ManifestHighlighter::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    rebuildRules();
    rehighlight();
}

ManifestHighlighter::Language ManifestHighlighter::languageForPath(const QString &path)
{
    const QString name = QFileInfo(path).fileName().toLower();
    if (name.endsWith(u".yaml") || name.endsWith(u".yml"))
        return Language::Yaml;
    if (name == u"dockerfile" || name.startsWith(u"dockerfile.") || name.endsWith(u".dockerfile") ||
        name == u"containerfile")
        return Language::Dockerfile;
    if (name.startsWith(u".env") || name.endsWith(u".env") || name == u"procfile")
        return Language::Dotenv;
    return Language::Plain;
}

void ManifestHighlighter::rebuildRules()
{
    m_rules.clear();
    const QTextCharFormat key = charFormat(tone("#005cc5", "#79b8ff"), true);
    const QTextCharFormat string = charFormat(tone("#22863a", "#85e89d"));
    const QTextCharFormat number = charFormat(tone("#b31d28", "#f97583"));
    const QTextCharFormat comment = charFormat(tone("#6a737d", "#959da5"), false, true);
    const QTextCharFormat keyword = charFormat(tone("#6f42c1", "#b392f0"), true);
    const QTextCharFormat variable = charFormat(tone("#e36209", "#ffab70"));

    switch (m_language) {
    case Language::Yaml:
        m_rules.append(
            {QRegularExpression(QStringLiteral(R"(^\s*(?:-\s+)?([^\s:#][^:#]*?)\s*:(?=\s|$))")), key, 1});
        m_rules.append(
            {QRegularExpression(QStringLiteral(R"(:\s+(-?\d+(?:\.\d+)?|true|false|null)\s*$)")), number, 1});
        m_rules.append({QRegularExpression(QStringLiteral(R"("[^"]*"|'[^']*')")), string, 0});
        m_rules.append({QRegularExpression(QStringLiteral(R"(^---|^\.\.\.)")), keyword, 0});
        m_rules.append(
            {QRegularExpression(QStringLiteral(R"(\{\{.*?\}\}|\$\{[^}]*\}|\$\([^)]*\))")), variable, 0});
        m_rules.append({QRegularExpression(QStringLiteral(R"((?:^|\s)(#.*)$)")), comment, 1});
        break;
    case Language::Dockerfile:
        m_rules.append(
            {QRegularExpression(
                 QStringLiteral(R"(^\s*(FROM|RUN|CMD|LABEL|MAINTAINER|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|)"
                                R"(VOLUME|USER|WORKDIR|ARG|ONBUILD|STOPSIGNAL|HEALTHCHECK|SHELL)\b)"),
                 QRegularExpression::CaseInsensitiveOption),
             keyword, 1});
        m_rules.append({QRegularExpression(QStringLiteral(R"("[^"]*"|'[^']*')")), string, 0});
        m_rules.append(
            {QRegularExpression(QStringLiteral(R"(\$\{?[A-Za-z_][A-Za-z0-9_]*\}?)")), variable, 0});
        m_rules.append({QRegularExpression(QStringLiteral(R"(^\s*(#.*)$)")), comment, 1});
        break;
    case Language::Dotenv:
        m_rules.append(
            {QRegularExpression(QStringLiteral(R"(^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*[=:])")),
             key, 1});
        m_rules.append({QRegularExpression(QStringLiteral(R"("[^"]*"|'[^']*')")), string, 0});
        m_rules.append(
            {QRegularExpression(QStringLiteral(R"(\$\{?[A-Za-z_][A-Za-z0-9_]*\}?)")), variable, 0});
        m_rules.append({QRegularExpression(QStringLiteral(R"(^\s*(#.*)$)")), comment, 1});
        break;
    case Language::Plain:
        break;
    }
}

void ManifestHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : std::as_const(m_rules)) {
        auto matches = rule.pattern.globalMatch(text);
        while (matches.hasNext()) {
            const QRegularExpressionMatch match = matches.next();
            if (match.capturedStart(rule.group) >= 0)
                setFormat(int(match.capturedStart(rule.group)), int(match.capturedLength(rule.group)),
                          rule.format);
        }
    }
}

} // namespace tfi
