#pragma once

#include "auditresult.h"

#include <QSet>
#include <QStringList>

namespace tfi {

// Masks secrets in file text before it is shown as evidence (GUI source view, report snippets).
// Line-based redaction alone misses a secret whose name is on another line (a Kubernetes
// `- name: DB_PASSWORD` followed by `value: ...`), so every sensitive value the model knows is
// masked wherever it appears, and then redactText() catches secret-shaped tokens.
class EvidenceRedactor
{
public:
    explicit EvidenceRedactor(const AuditResult &result);

    QString redact(const QString &text) const;

private:
    void collect(const QString &name, const QString &value);
    QStringList m_secrets; // longest first, so a secret inside another is not half-masked
    QSet<QString> m_seen;
};

struct EvidenceSnippet
{
    QString path;
    int firstLine = 0; // 1-based number of lines.first()
    int focusLine = 0; // the line the location names
    QStringList lines; // redacted
};

// The whole text of a repository file, redacted; empty when the file is not a text file.
QString redactedFileText(const AuditResult &result, const EvidenceRedactor &redactor, const QString &path);

// The lines around a location, redacted; empty lines when the file cannot be shown.
EvidenceSnippet evidenceSnippet(const AuditResult &result, const EvidenceRedactor &redactor,
                                const Location &location, int context = 2);

} // namespace tfi
