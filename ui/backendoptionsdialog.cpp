#include "backendoptionsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace cachetutor {

namespace {

constexpr int IntMin = std::numeric_limits<int>::min();
constexpr int IntMax = std::numeric_limits<int>::max();

int clampToInt(std::int64_t value)
{
    return static_cast<int>(std::clamp<std::int64_t>(value, IntMin, IntMax));
}

// int(TIMEOUT), as BaseCache.__init__ and ScriptOptions do: 2.5 is 2, -0.5 is 0.
double truncatedSeconds(double seconds)
{
    return std::trunc(seconds) + 0.0; // + 0.0 turns -0.0 into 0.0
}

int clampSeconds(double seconds)
{
    return static_cast<int>(std::clamp(truncatedSeconds(seconds), double(IntMin), double(IntMax)));
}

QSpinBox *makeIntegerBox(const QString &objectName, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    // ScriptOptions takes any integer, as Django's int() does; a spin box holds 32 bits.
    box->setRange(IntMin, IntMax);
    box->setAccelerated(true);
    box->setMinimumWidth(box->fontMetrics().horizontalAdvance(QStringLiteral("0000000000")));
    return box;
}

// The one line under a field saying what the setting does.
QLabel *makeExplanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText); // quieter than the field it explains
    // Wide enough that one explanation takes a line or two, not a narrow column.
    label->setMinimumWidth(label->fontMetrics().averageCharWidth() * 60);
    return label;
}

// Accessible name, tooltip and status tip for a field, and the explanation
// line under it, so every way of meeting the field says the same.
void describe(QWidget *field, const QString &name, const QString &explanation)
{
    field->setAccessibleName(name);
    field->setAccessibleDescription(explanation);
    field->setToolTip(explanation);
    field->setStatusTip(explanation);
}

} // namespace

BackendOptionsDialog::BackendOptionsDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Cache Backend Options"));
    setAccessibleName(tr("Cache backend options"));

    auto *intro = new QLabel(tr("The settings of the playground's cache, as in Django's <code>CACHES['default']</code> "
                                "for <code>LocMemCache</code>. They apply to the next run."),
                             this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    // Each row: the setting's name as the label, the field, and its explanation under the field.
    auto addRow = [&](const QString &label, QWidget *field, const QString &name, const QString &explanation) {
        describe(field, name, explanation);
        auto *labelWidget = new QLabel(label, this);
        labelWidget->setBuddy(field->focusProxy() ? field->focusProxy() : field);
        form->addRow(labelWidget, field);
        form->addRow(QString(), makeExplanation(explanation, this));
    };

    m_maxEntries = makeIntegerBox(QStringLiteral("maxEntries"), this);
    addRow(tr("OPTIONS['&MAX_ENTRIES']:"), m_maxEntries, tr("OPTIONS['MAX_ENTRIES']"),
           tr("When the cache holds this many entries (expired ones count too), storing one more culls first. "
              "Default 300."));

    m_cullFrequency = makeIntegerBox(QStringLiteral("cullFrequency"), this);
    addRow(tr("OPTIONS['C&ULL_FREQUENCY']:"), m_cullFrequency, tr("OPTIONS['CULL_FREQUENCY']"),
           tr("A cull removes 1/N of the entries, least recently used first; 0 clears the whole cache. "
              "Default 3."));

    m_keyPrefix = new QLineEdit(this);
    m_keyPrefix->setObjectName(QStringLiteral("keyPrefix"));
    m_keyPrefix->setPlaceholderText(tr("(empty)"));
    m_keyPrefix->setClearButtonEnabled(true);
    addRow(tr("&KEY_PREFIX:"), m_keyPrefix, tr("KEY_PREFIX"),
           tr("Put in front of every internal key, so that caches can share one store. Default empty."));

    m_version = makeIntegerBox(QStringLiteral("version"), this);
    addRow(tr("&VERSION:"), m_version, tr("VERSION"),
           tr("The key version used when a call gives none; part of every internal key. Default 1."));

    m_timeout = makeIntegerBox(QStringLiteral("timeout"), this);
    m_timeout->setSuffix(tr(" s"));
    m_neverExpire = new QCheckBox(tr("&None — never expire"), this);
    m_neverExpire->setObjectName(QStringLiteral("neverExpire"));
    describe(m_neverExpire, tr("TIMEOUT None, never expire"),
             tr("TIMEOUT = None: entries set without a timeout never expire"));
    auto *timeoutField = new QWidget(this);
    auto *timeoutLayout = new QHBoxLayout(timeoutField);
    timeoutLayout->setContentsMargins(0, 0, 0, 0);
    timeoutLayout->addWidget(m_timeout);
    timeoutLayout->addWidget(m_neverExpire);
    timeoutLayout->addStretch();
    timeoutField->setFocusProxy(m_timeout);
    describe(m_timeout, tr("TIMEOUT in seconds"),
             tr("Seconds an entry lives when set() gives no timeout; Django keeps int(TIMEOUT), so 2.5 is 2, "
                "and 0 expires at once. Default 300."));
    {
        auto *label = new QLabel(tr("&TIMEOUT:"), this);
        label->setBuddy(m_timeout);
        form->addRow(label, timeoutField);
        form->addRow(QString(), makeExplanation(m_timeout->toolTip(), this));
    }
    connect(m_neverExpire, &QCheckBox::toggled, m_timeout, &QWidget::setDisabled);

    m_example = new QLabel(this);
    m_example->setObjectName(QStringLiteral("exampleKey"));
    m_example->setAccessibleName(tr("Example internal key"));
    m_example->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Example:"), m_example);
    connect(m_keyPrefix, &QLineEdit::textChanged, this, &BackendOptionsDialog::updateExample);
    connect(m_version, &QSpinBox::valueChanged, this, &BackendOptionsDialog::updateExample);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setAccessibleName(tr("OK"));
    ok->setToolTip(tr("Use these settings for the next run"));
    ok->setStatusTip(ok->toolTip());
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setToolTip(tr("Keep the settings as they were"));
    cancel->setStatusTip(cancel->toolTip());
    QPushButton *restore = buttons->button(QDialogButtonBox::RestoreDefaults);
    restore->setText(tr("Restore &Django Defaults"));
    restore->setObjectName(QStringLiteral("restoreDefaults"));
    restore->setAccessibleName(tr("Restore Django defaults"));
    restore->setToolTip(tr("MAX_ENTRIES 300, CULL_FREQUENCY 3, KEY_PREFIX empty, VERSION 1, TIMEOUT 300"));
    restore->setStatusTip(restore->toolTip());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(restore, &QPushButton::clicked, this, &BackendOptionsDialog::restoreDefaults);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);

    setConfig(CacheConfig{});
}

