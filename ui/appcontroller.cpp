#include "appcontroller.h"

#include "chartspanel.h"
#include "connectionflow.h"
#include "decisionflow.h"
#include "demo/demoserver.h"
#include "itemdetailpanel.h"
#include "mainwindow.h"
#include "platform/credentialstore.h"
#include "queueload.h"
#include "queuemodel.h"
#include "queuepanel.h"
#include "queuerules.h"
#include "settingsdialog.h"
#include "storemappanel.h"
#include "storemapview.h"
#include "traynotifier.h"
#include "welcomedialog.h"
#include "workspace.h"

#include <QApplication>
#include <QLocale>
#include <QMessageBox>

AppController::AppController(MainWindow *window, QSettings *settings, QObject *parent)
    : AppController(window, settings, std::make_unique<CredentialStore>(), parent)
{}

AppController::AppController(MainWindow *window, QSettings *settings,
                             std::unique_ptr<CredentialStore> credentials, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_settings(settings)
    , m_preferences(AppSettings::load(*settings))
    , m_connections(std::make_unique<ConnectionFlow>(window, settings, std::move(credentials)))
    , m_tray(new TrayNotifier(this))
{
    connect(m_connections.get(), &ConnectionFlow::connectionChosen, this,
            [this](const ConnectionSettings &connection, const QString &secret, const QString &label) {
                m_demo.reset();
                startSession(connection, secret, label, QString());
            });
    connect(m_window, &MainWindow::settingsRequested, this, &AppController::openSettings);
    connect(m_tray, &TrayNotifier::showWindowRequested, m_window, [this] {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    });
    connect(m_tray, &TrayNotifier::openItemRequested, this, [this](const QString &itemId) {
        m_window->showNormal();
        m_window->activateWindow();
        if (m_workspace)
            m_workspace->queue()->selectItem(itemId);
    });
    connect(m_window, &MainWindow::demoRequested, this, [this] { startDemo(18); });
    connect(m_window, &MainWindow::syncRequested, this, [this] {
        if (m_session)
            m_session->syncNow();
    });
    m_clock.setInterval(std::chrono::seconds(30));
    connect(&m_clock, &QTimer::timeout, this, &AppController::onClockTick);
    m_historyRefresh.setSingleShot(true);
    connect(&m_historyRefresh, &QTimer::timeout, this, &AppController::refreshApprovalHistory);
}

AppController::~AppController()
{
    // The session ends its sync runs as it goes and says so: not to this controller, whose members
    // are being destroyed (ASan: refreshStatus() read m_label after it was freed).
    if (m_session)
        disconnect(m_session.get(), nullptr, this, nullptr);
    m_session.reset();
}

bool AppController::hasSavedConnection() const
{
    return m_connections->hasSavedConnection();
}

QueueModel *AppController::queueModel() const
{
    return m_workspace ? m_workspace->model() : nullptr;
}

QueuePanel *AppController::queuePanel() const
{
    return m_workspace ? m_workspace->queue() : nullptr;
}

StoreMapPanel *AppController::mapPanel() const
{
    return m_workspace ? m_workspace->map() : nullptr;
}

ChartsPanel *AppController::chartsPanel() const
{
    return m_workspace ? m_workspace->charts() : nullptr;
}

void AppController::start(bool demo, int demoFlavor)
{
    if (demo) {
        startDemo(demoFlavor);
        return;
    }
    if (m_connections->connectCurrent())
        return;
    WelcomeDialog welcome(m_window);
    const int choice = welcome.exec();
    if (choice == WelcomeDialog::TryDemo)
        startDemo(demoFlavor);
    else if (choice == WelcomeDialog::ConnectToServer)
        connectToServer();
}

void AppController::startDemo(int flavor)
{
    m_window->showBusy(tr("Preparing the demo server…"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_session.reset();
    m_demo = std::make_unique<DemoServer>(flavor);
    QString error;
    const bool started = m_demo->start(&error);
    QApplication::restoreOverrideCursor();
    if (!started) {
        QMessageBox::critical(m_window, tr("Demo"), tr("The demo server could not start: %1").arg(error));
        return;
    }
    m_connections->setDemoActive(true);
    startSession(m_demo->settings(), m_demo->secret(), tr("Demo (simulated Odoo %1)").arg(flavor),
                 m_demo->cacheFile());
}

void AppController::connectToServer()
{
    m_connections->connectToServer();
}

void AppController::resetPlanner()
{
    m_planner = NotificationPlanner();
    m_planner.setMinimumSeverity(QueueRules::severityRank(m_preferences.notifyMinimumSeverity));
    m_planner.setSlaBreaches(m_preferences.notifySlaBreaches);
}

void AppController::startSession(const ConnectionSettings &settings, const QString &secret,
                                 const QString &label, const QString &cacheFile)
{
    // Another server or user: nothing of the previous one stays on screen.
    const bool otherConnection = m_connectionSettings.serverUrl != settings.serverUrl ||
                                 m_connectionSettings.database != settings.database ||
                                 m_connectionSettings.login != settings.login;
    if (m_workspace && otherConnection) {
        m_workspace->model()->setItems(QList<QueueItem>());
        m_workspace->model()->clearDecisions();
    }
    m_label = label;
    m_connectionSettings = settings;
    m_firstSyncSeen = false;
    m_history.clear();
    m_historyRefresh.stop();
    resetPlanner();
    AppSession::Options options;
    options.cacheFile = cacheFile;
    options.preferences = m_preferences;
    m_session.reset();
    m_session = std::make_unique<AppSession>(settings, secret, options);
    buildWorkspace();
    wireSession(m_session.get());
    m_window->setConnectionText(tr("%1 · connecting…").arg(m_label));
    m_lastTick = QDateTime::currentDateTimeUtc();
    m_clock.start();
    m_session->start();
}

void AppController::wireSession(AppSession *session)
{
    connect(session, &AppSession::cacheOpened, this,
            [this](const QList<StoreInfo> &stores, const QDateTime &lastSynced) {
                readCachedQueue(stores, lastSynced);
            });
    connect(session, &AppSession::connected, this, [this] {
        m_workspace->queue()->setCurrentUserId(m_session->userId());
        refreshStatus();
    });
    connect(session, &AppSession::profilesDetected, this, [this](const QList<ProfileStatus> &statuses) {
        QHash<QString, QString> titles;
        for (const ProfileStatus &status : statuses)
            titles.insert(status.profile.id, status.profile.title);
        m_workspace->charts()->setSourceTitles(titles);
    });
    // A server that is down or overloaded is tried again (the status bar says when); a refused
    // secret is asked for again; anything else needs the user.
    connect(session, &AppSession::connectionFailed, this, [this] {
        m_window->setConnectionText(tr("%1 · not connected").arg(m_label));
        refreshStatus();
    });
    connect(session, &AppSession::connectionGaveUp, this, [this](const OdooError &error) {
        QMessageBox::warning(m_window, tr("Could not connect"), error.userMessage());
    });
    connect(session, &AppSession::secretRefused, this,
            [this](const OdooError &error) { m_connections->askSecretAgain(error.userMessage()); });
    connect(session, &AppSession::itemsChanged, this,
            [this](const QList<QueueItem> &upserts, const QStringList &removed) {
                m_workspace->model()->applyChanges(upserts, removed);
                m_workspace->scheduleAggregation();
                showCurrentItem();
            });
    connect(session, &AppSession::storesChanged, m_workspace.get(), &Workspace::showStores);
    connect(session, &AppSession::decisionChanged, this, [this](const Decision &decision) {
        m_workspace->model()->setDecision(decision);
        if (decision.isSettled())
            m_workspace->scheduleAggregation();
        if (decision.status == Decision::Status::Applied &&
            (decision.action == Decision::Action::Approve || decision.action == Decision::Action::Reject))
            m_historyRefresh.start(std::chrono::seconds(3)); // once after a burst of decisions
        if (decision.isSettled() && decision.status != Decision::Status::Applied)
            m_window->showProblem(tr("%1: %2").arg(decision.itemId, decision.message));
        refreshStatus();
        showCurrentItem();
    });
    connect(session, &AppSession::statusChanged, this, [this] {
        refreshStatus();
        const SyncStatus status = m_session->syncStatus();
        if (!m_firstSyncSeen && m_session->sourcesRunning() && status.state == SyncStatus::State::UpToDate) {
            m_firstSyncSeen = true;
            refreshApprovalHistory();
            Q_EMIT firstSyncFinished();
        }
    });
    connect(session, &AppSession::progress, this, [this](int fetched, int total) {
        if (total > 0)
            m_window->setSyncText(tr("Syncing… %1 of %2 items (%3 %)")
                                      .arg(fetched)
                                      .arg(total)
                                      .arg(qMin(100, fetched * 100 / total)));
    });
    connect(session, &AppSession::problem, m_window, &MainWindow::showProblem);
}

void AppController::readCachedQueue(const QList<StoreInfo> &stores, const QDateTime &lastSynced)
{
    m_workspace->showStores(stores);
    QueueModel *model = m_workspace->model();
    for (const Decision &decision : m_session->recentDecisions(500))
        model->setDecision(decision);
    m_window->setSyncText(tr("Reading the offline queue…"));
    // The items are read and their rows made on worker threads; the window stays responsive and
    // the model only swaps the rows in.
    auto load = std::make_shared<QueueLoad>(model->rowMaker());
    m_session->readCachedQueue(
        this, [load](QList<QueueItem> &&chunk) { load->addChunk(std::move(chunk)); },
        [load] { load->finish(); },
        [this, load, lastSynced](bool ok) {
            if (ok) {
                load->applyTo(m_workspace->model());
                m_workspace->scheduleAggregation();
            }
            if (ok && lastSynced.isValid()) {
                m_window->setSyncText(
                    tr("Showing the cached queue, last synced at %1")
                        .arg(QLocale().toString(lastSynced.toLocalTime(), QLocale::ShortFormat)));
            }
            Q_EMIT cachedQueueShown();
        });
}

void AppController::buildWorkspace()
{
    if (m_workspace)
        return;
    m_workspace = std::make_unique<Workspace>(m_window, m_settings);
    connect(m_workspace.get(), &Workspace::aggregationDue, this, &AppController::aggregateNow);
    connect(m_workspace.get(), &Workspace::countsChanged, m_tray, &TrayNotifier::setCounts);
    QueuePanel *queue = m_workspace->queue();
    connect(m_workspace->charts(), &ChartsPanel::daysChanged, this, &AppController::refreshApprovalHistory);
    connect(queue, &QueuePanel::currentItemChanged, this, &AppController::showCurrentItem);
    connect(queue, &QueuePanel::selectionCountChanged, this, [this](int count) {
        if (count > 1)
            m_workspace->detail()->showNothing(count);
        else
            showCurrentItem();
    });
    connect(queue, &QueuePanel::decisionRequested, this, &AppController::decide);
    connect(m_workspace->detail(), &ItemDetailPanel::actionRequested, this,
            [this](Decision::Action action) { decide(m_workspace->queue()->targetIds(), action); });
}

void AppController::showCurrentItem()
{
    if (!m_session || !m_workspace)
        return;
    QueueModel *model = m_workspace->model();
    ItemDetailPanel *detail = m_workspace->detail();
    const QString id = m_workspace->queue()->currentId();
    const int row = model->rowOf(id);
    if (row < 0) {
        detail->showNothing();
        return;
    }
    const QueueItem item = model->itemAt(row);
    std::optional<StoreInfo> store;
    for (const StoreInfo &candidate : model->stores()) {
        if (candidate.id == item.storeId)
            store = candidate;
    }
    std::optional<Decision> latest;
    for (const Decision &decision : m_session->recentDecisions(50)) {
        if (decision.itemId == id) {
            latest = decision;
            break;
        }
    }
    detail->showItem(item, store, m_session->actionsFor(item), m_session->recordUrl(item.model, item.resId),
                     latest, m_session->fieldLabels(item.profileId));
    // Lines, history and attachments come from Odoo, once per selected item.
    if (m_detailsFor == id) {
        if (m_detailsReady) // else the answer is on its way and shows them
            detail->showDetails(m_details);
        return;
    }
    m_detailsFor = id;
    m_detailsReady = false;
    m_details = {};
    m_session->fetchDetails(item, detail, [this, id](const RecordDetails &details) {
        if (m_detailsFor != id)
            return;
        m_details = details;
        m_detailsReady = true;
        if (m_workspace->detail()->itemId() == id)
            m_workspace->detail()->showDetails(details);
    });
}

void AppController::decide(const QStringList &itemIds, Decision::Action action)
{
    if (!m_session || itemIds.isEmpty())
        return;
    QList<QueueItem> items;
    for (const QString &id : itemIds) {
        const int row = m_workspace->model()->rowOf(id);
        if (row < 0)
            continue;
        const QueueItem item = m_workspace->model()->itemAt(row);
        if (m_session->actionsFor(item).contains(action))
            items.append(item);
    }
    if (items.isEmpty()) {
        m_window->showProblem(
            tr("\"%1\" is not possible on the selected item.").arg(Decision::actionName(action)));
        return;
    }
    const auto requests = DecisionFlow(m_window).ask(items, action);
    if (!requests)
        return;
    QString error;
    if (!m_session->decide(*requests, &error))
        QMessageBox::warning(m_window, tr("Not sent"), error);
    refreshStatus();
}

void AppController::refreshStatus()
{
    if (!m_session)
        return;
    m_window->setConnectionText(QStringLiteral("%1 · %2").arg(m_label, m_session->serverSummary()));
    m_window->setSyncText(m_session->syncStatus().text());
    m_window->setPushText(m_session->pushText());
    const int pending = m_session->pendingDecisions();
    m_window->setOutboxText(pending > 0 ? tr("%n decision(s) on the way", nullptr, pending)
                                        : tr("Outbox empty"));
}

void AppController::onClockTick()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_workspace) {
        m_workspace->model()->setNow(now);
        m_tray->notify(m_planner.clockMoved(m_workspace->model()->items(), m_lastTick, now));
        m_workspace->scheduleAggregation(); // ages and SLA states move with the clock
    }
    m_lastTick = now;
    refreshStatus();
}

void AppController::aggregateNow()
{
    if (m_session && m_workspace)
        m_workspace->aggregate(m_session->recentDecisions(5000), m_history);
}

void AppController::refreshApprovalHistory()
{
    m_historyRefresh.start(std::chrono::minutes(15));
    if (!m_session || !m_workspace)
        return;
    const int request = ++m_historyRequest;
    m_session->fetchApprovalHistory(m_workspace->charts()->days(), this,
                                    [this, request](const QList<DecidedApproval> &history) {
                                        if (request != m_historyRequest)
                                            return;
                                        m_history = history;
                                        m_workspace->scheduleAggregation();
                                    });
}

void AppController::openSettings()
{
    SettingsDialog dialog(m_preferences, m_session ? m_session->profileStatuses() : QList<ProfileStatus>(),
                          m_window);
    // The dialog is the context: an answer that comes after it closed goes nowhere.
    const auto showLive = [dialog = &dialog](bool ok, const QString &text) {
        dialog->setLiveUpdatesText(ok ? text : tr("Not done: %1").arg(text));
    };
    connect(&dialog, &SettingsDialog::liveUpdatesRequested, this,
            [this, &dialog, showLive](const QString &operation) {
                dialog.setLiveUpdatesText(tr("Working…"), true);
                if (m_session)
                    m_session->runLiveUpdates(operation, &dialog, showLive);
            });
    if (m_session)
        m_session->runLiveUpdates(QStringLiteral("status"), &dialog, showLive);
    else
        dialog.setLiveUpdatesText(tr("Not connected."));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AppSettings chosen = dialog.settings();
    const bool syncChanged = chosen.pollSeconds != m_preferences.pollSeconds ||
                             chosen.disabledProfiles != m_preferences.disabledProfiles ||
                             chosen.slaHours != m_preferences.slaHours;
    m_preferences = chosen;
    m_preferences.save(*m_settings);
    m_planner.setMinimumSeverity(QueueRules::severityRank(m_preferences.notifyMinimumSeverity));
    m_planner.setSlaBreaches(m_preferences.notifySlaBreaches);
    if (syncChanged && m_session) {
        // The sources and clocks are fixed per run of the sources: the session starts them again on
        // the same connection.
        m_firstSyncSeen = false;
        m_session->restart(m_preferences);
    }
}

QJsonObject AppController::selfCheck() const
{
    const int rows = m_workspace ? m_workspace->model()->rowCount() : 0;
    const int markers = m_workspace ? int(m_workspace->map()->mapView()->markers().size()) : 0;
    int charts = 0;
    for (int index = 0; m_workspace && index < ChartsPanel::ChartCount; ++index)
        charts += m_workspace->charts()->emptyText(index).isEmpty() ? 1 : 0;
    const QString sync =
        m_session ? SyncStatus::stateName(m_session->syncStatus().state) : QStringLiteral("none");
    return {{QStringLiteral("queue_rows"), rows},
            {QStringLiteral("map_markers"), markers},
            {QStringLiteral("charts_with_data"), charts},
            {QStringLiteral("sync"), sync},
            {QStringLiteral("push"), m_session ? m_session->pushText() : QString()},
            {QStringLiteral("ok"), rows > 0 && markers > 0 && charts > 0 && m_firstSyncSeen}};
}
