// The shipped .ts files are complete: no unfinished or empty translation, the plural forms the
// language needs, and every %1/%n placeholder of the source kept in the translation.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QtTest>

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void complete_data();
    void complete();
    void translatorLoadsGerman();
};

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList forms; // the translation, or its numerus forms
};

QList<Message> readMessages(const QString &path, QString *language)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            *language = xml.attributes().value(QStringLiteral("language")).toString();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current =
                Message{context, {}, xml.attributes().value(QStringLiteral("numerus")) == u"yes", false, {}};
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            current.unfinished = xml.attributes().value(QStringLiteral("type")) == u"unfinished" ||
                                 xml.attributes().value(QStringLiteral("type")) == u"vanished" ||
                                 xml.attributes().value(QStringLiteral("type")) == u"obsolete";
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.forms.append(xml.readElementText());
            } else {
                current.forms.append(xml.readElementText());
            }
            messages.append(current);
        }
    }
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(%(\d+|n))"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

} // namespace

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("pluralForms");
    const QString directory = qEnvironmentVariable("TFI_SOURCE_DIR") + QStringLiteral("/translations");
    QTest::addRow("English") << directory + QStringLiteral("/twelve-factor-inspector_en.ts") << 2;
    QTest::addRow("German") << directory + QStringLiteral("/twelve-factor-inspector_de.ts") << 2;
}

void TestTranslations::complete()
{
    QFETCH(QString, path);
    QFETCH(int, pluralForms);
    QString language;
    const QList<Message> messages = readMessages(path, &language);
    QVERIFY2(!messages.isEmpty(), qPrintable(path));
    QStringList problems;
    for (const Message &message : messages) {
        const QString where = message.context + QStringLiteral(": \"") + message.source.left(60) + u'"';
        if (message.unfinished) {
            problems << QStringLiteral("unfinished ") + where;
            continue;
        }
        if (message.numerus && message.forms.size() != pluralForms)
            problems << QStringLiteral("%1 plural forms instead of %2 for ")
                                .arg(message.forms.size())
                                .arg(pluralForms) +
                            where;
        for (const QString &form : message.forms) {
            if (form.isEmpty() && !message.source.isEmpty())
                problems << QStringLiteral("empty translation of ") + where;
            if (placeholders(form) != placeholders(message.source))
                problems << QStringLiteral("placeholders differ in ") + where;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n') +
                                            QStringLiteral("\n(%1 problems)").arg(problems.size())));
}

void TestTranslations::translatorLoadsGerman()
{
    // The compiled catalogue is in the application's resources; here the source file must at least
    // translate the factor names, which every report and view shows.
    QString language;
    const QList<Message> messages =
        readMessages(qEnvironmentVariable("TFI_SOURCE_DIR") +
                         QStringLiteral("/translations/twelve-factor-inspector_de.ts"),
                     &language);
    QVERIFY(language.startsWith(u"de"));
    int factorNames = 0;
    for (const Message &message : messages)
        if (message.context == u"tfi::Factor" && !message.forms.value(0).isEmpty() && !message.unfinished)
            ++factorNames;
    QCOMPARE(factorNames, 12);
    // Spot checks: German words, not the English source copied over ("Logs" is German too).
    for (const Message &message : messages) {
        if (message.context == u"tfi::Factor" && message.source == u"Codebase")
            QCOMPARE(message.forms.value(0), QStringLiteral("Codebasis"));
        if (message.context == u"tfi::Factor" && message.source == u"Disposability")
            QCOMPARE(message.forms.value(0), QStringLiteral("Einweggebrauch"));
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