void BackendOptionsDialog::setConfig(const CacheConfig &config)
{
    m_given = config;
    if (m_given.timeout)
        m_given.timeout = truncatedSeconds(*m_given.timeout);
    m_maxEntries->setValue(clampToInt(config.maxEntries));
    m_cullFrequency->setValue(clampToInt(config.cullFrequency));
    m_keyPrefix->setText(QString::fromStdString(config.keyPrefix));
    m_version->setValue(clampToInt(config.version));
    m_neverExpire->setChecked(!config.timeout);
    // With None the seconds keep Django's default, ready for when the box is unticked.
    m_timeout->setValue(clampSeconds(config.timeout.value_or(*CacheConfig{}.timeout)));
    updateExample();
}

CacheConfig BackendOptionsDialog::config() const
{
    // A field still showing the clamped form of what setConfig() gave returns that value whole.
    auto integer = [](const QSpinBox *box, std::int64_t given) {
        return box->value() == clampToInt(given) ? given : std::int64_t{box->value()};
    };
    CacheConfig config;
    config.maxEntries = integer(m_maxEntries, m_given.maxEntries);
    config.cullFrequency = integer(m_cullFrequency, m_given.cullFrequency);
    config.keyPrefix = m_keyPrefix->text().toStdString();
    config.version = integer(m_version, m_given.version);
    if (m_neverExpire->isChecked())
        config.timeout = std::nullopt;
    else if (m_given.timeout && m_timeout->value() == clampSeconds(*m_given.timeout))
        config.timeout = *m_given.timeout;
    else
        config.timeout = double(m_timeout->value());
    return config;
}

void BackendOptionsDialog::restoreDefaults()
{
    setConfig(CacheConfig{});
}

void BackendOptionsDialog::updateExample()
{
    // '%s:%s:%s' % (KEY_PREFIX, VERSION, key), Django's default make_key.
    const QString key = QStringLiteral("%1:%2:greet").arg(m_keyPrefix->text(), QString::number(config().version));
    m_example->setText(tr("cache.set('greet', …) stores the internal key '%1'").arg(key));
}

} // namespace cachetutor
