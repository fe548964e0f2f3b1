// AppController: the desktop app's flow around the main window: welcome, connection dialog,
// demo mode, the keychain, and one AppSession at a time whose signals feed the queue models and
// the status bar. Decisions asked in the UI (with their reason dialogs) go to the session.
#pragma once

#include "notificationplanner.h"
#include "odoo/connectionsettings.h"
#include "platform/appsettings.h"
#include "platform/savedconnections.h"
#include "session/appsession.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class AggregationWorker;
class ChartsPanel;
class StoreMapPanel;
class CredentialStore;
class DemoServer;
class ItemDetailPanel;
class MainWindow;
class QSettings;
class QueueFilterModel;
class QueueModel;
class QueuePanel;
class TrayNotifier;

class AppController : public QObject
{
    Q_OBJECT
public:
    AppController(MainWindow *window, QSettings *settings, QObject *parent = nullptr);
    ~AppController() override;

    // At start: the demo when asked, else the current saved connection, else the welcome dialog.
    void start(bool demo, int demoFlavor);
    void startDemo(int flavor);
    bool hasSavedConnection() const { return !m_saved.currentName().isEmpty(); }
    void connectToServer();
    AppSession *session() const { return m_session.get(); }
    QueueModel *queueModel() const { return m_model; }
    QueuePanel *queuePanel() const { return m_queue; }
    StoreMapPanel *mapPanel() const { return m_map; }
    ChartsPanel *chartsPanel() const { return m_charts; }
    // What the window shows, for `hqtower --self-check`: queue rows, map markers and unplaced
    // stores, charts with data, sync state; "ok" when queue, map and charts all show data.
    QJsonObject selfCheck() const;

Q_SIGNALS:
    // The first sync round after connecting finished (the smoke test waits for it).
    void firstSyncFinished();
    // The cached queue was read and shown (before or while connecting).
    void cachedQueueShown();

private:
    void startSession(const ConnectionSettings &settings, const QString &secret, const QString &label,
                      const QString &cacheFile);
    void connectSaved(const SavedConnections::Entry &entry);
    void buildWorkspace();
    void refreshStatus();
    void showCurrentItem();
    void decide(const QStringList &itemIds, const QString &action);
    void openSettings();
    void onClockTick();
    // The stores of the queue, the map and the region filter.
    void showStores(const QList<StoreInfo> &stores);
    // File > Switch connection: the saved connections, the current one checked.
    void showSavedConnections();
    void switchConnection(const QString &name);
    void forgetConnection(const QString &name);
    // Shows the cache's stores at once and its items once read off the GUI thread.
    void readCachedQueue(const QList<StoreInfo> &stores, const QDateTime &lastSynced);
    // Asks for fresh chart and map figures (debounced; computed off the GUI thread).
    void scheduleAggregation();
    void aggregateNow();
    // Asks the session for Odoo's approvals decided in the charts' window; re-arms the regular
    // refresh (m_historyRefresh: every 15 minutes, or sooner after a decision).
    void refreshApprovalHistory();

    MainWindow *m_window;
    QSettings *m_settings;
    SavedConnections m_saved;
    CredentialStore *m_credentials;
    std::unique_ptr<AppSession> m_session;
    std::unique_ptr<DemoServer> m_demo;
    QueueModel *m_model = nullptr;
    QueueFilterModel *m_filter = nullptr;
    QueuePanel *m_queue = nullptr;
    ItemDetailPanel *m_detail = nullptr;
    StoreMapPanel *m_map = nullptr;
    ChartsPanel *m_charts = nullptr;
    AggregationWorker *m_worker = nullptr;
    QTimer m_aggregateSoon;
    QTimer m_historyRefresh;
    QList<DecidedApproval> m_history; // the last answer, for the approvals chart
    int m_historyRequest = 0;         // older answers than the latest request are dropped
    QTimer m_clock;
    QDateTime m_lastTick;
    AppSettings m_preferences;
    NotificationPlanner m_planner;
    TrayNotifier *m_tray;
    // What the current session was started with, to restart it when the preferences change.
    ConnectionSettings m_connectionSettings;
    QString m_secret;
    QString m_cacheFile;
    QString m_label;
    QString m_detailsFor; // the item whose details were asked last
    AppSession::RecordDetails m_details;
    bool m_detailsReady = false;
    bool m_firstSyncSeen = false;
};
