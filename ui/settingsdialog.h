// SettingsDialog: poll interval, sources on/off, SLA hours per kind, notifications, language, and
// the administrator's "enable live updates on this server". It edits an AppSettings value; the
// live-updates buttons only ask (AppController runs them and reports back here).
#pragma once

#include "platform/appsettings.h"
#include "sync/profilestatus.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const AppSettings &settings, const QList<ProfileStatus> &profiles,
                   QWidget *parent = nullptr);

    AppSettings settings() const;
    // Shows the outcome of a live-updates action or status check.
    void setLiveUpdatesText(const QString &text, bool busy = false);

Q_SIGNALS:
    // "status", "enable" or "disable".
    void liveUpdatesRequested(const QString &operation);

private:
    AppSettings m_initial;
    QSpinBox *m_poll;
    QListWidget *m_profiles;
    QHash<ItemKind, QDoubleSpinBox *> m_sla;
    QComboBox *m_severity;
    QCheckBox *m_breaches;
    QComboBox *m_language;
    QLabel *m_liveText;
    QPushButton *m_enableLive;
    QPushButton *m_disableLive;
};
