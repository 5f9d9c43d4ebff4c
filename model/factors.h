#pragma once

#include <QList>
#include <QString>

namespace tfi {

struct FactorInfo
{
    int number = 0;    // 1..12
    const char *key;   // "codebase", "backing-services", ... (stable, used in rule ids)
    const char *title; // English title, translated through factorTitle()
};

// The twelve factors in order.
const QList<FactorInfo> &factorCatalogue();
const FactorInfo *factorByNumber(int number);
const FactorInfo *factorByKey(const QString &key);
QString factorKey(int number);
// The translated title, e.g. "Backing services".
QString factorTitle(int number);

} // namespace tfi
