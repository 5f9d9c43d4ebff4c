#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace tfi {

// Highlights the formats the evidence viewer shows: YAML, Dockerfile, dotenv and Procfile.
class ManifestHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    enum class Language
    {
        Plain,
        Yaml,
        Dockerfile,
        Dotenv,
    };

    explicit ManifestHighlighter(QTextDocument *document);
    void setLanguage(Language language);
    // Picks the language from a repository path.
    static Language languageForPath(const QString &path);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
        int group = 0;
    };
    void rebuildRules();

    Language m_language = Language::Plain;
    QList<Rule> m_rules;
};

} // namespace tfi
