#include "backendoptionsdialog.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <optional>

using namespace cachetutor;

Q_DECLARE_METATYPE(std::optional<double>)

namespace {

void compareConfigs(const CacheConfig &actual, const CacheConfig &expected)
{
    QCOMPARE(actual.maxEntries, expected.maxEntries);
    QCOMPARE(actual.cullFrequency, expected.cullFrequency);
    QCOMPARE(QString::fromStdString(actual.keyPrefix), QString::fromStdString(expected.keyPrefix));
    QCOMPARE(actual.version, expected.version);
    QCOMPARE(actual.timeout.has_value(), expected.timeout.has_value());
    if (expected.timeout)
        QCOMPARE(*actual.timeout, *expected.timeout);
}

CacheConfig makeConfig(qint64 maxEntries, qint64 cullFrequency, const QString &keyPrefix, qint64 version,
                       std::optional<double> timeout)
{
    CacheConfig config;
    config.maxEntries = maxEntries;
    config.cullFrequency = cullFrequency;
    config.keyPrefix = keyPrefix.toStdString();
    config.version = version;
    config.timeout = timeout;
    return config;
}

} // namespace

class TestBackendOptionsDialog : public QObject
{
    Q_OBJECT

private slots:
    void startsWithDjangoDefaults();
    void roundTrip_data();
    void roundTrip();
    void editedFieldsShowInConfig();
    void neverExpireDisablesSeconds();
    void restoreDefaults();
    void exampleKeyFollowsPrefixAndVersion();
    void labelsNameTheSettings();
    void everyControlIsDescribed();
    void renders();
};

void TestBackendOptionsDialog::startsWithDjangoDefaults()
{
    BackendOptionsDialog dialog;
    compareConfigs(dialog.config(), CacheConfig{});
}

void TestBackendOptionsDialog::roundTrip_data()
{
    QTest::addColumn<qint64>("maxEntries");
    QTest::addColumn<qint64>("cullFrequency");
    QTest::addColumn<QString>("keyPrefix");
    QTest::addColumn<qint64>("version");
    QTest::addColumn<std::optional<double>>("timeout");
    QTest::addColumn<std::optional<double>>("expectedTimeout");

    const std::optional<double> none;
    QTest::newRow("defaults") << qint64(300) << qint64(3) << QString() << qint64(1) << std::optional(300.0) << std::optional(300.0);
    QTest::newRow("small cache") << qint64(3) << qint64(2) << QStringLiteral("site1") << qint64(3) << std::optional(10.0) << std::optional(10.0);
    QTest::newRow("timeout None") << qint64(300) << qint64(3) << QString() << qint64(1) << none << none;
    QTest::newRow("timeout 0") << qint64(300) << qint64(3) << QString() << qint64(1) << std::optional(0.0) << std::optional(0.0);
    QTest::newRow("fractional timeout truncates") << qint64(300) << qint64(3) << QString() << qint64(1) << std::optional(2.7) << std::optional(2.0);
    QTest::newRow("negative fraction truncates toward 0") << qint64(300) << qint64(3) << QString() << qint64(1) << std::optional(-0.5) << std::optional(0.0);
    QTest::newRow("negative timeout") << qint64(300) << qint64(3) << QString() << qint64(1) << std::optional(-3.9) << std::optional(-3.0);
    QTest::newRow("cull frequency 0 clears all") << qint64(5) << qint64(0) << QString() << qint64(1) << std::optional(300.0) << std::optional(300.0);
    QTest::newRow("negative numbers, as int() allows") << qint64(-1) << qint64(-2) << QString() << qint64(-7) << std::optional(300.0) << std::optional(300.0);
    QTest::newRow("unicode prefix") << qint64(300) << qint64(3) << QStringLiteral("café·ключ·🙂") << qint64(2) << std::optional(60.0) << std::optional(60.0);
    QTest::newRow("prefix with colons and blanks") << qint64(300) << qint64(3) << QStringLiteral("my app:v2") << qint64(1) << std::optional(300.0) << std::optional(300.0);
    // Wider than a spin box: comes back whole when left alone.
    QTest::newRow("64-bit values") << qint64(1'000'000'000'000) << qint64(-5'000'000'000) << QString() << qint64(4'000'000'000)
                                   << std::optional(1e12 + 0.5) << std::optional(1e12);
}

void TestBackendOptionsDialog::roundTrip()
{
    QFETCH(qint64, maxEntries);
    QFETCH(qint64, cullFrequency);
    QFETCH(QString, keyPrefix);
    QFETCH(qint64, version);
    QFETCH(std::optional<double>, timeout);
    QFETCH(std::optional<double>, expectedTimeout);

    BackendOptionsDialog dialog;
    dialog.setConfig(makeConfig(maxEntries, cullFrequency, keyPrefix, version, timeout));
    compareConfigs(dialog.config(), makeConfig(maxEntries, cullFrequency, keyPrefix, version, expectedTimeout));
    QCOMPARE(dialog.findChild<QCheckBox *>(QStringLiteral("neverExpire"))->isChecked(), !timeout.has_value());
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("keyPrefix"))->text(), keyPrefix);

    // Setting what came back gives the same again.
    const CacheConfig first = dialog.config();
    dialog.setConfig(first);
    compareConfigs(dialog.config(), first);
}

