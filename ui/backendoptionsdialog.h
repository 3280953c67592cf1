#pragma once

// BackendOptionsDialog: the playground's Django cache settings, the CACHES
// entry a script's LocMemCache is built from (MAX_ENTRIES, CULL_FREQUENCY,
// KEY_PREFIX, VERSION and the default TIMEOUT).
//
// Each field is labelled with the setting it stands for and explained in a
// line under it, and accepts what ScriptOptions (`# cachetutor:` comments and
// the command line) accepts: any integer, as Django's int() does, within what
// a spin box holds (32 bits; a wider value from setConfig() comes back
// unchanged as long as its field is not edited). TIMEOUT is whole seconds,
// as BaseCache keeps int(TIMEOUT), or None to never expire.
//
// The dialog edits a copy: config() is what the fields say now, and the
// caller decides on accept() whether to use it.

#include "cacheengine.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cachetutor {

class BackendOptionsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit BackendOptionsDialog(QWidget *parent = nullptr);

    void setConfig(const CacheConfig &config);
    // A number TIMEOUT comes back truncated toward zero, as int(TIMEOUT).
    CacheConfig config() const;

public slots:
    // Django's defaults: CacheConfig{}.
    void restoreDefaults();

private:
    void updateExample();

    // What setConfig() was given, so a value too wide for its spin box comes
    // back exactly when the user left that field alone.
    CacheConfig m_given;

    QSpinBox *m_maxEntries = nullptr;
    QSpinBox *m_cullFrequency = nullptr;
    QLineEdit *m_keyPrefix = nullptr;
    QSpinBox *m_version = nullptr;
    QSpinBox *m_timeout = nullptr;
    QCheckBox *m_neverExpire = nullptr;
    QLabel *m_example = nullptr;
};

} // namespace cachetutor
