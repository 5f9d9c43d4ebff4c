#include "factors.h"

#include <QCoreApplication>

namespace tfi {

const QList<FactorInfo> &factorCatalogue()
{
    static const QList<FactorInfo> factors = {
        {1, "codebase", QT_TRANSLATE_NOOP("tfi::Factor", "Codebase")},
        {2, "dependencies", QT_TRANSLATE_NOOP("tfi::Factor", "Dependencies")},
        {3, "config", QT_TRANSLATE_NOOP("tfi::Factor", "Config")},
        {4, "backing-services", QT_TRANSLATE_NOOP("tfi::Factor", "Backing services")},
        {5, "build-release-run", QT_TRANSLATE_NOOP("tfi::Factor", "Build, release, run")},
        {6, "processes", QT_TRANSLATE_NOOP("tfi::Factor", "Processes")},
        {7, "port-binding", QT_TRANSLATE_NOOP("tfi::Factor", "Port binding")},
        {8, "concurrency", QT_TRANSLATE_NOOP("tfi::Factor", "Concurrency")},
        {9, "disposability", QT_TRANSLATE_NOOP("tfi::Factor", "Disposability")},
        {10, "dev-prod-parity", QT_TRANSLATE_NOOP("tfi::Factor", "Dev/prod parity")},
        {11, "logs", QT_TRANSLATE_NOOP("tfi::Factor", "Logs")},
        {12, "admin-processes", QT_TRANSLATE_NOOP("tfi::Factor", "Admin processes")},
    };
    return factors;
}

const FactorInfo *factorByNumber(int number)
{
    const auto &factors = factorCatalogue();
    return number >= 1 && number <= factors.size() ? &factors.at(number - 1) : nullptr;
}

const FactorInfo *factorByKey(const QString &key)
{
    for (const FactorInfo &factor : factorCatalogue()) {
        if (key == QLatin1String(factor.key))
            return &factor;
    }
    return nullptr;
}

QString factorKey(int number)
{
    const FactorInfo *factor = factorByNumber(number);
    return factor ? QString::fromLatin1(factor->key) : QString();
}

QString factorTitle(int number)
{
    const FactorInfo *factor = factorByNumber(number);
    return factor ? QCoreApplication::translate("tfi::Factor", factor->title) : QString();
}

} // namespace tfi
