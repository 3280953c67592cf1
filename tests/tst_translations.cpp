// The German and Spanish catalogues (translations/*.ts): every message is
// translated, keeps the source's placeholders, accelerators and symbols, the
// compiled catalogue translates at run time, and the .ts files list exactly the
// strings the sources have (lupdate over the app's source list, into a
// scratch file, compared with the committed one).

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "unfinished", "obsolete", "vanished" or empty
    QStringList translations; // one, or one per numerus form

    // What identifies a message to lupdate and to QTranslator.
    QString key() const { return context + QLatin1String(" | ") + source + QLatin1String(" | ") + comment; }
};

// Reads a .ts file; an empty list and `error` set if it is not one.
QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            Message message;
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    message.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("comment")) {
                    message.comment = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    message.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (message.numerus) {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == QLatin1String("numerusform"))
                                message.translations.append(xml.readElementText());
                            else
                                xml.skipCurrentElement();
                        }
                    } else {
                        message.translations.append(xml.readElementText());
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%[1-9n]"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &m : pattern.globalMatch(text))
        found.insert(m.captured());
    return found;
}

// Menu and label accelerators: '&' before a character, but not '&&' or an HTML entity.
int accelerators(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("&(?!&|nbsp;|amp;|lt;|gt;)\\S"));
    int count = 0;
    for (auto it = pattern.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

const QString Symbols = QStringLiteral("✔✘●▶➜◐⚠≠→");

QString tsPath(const QString &language)
{
    return QStringLiteral(CACHETUTOR_SOURCE_DIR "/translations/cachetutor_%1.ts").arg(language);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageTranslated_data();
    void everyMessageTranslated();
    void compiledCatalogueTranslates_data();
    void compiledCatalogueTranslates();
    void cataloguesMatchSources_data();
    void cataloguesMatchSources();
};

void TestTranslations::everyMessageTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("numerusForms");
    QTest::newRow("de") << QStringLiteral("de") << 2;
    QTest::newRow("es") << QStringLiteral("es") << 2;
}

void TestTranslations::everyMessageTranslated()
{
    QFETCH(QString, language);
    QFETCH(int, numerusForms);
    QString error;
    const QList<Message> messages = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);

    QStringList problems;
    for (const Message &m : messages) {
        const QString where = QStringLiteral("%1 \"%2\"").arg(m.context, m.source);
        if (!m.type.isEmpty()) {
            problems << QStringLiteral("%1: %2").arg(where, m.type);
            continue;
        }
        if (m.numerus && m.translations.size() != numerusForms)
            problems << QStringLiteral("%1: %2 plural forms, expected %3").arg(where).arg(m.translations.size()).arg(numerusForms);
        for (const QString &translation : m.translations) {
            if (translation.trimmed().isEmpty()) {
                problems << QStringLiteral("%1: empty").arg(where);
                continue;
            }
            if (placeholders(translation) != placeholders(m.source))
                problems << QStringLiteral("%1: placeholders differ in \"%2\"").arg(where, translation);
            if (accelerators(translation) != accelerators(m.source))
                problems << QStringLiteral("%1: accelerators (&) differ in \"%2\"").arg(where, translation);
            for (const QChar symbol : Symbols)
                if (m.source.contains(symbol) != translation.contains(symbol))
                    problems << QStringLiteral("%1: symbol %2 differs in \"%3\"").arg(where, symbol, translation);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::compiledCatalogueTranslates_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("steps");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Datei") << QStringLiteral("3 Schritte aufgezeichnet");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("&Archivo") << QStringLiteral("3 pasos trazados");
}

void TestTranslations::compiledCatalogueTranslates()
{
    QFETCH(QString, language);
    QFETCH(QString, file);
    QFETCH(QString, steps);
    QTranslator translator;
    QVERIFY(translator.load(QLocale(language), QStringLiteral("cachetutor"), QStringLiteral("_"), QStringLiteral(CACHETUTOR_QM_DIR)));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCOMPARE(QCoreApplication::translate("cachetutor::MainWindow", "&File"), file);
    QCOMPARE(QCoreApplication::translate("cachetutor::MainWindow", "Traced %n steps", nullptr, 3), steps);
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QCOMPARE(QCoreApplication::translate("cachetutor::MainWindow", "&File"), QStringLiteral("&File"));
}

void TestTranslations::cataloguesMatchSources_data()
{
    everyMessageTranslated_data();
}

// `cmake --build build --target update_translations` fixes a failure here; then translate what it added.
void TestTranslations::cataloguesMatchSources()
{
    QFETCH(QString, language);
    if (!QFile::exists(QStringLiteral(CACHETUTOR_LUPDATE_EXE)))
        QSKIP("lupdate is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString scratch = dir.filePath(QStringLiteral("cachetutor_%1.ts").arg(language));
    QProcess lupdate;
    lupdate.start(QStringLiteral(CACHETUTOR_LUPDATE_EXE),
                  {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                   QStringLiteral("@" CACHETUTOR_I18N_SOURCES), QStringLiteral("-ts"), scratch});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QString error;
    QSet<QString> inSources;
    for (const Message &m : readTs(scratch, &error))
        inSources.insert(m.key());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> committed;
    for (const Message &m : readTs(tsPath(language), &error))
        committed.insert(m.key());
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QStringList problems;
    for (const QString &key : inSources - committed)
        problems << QStringLiteral("missing from the .ts: ") + key;
    for (const QString &key : committed - inSources)
        problems << QStringLiteral("no longer in the sources: ") + key;
    problems.sort();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
