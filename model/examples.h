#pragma once

#include <QList>
#include <QString>

namespace tfi {

// A bundled example repository for workshops (resources/examples/, compiled in under :/examples).
struct ExampleInfo
{
    QString name;    // folder name, e.g. "legacy-shop"
    QString title;   // translated
    QString summary; // translated: what it teaches
};

// The bundled examples, from the one that breaks most factors to the well-factored one.
QList<ExampleInfo> bundledExamples();

// Writes the example as a fresh git repository with its short history under `parentDirectory`
// (a new subdirectory named after the example) and returns its path; empty + error on failure.
// The history comes from :/examples/<name>.history.json; commits carry a fixed author and the
// dates of that file, so the same example always gives the same commit ids.
QString materializeExample(const QString &name, const QString &parentDirectory, QString *error);

} // namespace tfi
