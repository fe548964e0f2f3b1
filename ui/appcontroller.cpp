#include "appcontroller.h"

#include "aggregationworker.h"
#include "chartspanel.h"
#include "connectiondialog.h"
#include "itemdetailpanel.h"
#include "mainwindow.h"
#include "platform/credentialstore.h"
#include "queuefiltermodel.h"
#include "queueload.h"
#include "queuemodel.h"
#include "queuepanel.h"
#include "reasondialog.h"
#include "savedviews.h"
#include "session/appsession.h"
#include "demo/demoserver.h"
#include "settingsdialog.h"
#include "storemappanel.h"
#include "storemapview.h"
#include "traynotifier.h"
#include "welcomedialog.h"

#include <QApplication>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QSet>
#include <QSettings>

namespace {

// Approving more than this asks for a confirmation first.
constexpr double confirmAboveAmount = 10000.0;

} // namespace

AppController::AppController(MainWindow *window, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_settings(settings)
    , m_saved(settings)
    , m_credentials(new CredentialStore(QStringLiteral("HQ Tower"), this))
    , m_preferences(AppSettings::load(*settings))
    , m_tray(new TrayNotifier(this))
{
    connect(m_window, &MainWindow::settingsRequested, this, &AppController::openSettings);
    connect(m_tray, &TrayNotifier::showWindowRequested, m_window, [this] {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    });
    connect(m_tray, &TrayNotifier::openItemRequested, this, [this](const QString &itemId) {
        m_window->showNormal();
        m_window->activateWindow();
        if (m_queue)
            m_queue->selectItem(itemId);
    });
    connect(m_window, &MainWindow::connectRequested, this, &AppController::connectToServer);
    connect(m_window, &MainWindow::demoRequested, this, [this] { startDemo(18); });
    connect(m_window, &MainWindow::switchConnectionRequested, this, &AppController::switchConnection);
    connect(m_window, &MainWindow::forgetConnectionRequested, this, &AppController::forgetConnection);
    showSavedConnections();
    connect(m_window, &MainWindow::syncRequested, this, [this] {
        if (m_session)
            m_session->syncNow();
    });
    m_clock.setInterval(std::chrono::seconds(30));
    connect(&m_clock, &QTimer::timeout, this, &AppController::onClockTick);
    m_aggregateSoon.setSingleShot(true);
    m_aggregateSoon.setInterval(std::chrono::milliseconds(400));
    connect(&m_aggregateSoon, &QTimer::timeout, this, &AppController::aggregateNow);
    m_historyRefresh.setSingleShot(true);
    connect(&m_historyRefresh, &QTimer::timeout, this, &AppController::refreshApprovalHistory);
}

AppController::~AppController() = default;

void AppController::start(bool demo, int demoFlavor)
{
    if (demo) {
        startDemo(demoFlavor);
        return;
    }
    const QString current = m_saved.currentName();
    for (const SavedConnections::Entry &entry : m_saved.entries()) {
        if (entry.name == current) {
            connectSaved(entry);
            return;
        }
    }
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
    startSession(m_demo->settings(), m_demo->secret(), tr("Demo (simulated Odoo %1)").arg(flavor),
                 m_demo->cacheFile());
}

void AppController::connectToServer()
{
    ConnectionDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    SavedConnections::Entry entry{dialog.name(), dialog.settings()};
    m_saved.save(entry);
    m_saved.setCurrentName(entry.name);
    showSavedConnections();
    const QString secret = dialog.secret();
    m_credentials->write(entry.keychainKey(), secret, [this](bool ok, const QString &message) {
        if (!ok)
            m_window->showProblem(message.isEmpty() ? tr("The secret was not stored in the keychain.")
                                                    : message);
    });
    m_demo.reset();
    startSession(entry.settings, secret, entry.name, QString());
}

void AppController::showSavedConnections()
{
    QStringList names;
    for (const SavedConnections::Entry &entry : m_saved.entries())
        names.append(entry.name);
    m_window->setSavedConnections(names, m_demo ? QString() : m_saved.currentName());
}

void AppController::switchConnection(const QString &name)
{
    for (const SavedConnections::Entry &entry : m_saved.entries()) {
        if (entry.name == name) {
            m_saved.setCurrentName(name);
            showSavedConnections();
            connectSaved(entry);
            return;
        }
    }
}

void AppController::forgetConnection(const QString &name)
{
    const auto answer = QMessageBox::question(
        m_window, tr("Forget connection"),
        tr("Forget \"%1\"? Its password or API key is removed from the keychain; HQ Tower stays connected "
           "until it quits and will not connect to it again by itself.")
            .arg(name));
    if (answer != QMessageBox::Yes)
        return;
    for (const SavedConnections::Entry &entry : m_saved.entries()) {
        if (entry.name == name) {
            m_credentials->remove(entry.keychainKey(), [this](bool ok, const QString &message) {
                if (!ok && !message.isEmpty())
                    m_window->showProblem(message);
            });
        }
    }
    m_saved.remove(name);
    if (m_saved.currentName() == name)
        m_saved.setCurrentName(QString());
    showSavedConnections();
}

void AppController::connectSaved(const SavedConnections::Entry &entry)
{
    m_window->showBusy(tr("Reading the secret of %1 from the keychain…").arg(entry.name));
    m_credentials->read(entry.keychainKey(), [this, entry](bool ok, const QString &secret,
                                                           const QString &message) {
        QString value = secret;
        if (!ok) {
            // No keychain, or nothing stored: ask now, never fall back to a file.
            bool given = false;
            value = QInputDialog::getText(m_window, tr("Sign in to %1").arg(entry.name),
                                          (message.isEmpty() ? QString() : message + QStringLiteral("\n\n")) +
                                              tr("Password or API key for %1:").arg(entry.settings.login),
                                          QLineEdit::Password, QString(), &given);
            if (!given || value.isEmpty())
                return;
        }
        m_demo.reset();
        startSession(entry.settings, value, entry.name, QString());
    });
}

void AppController::startSession(const ConnectionSettings &settings, const QString &secret,
                                 const QString &label, const QString &cacheFile)
{
    // Another server or user: nothing of the previous one stays on screen.
    const bool otherConnection = m_connectionSettings.serverUrl != settings.serverUrl ||
                                 m_connectionSettings.database != settings.database ||
                                 m_connectionSettings.login != settings.login;
    if (m_model && otherConnection) {
        m_model->setItems(QList<QueueItem>());
        m_model->clearDecisions();
    }
    m_label = label;
    m_connectionSettings = settings;
    m_secret = secret;
    m_cacheFile = cacheFile;
    m_firstSyncSeen = false;
    m_history.clear();
    m_historyRefresh.stop();
    m_planner = NotificationPlanner();
    m_planner.setMinimumSeverity(QueueRules::severityRank(m_preferences.notifyMinimumSeverity));
    m_planner.setSlaBreaches(m_preferences.notifySlaBreaches);
    AppSession::Options options;
    options.cacheFile = cacheFile;
    options.preferences = m_preferences;
    m_session = std::make_unique<AppSession>(settings, secret, options);
    buildWorkspace();
    AppSession *session = m_session.get();
    connect(session, &AppSession::cacheOpened, this,
            [this](const QList<StoreInfo> &stores, const QDateTime &lastSynced) {
                readCachedQueue(stores, lastSynced);
            });
    connect(session, &AppSession::connected, this, [this] {
        m_queue->setCurrentUserId(m_session->userId());
        refreshStatus();
    });
    connect(session, &AppSession::profilesDetected, this, [this](const QList<ProfileStatus> &statuses) {
        QHash<QString, QString> titles;
        for (const ProfileStatus &status : statuses)
            titles.insert(status.profile.id, status.profile.title);
        m_charts->setSourceTitles(titles);
    });
    connect(session, &AppSession::connectionFailed, this, [this](const OdooError &error) {
        m_window->setConnectionText(tr("%1 · not connected").arg(m_label));
        QMessageBox::warning(m_window, tr("Could not connect"), error.userMessage());
    });
    connect(session, &AppSession::itemsChanged, this,
            [this](const QList<QueueItem> &upserts, const QStringList &removed) {
                m_model->applyChanges(upserts, removed);
                scheduleAggregation();
                showCurrentItem();
            });
    connect(session, &AppSession::storesChanged, this,
            [this](const QList<StoreInfo> &stores) { showStores(stores); });
    connect(session, &AppSession::decisionChanged, this, [this](const Decision &decision) {
        m_model->setDecision(decision);
        if (decision.isSettled())
            scheduleAggregation();
        if (decision.status == Decision::Status::Applied &&
            (decision.action == QLatin1String("approve") || decision.action == QLatin1String("reject")))
            m_historyRefresh.start(std::chrono::seconds(3)); // once after a burst of decisions
        if (decision.isSettled() && decision.status != Decision::Status::Applied)
            m_window->showProblem(tr("%1: %2").arg(decision.itemId, decision.message));
        refreshStatus();
        showCurrentItem();
    });
    connect(session, &AppSession::statusChanged, this, [this] {
        refreshStatus();
        const SyncStatus status = m_session->syncStatus();
        if (!m_firstSyncSeen && status.state == SyncStatus::State::UpToDate) {
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
    m_window->setConnectionText(tr("%1 · connecting…").arg(m_label));
    m_lastTick = QDateTime::currentDateTimeUtc();
    m_clock.start();
    session->start();
}

void AppController::readCachedQueue(const QList<StoreInfo> &stores, const QDateTime &lastSynced)
{
    showStores(stores);
    for (const Decision &decision : m_session->recentDecisions(500))
        m_model->setDecision(decision);
    m_window->setSyncText(tr("Reading the offline queue…"));
    // The items are read and their rows made on worker threads; the window stays responsive and
    // the model only swaps the rows in.
    auto load = std::make_shared<QueueLoad>(m_model->rowMaker());
    m_session->readCachedQueue(
        [load](QList<QueueItem> &&chunk) { load->addChunk(std::move(chunk)); }, [load] { load->finish(); },
        [this, load, lastSynced](bool ok) {
            if (ok) {
                load->applyTo(m_model);
                scheduleAggregation();
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
    if (m_model)
        return;
    m_model = new QueueModel(this);
    m_filter = new QueueFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_queue = new QueuePanel(m_model, m_filter);
    m_detail = new ItemDetailPanel;
    m_window->setWorkspace(m_queue, m_detail);
    // Saved views live in the settings; the panel only shows and asks.
    m_queue->setSavedViews(SavedViews::load(*m_settings));
    connect(m_queue, &QueuePanel::saveViewRequested, this, [this](const QueueView &view) {
        const QList<QueueView> views = SavedViews::upserted(SavedViews::load(*m_settings), view);
        SavedViews::save(*m_settings, views);
        m_queue->setSavedViews(views);
    });
    connect(m_queue, &QueuePanel::deleteViewRequested, this, [this](const QString &name) {
        const QList<QueueView> views = SavedViews::removed(SavedViews::load(*m_settings), name);
        SavedViews::save(*m_settings, views);
        m_queue->setSavedViews(views);
    });
    m_map = new StoreMapPanel;
    m_charts = new ChartsPanel;
    m_window->addWorkspaceTab(m_map, tr("&Map"));
    m_window->addWorkspaceTab(m_charts, tr("C&harts"));
    m_worker = new AggregationWorker(this);
    connect(m_worker, &AggregationWorker::aggregated, this, [this](int, const AggregationResult &result) {
        m_charts->setResult(result);
        m_map->setCounts(result.storeCounts);
        m_tray->setCounts(m_model->rowCount(), result.aging.counts[AgingBuckets::Overdue]);
    });
    // Clicking a store or a bar narrows the queue to it.
    const auto showStore = [this](int storeId, const QString &name) {
        m_queue->setStoreFilter(storeId, name);
        m_window->showWorkspaceTab(0);
    };
    connect(m_map, &StoreMapPanel::storeClicked, this, showStore);
    connect(m_charts, &ChartsPanel::storeClicked, this, showStore);
    connect(m_charts, &ChartsPanel::regionClicked, this, [this](const QString &region) {
        m_queue->setRegionFilter(region);
        m_window->showWorkspaceTab(0);
    });
    connect(m_charts, &ChartsPanel::kindClicked, this, [this](const QString &kind) {
        m_queue->setKindFilter(kind);
        m_window->showWorkspaceTab(0);
    });
    connect(m_queue, &QueuePanel::regionFilterChanged, m_map, &StoreMapPanel::setHighlightedRegion);
    connect(m_charts, &ChartsPanel::daysChanged, this, &AppController::scheduleAggregation);
    connect(m_charts, &ChartsPanel::daysChanged, this, &AppController::refreshApprovalHistory);
    connect(m_queue, &QueuePanel::currentItemChanged, this, &AppController::showCurrentItem);
    connect(m_queue, &QueuePanel::selectionCountChanged, this, [this](int count) {
        if (count > 1)
            m_detail->showNothing(count);
        else
            showCurrentItem();
    });
    connect(m_queue, &QueuePanel::decisionRequested, this, &AppController::decide);
    connect(m_queue, &QueuePanel::openRequested, m_detail, [this] { m_detail->setFocus(); });
    connect(m_detail, &ItemDetailPanel::actionRequested, this,
            [this](const QString &action) { decide(m_queue->targetIds(), action); });
}

void AppController::showCurrentItem()
{
    if (!m_session || !m_queue)
        return;
    const QString id = m_queue->currentId();
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_detail->showNothing();
        return;
    }
    const QueueItem item = m_model->itemAt(row);
    std::optional<StoreInfo> store;
    for (const StoreInfo &candidate : m_model->stores()) {
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
    m_detail->showItem(item, store, m_session->actionsFor(item), m_session->recordUrl(item.model, item.resId),
                       latest, m_session->fieldLabels(item.profileId));
    // Lines, history and attachments come from Odoo, once per selected item.
    if (m_detailsFor == id) {
        if (m_detailsReady) // else the answer is on its way and shows them
            m_detail->showDetails(m_details.lines, m_details.messages, m_details.attachments);
        return;
    }
    m_detailsFor = id;
    m_detailsReady = false;
    m_details = {};
    m_session->fetchDetails(item, [this, id](const AppSession::RecordDetails &details) {
        if (m_detailsFor != id)
            return;
        m_details = details;
        m_detailsReady = true;
        if (m_detail && m_detail->itemId() == id)
            m_detail->showDetails(details.lines, details.messages, details.attachments);
    });
}

void AppController::decide(const QStringList &itemIds, const QString &action)
{
    if (!m_session || itemIds.isEmpty())
        return;
    QList<QueueItem> items;
    double largest = 0.0;
    QString largestText;
    for (const QString &id : itemIds) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QueueItem item = m_model->itemAt(row);
        if (!m_session->actionsFor(item).contains(action))
            continue;
        items.append(item);
        if (item.hasAmount && item.amount > largest) {
            largest = item.amount;
            largestText = QStringLiteral("%1 %2").arg(QLocale().toString(item.amount, 'f', 2), item.currency);
        }
    }
    if (items.isEmpty()) {
        m_window->showProblem(tr("\"%1\" is not possible on the selected item.").arg(action));
        return;
    }
    const QString subject =
        items.size() == 1 ? items.first().title : tr("%n selected items", nullptr, int(items.size()));
    QString reason;
    QString target;
    if (action == QLatin1String("reject") || action == QLatin1String("dismiss") ||
        action == QLatin1String("delegate")) {
        const auto answer = ReasonDialog::ask(m_window, action, subject, 5);
        if (!answer)
            return;
        reason = answer->reason;
        target = answer->targetLogin;
    } else if (action == QLatin1String("approve") && largest > confirmAboveAmount) {
        const auto confirm =
            QMessageBox::question(m_window, tr("Approve"),
                                  tr("Approve %1? It includes an amount of %2.").arg(subject, largestText));
        if (confirm != QMessageBox::Yes)
            return;
    }
    QList<DecisionService::Request> requests;
    for (const QueueItem &item : std::as_const(items))
        requests.append({item, action, reason, target});
    QString error;
    if (!m_session->decide(requests, &error))
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
    if (m_model) {
        m_model->setNow(now);
        m_tray->notify(m_planner.clockMoved(m_model->items(), m_lastTick, now));
    }
    m_lastTick = now;
    scheduleAggregation(); // ages and SLA states move with the clock
    refreshStatus();
}

void AppController::showStores(const QList<StoreInfo> &stores)
{
    m_model->setStores(stores);
    m_map->setStores(stores);
    QSet<QString> regions;
    for (const StoreInfo &store : stores)
        regions.insert(store.region);
    QStringList sorted(regions.cbegin(), regions.cend());
    sorted.sort();
    m_queue->setRegions(sorted);
    scheduleAggregation();
}

void AppController::scheduleAggregation()
{
    if (m_worker && !m_aggregateSoon.isActive())
        m_aggregateSoon.start();
}

void AppController::aggregateNow()
{
    if (!m_session || !m_model)
        return;
    AggregationInput input;
    input.items = m_model->items();
    input.stores = m_model->stores();
    input.decisions = m_session->recentDecisions(5000);
    input.history = m_history;
    input.now = QDateTime::currentDateTimeUtc();
    input.days = m_charts->days();
    m_worker->request(input);
}

void AppController::refreshApprovalHistory()
{
    m_historyRefresh.start(std::chrono::minutes(15));
    if (!m_session || !m_charts)
        return;
    const int request = ++m_historyRequest;
    m_session->fetchApprovalHistory(m_charts->days(), [this, request](const QList<DecidedApproval> &history) {
        if (request != m_historyRequest)
            return;
        m_history = history;
        scheduleAggregation();
    });
}

void AppController::openSettings()
{
    SettingsDialog dialog(m_preferences, m_session ? m_session->profileStatuses() : QList<ProfileStatus>(),
                          m_window);
    const auto showLive = [&dialog](bool ok, const QString &text) {
        dialog.setLiveUpdatesText(ok ? text : tr("Not done: %1").arg(text));
    };
    connect(&dialog, &SettingsDialog::liveUpdatesRequested, this,
            [this, &dialog, showLive](const QString &operation) {
                dialog.setLiveUpdatesText(tr("Working…"), true);
                if (m_session)
                    m_session->runLiveUpdates(operation, showLive);
            });
    if (m_session)
        m_session->runLiveUpdates(QStringLiteral("status"), showLive);
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
        // The sources and clocks are fixed per session: start it again on the same connection.
        const ConnectionSettings settings = m_connectionSettings;
        const QString secret = m_secret;
        const QString cacheFile = m_cacheFile;
        m_session.reset();
        startSession(settings, secret, m_label, cacheFile);
    }
}

QJsonObject AppController::selfCheck() const
{
    const int rows = m_model ? m_model->rowCount() : 0;
    const int markers = m_map ? int(m_map->mapView()->markers().size()) : 0;
    int charts = 0;
    for (int index = 0; m_charts && index < ChartsPanel::ChartCount; ++index)
        charts += m_charts->emptyText(index).isEmpty() ? 1 : 0;
    const QString sync =
        m_session ? SyncStatus::stateName(m_session->syncStatus().state) : QStringLiteral("none");
    return {{QStringLiteral("queue_rows"), rows},
            {QStringLiteral("map_markers"), markers},
            {QStringLiteral("charts_with_data"), charts},
            {QStringLiteral("sync"), sync},
            {QStringLiteral("push"), m_session ? m_session->pushText() : QString()},
            {QStringLiteral("ok"), rows > 0 && markers > 0 && charts > 0 && m_firstSyncSeen}};
}
