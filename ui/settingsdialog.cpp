#include "settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(const AppSettings &settings, const QList<ProfileStatus> &profiles,
                               QWidget *parent)
    : QDialog(parent)
    , m_initial(settings)
    , m_poll(new QSpinBox(this))
    , m_profiles(new QListWidget(this))
    , m_severity(new QComboBox(this))
    , m_breaches(new QCheckBox(tr("When an item becomes &overdue"), this))
    , m_language(new QComboBox(this))
    , m_liveText(new QLabel(this))
    , m_enableLive(new QPushButton(tr("&Enable live updates on this server"), this))
    , m_disableLive(new QPushButton(tr("Re&move them"), this))
{
    setWindowTitle(tr("Settings"));
    setMinimumWidth(560); // the source titles and their reasons fit on one line
    auto *layout = new QVBoxLayout(this);

    auto *syncBox = new QGroupBox(tr("Sync"), this);
    auto *syncForm = new QFormLayout(syncBox);
    m_poll->setRange(10, 3600);
    m_poll->setSuffix(tr(" s"));
    m_poll->setValue(settings.pollSeconds);
    syncForm->addRow(tr("&Poll every:"), m_poll);
    for (const ProfileStatus &status : profiles) {
        auto *entry = new QListWidgetItem(status.profile.title, m_profiles);
        entry->setData(Qt::UserRole, status.profile.id);
        if (status.enabled || settings.disabledProfiles.contains(status.profile.id)) {
            entry->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
            entry->setCheckState(settings.disabledProfiles.contains(status.profile.id) ? Qt::Unchecked
                                                                                       : Qt::Checked);
        } else {
            entry->setFlags(Qt::NoItemFlags);
            entry->setToolTip(status.reason);
            entry->setText(tr("%1 (not on this server: %2)").arg(status.profile.title, status.reason));
        }
    }
    // Every source of a typical server without scrolling (14 built in).
    const int rows = qMin(int(profiles.size()), 14);
    m_profiles->setMinimumHeight(
        qMax(160, m_profiles->sizeHintForRow(0) * (rows + 1) + 2 * m_profiles->frameWidth()));
    syncForm->addRow(tr("&Sources:"), m_profiles);
    layout->addWidget(syncBox);

    auto *slaBox = new QGroupBox(tr("SLA clock"), this);
    auto *slaForm = new QFormLayout(slaBox);
    const QList<std::pair<ItemKind, QString>> kinds{
        {ItemKind::Approval, tr("Approvals:")},
        {ItemKind::Exception, tr("Store exceptions:")},
        {ItemKind::IntegrationFailure, tr("Integration failures:")}};
    for (const auto &[kind, label] : kinds) {
        auto *hours = new QDoubleSpinBox(this);
        hours->setRange(0, 24 * 30);
        hours->setDecimals(0);
        hours->setSuffix(tr(" h"));
        hours->setSpecialValueText(tr("As the source defines it"));
        hours->setValue(settings.slaHours.value(kind, 0.0));
        m_sla.insert(kind, hours);
        slaForm->addRow(label, hours);
    }
    layout->addWidget(slaBox);

    auto *notifyBox = new QGroupBox(tr("Desktop notifications"), this);
    auto *notifyForm = new QFormLayout(notifyBox);
    m_severity->addItem(tr("Never"), QString());
    m_severity->addItem(tr("Any new item"), QStringLiteral("low"));
    m_severity->addItem(tr("Medium and above"), QStringLiteral("medium"));
    m_severity->addItem(tr("High and above"), QStringLiteral("high"));
    m_severity->addItem(tr("Critical only"), QStringLiteral("critical"));
    m_severity->setCurrentIndex(qMax(0, m_severity->findData(settings.notifyMinimumSeverity)));
    notifyForm->addRow(tr("New &items:"), m_severity);
    m_breaches->setChecked(settings.notifySlaBreaches);
    notifyForm->addRow(QString(), m_breaches);
    layout->addWidget(notifyBox);

    auto *languageForm = new QFormLayout;
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language)));
    languageForm->addRow(tr("&Language (after a restart):"), m_language);
    layout->addLayout(languageForm);

    auto *liveBox = new QGroupBox(tr("Live updates on this server (Odoo administrators)"), this);
    auto *liveLayout = new QVBoxLayout(liveBox);
    auto *liveHelp =
        new QLabel(tr("Creates one automation rule per monitored model in Odoo, so that changes reach HQ "
                      "Tower within a second. Users who should get them belong to the Odoo group "
                      "\"HQ Tower live updates\"."),
                   liveBox);
    liveHelp->setWordWrap(true);
    liveLayout->addWidget(liveHelp);
    m_liveText->setWordWrap(true);
    liveLayout->addWidget(m_liveText);
    auto *liveButtons = new QHBoxLayout;
    liveButtons->addWidget(m_enableLive);
    liveButtons->addWidget(m_disableLive);
    liveButtons->addStretch();
    liveLayout->addLayout(liveButtons);
    layout->addWidget(liveBox);
    connect(m_enableLive, &QPushButton::clicked, this,
            [this] { Q_EMIT liveUpdatesRequested(QStringLiteral("enable")); });
    connect(m_disableLive, &QPushButton::clicked, this,
            [this] { Q_EMIT liveUpdatesRequested(QStringLiteral("disable")); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setLiveUpdatesText(tr("Checking…"), true);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings result = m_initial;
    result.pollSeconds = m_poll->value();
    for (int row = 0; row < m_profiles->count(); ++row) {
        const QListWidgetItem *entry = m_profiles->item(row);
        if (!(entry->flags() & Qt::ItemIsUserCheckable))
            continue;
        const QString id = entry->data(Qt::UserRole).toString();
        if (entry->checkState() == Qt::Checked)
            result.disabledProfiles.remove(id);
        else
            result.disabledProfiles.insert(id);
    }
    result.slaHours.clear();
    for (auto it = m_sla.constBegin(); it != m_sla.constEnd(); ++it) {
        if (it.value()->value() > 0)
            result.slaHours.insert(it.key(), it.value()->value());
    }
    result.notifyMinimumSeverity = m_severity->currentData().toString();
    result.notifySlaBreaches = m_breaches->isChecked();
    result.language = m_language->currentData().toString();
    return result;
}

void SettingsDialog::setLiveUpdatesText(const QString &text, bool busy)
{
    m_liveText->setText(text);
    m_enableLive->setEnabled(!busy);
    m_disableLive->setEnabled(!busy);
}