void TestBackendOptionsDialog::editedFieldsShowInConfig()
{
    BackendOptionsDialog dialog;
    dialog.findChild<QSpinBox *>(QStringLiteral("maxEntries"))->setValue(4);
    dialog.findChild<QSpinBox *>(QStringLiteral("cullFrequency"))->setValue(0);
    dialog.findChild<QLineEdit *>(QStringLiteral("keyPrefix"))->setText(QStringLiteral("shop"));
    dialog.findChild<QSpinBox *>(QStringLiteral("version"))->setValue(2);
    dialog.findChild<QSpinBox *>(QStringLiteral("timeout"))->setValue(45);
    compareConfigs(dialog.config(), makeConfig(4, 0, QStringLiteral("shop"), 2, 45.0));

    // Editing a field that held a 64-bit value gives the edited value.
    dialog.setConfig(makeConfig(1'000'000'000'000, 3, QString(), 1, 300.0));
    auto *maxEntries = dialog.findChild<QSpinBox *>(QStringLiteral("maxEntries"));
    QCOMPARE(maxEntries->value(), std::numeric_limits<int>::max());
    maxEntries->setValue(10);
    QCOMPARE(dialog.config().maxEntries, 10);
}

void TestBackendOptionsDialog::neverExpireDisablesSeconds()
{
    BackendOptionsDialog dialog;
    auto *neverExpire = dialog.findChild<QCheckBox *>(QStringLiteral("neverExpire"));
    auto *seconds = dialog.findChild<QSpinBox *>(QStringLiteral("timeout"));
    QVERIFY(seconds->isEnabled());
    neverExpire->setChecked(true);
    QVERIFY(!seconds->isEnabled());
    QVERIFY(!dialog.config().timeout);
    neverExpire->setChecked(false);
    QVERIFY(seconds->isEnabled());
    QCOMPARE(dialog.config().timeout, std::optional(300.0));

    // From None, the seconds wait at Django's default.
    dialog.setConfig(makeConfig(300, 3, QString(), 1, std::nullopt));
    QVERIFY(!seconds->isEnabled());
    QCOMPARE(seconds->value(), 300);
}

void TestBackendOptionsDialog::restoreDefaults()
{
    BackendOptionsDialog dialog;
    dialog.setConfig(makeConfig(2, 0, QStringLiteral("x"), 9, std::nullopt));
    auto *restore = dialog.findChild<QPushButton *>(QStringLiteral("restoreDefaults"));
    QVERIFY(restore);
    QVERIFY(restore->text().contains(QStringLiteral("Django")));
    QTest::mouseClick(restore, Qt::LeftButton);
    compareConfigs(dialog.config(), CacheConfig{});
    QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("neverExpire"))->isChecked());
}

void TestBackendOptionsDialog::exampleKeyFollowsPrefixAndVersion()
{
    BackendOptionsDialog dialog;
    auto *example = dialog.findChild<QLabel *>(QStringLiteral("exampleKey"));
    QVERIFY(example->text().contains(QStringLiteral("':1:greet'")));
    dialog.setConfig(makeConfig(300, 3, QStringLiteral("site1"), 3, 300.0));
    QVERIFY2(example->text().contains(QStringLiteral("'site1:3:greet'")), qPrintable(example->text()));
    dialog.findChild<QSpinBox *>(QStringLiteral("version"))->setValue(4);
    QVERIFY(example->text().contains(QStringLiteral("'site1:4:greet'")));
}

void TestBackendOptionsDialog::labelsNameTheSettings()
{
    BackendOptionsDialog dialog;
    QString labels;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        labels += label->text().remove(QLatin1Char('&')) + QLatin1Char('\n'); // mnemonics
    for (const char *setting : {"OPTIONS['MAX_ENTRIES']", "OPTIONS['CULL_FREQUENCY']", "KEY_PREFIX", "VERSION", "TIMEOUT"})
        QVERIFY2(labels.contains(QLatin1String(setting)), setting);
    QVERIFY2(labels.contains(QStringLiteral("0 clears the whole cache")), "CULL_FREQUENCY 0 is explained");
}

void TestBackendOptionsDialog::everyControlIsDescribed()
{
    BackendOptionsDialog dialog;
    QList<QWidget *> controls;
    for (QAbstractSpinBox *box : dialog.findChildren<QAbstractSpinBox *>())
        controls << box;
    // Leaving out the parts Qt builds inside controls: a spin box's editor, a line edit's clear button.
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>())
        if (!qobject_cast<QAbstractSpinBox *>(edit->parentWidget()))
            controls << edit;
    for (QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
        if (!qobject_cast<QLineEdit *>(button->parentWidget()))
            controls << button;
    QCOMPARE(controls.size(), 9); // 4 spin boxes, the prefix, the checkbox, 3 buttons
    for (QWidget *control : std::as_const(controls)) {
        QVERIFY2(!control->accessibleName().isEmpty(), control->metaObject()->className());
        QVERIFY2(!control->toolTip().isEmpty(), qPrintable(control->accessibleName()));
        QVERIFY2(!control->statusTip().isEmpty(), qPrintable(control->accessibleName()));
    }
}

void TestBackendOptionsDialog::renders()
{
    BackendOptionsDialog dialog;
    dialog.setConfig(makeConfig(3, 2, QStringLiteral("site1"), 3, 10.0));
    dialog.adjustSize();
    const QPixmap image = dialog.grab();
    QVERIFY(!image.isNull());
    QVERIFY(image.save(QStringLiteral("/tmp/options.png")));
}

QTEST_MAIN(TestBackendOptionsDialog)
#include "tst_backendoptionsdialog.moc"
