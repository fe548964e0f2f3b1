// AppController: the desktop app's flow around the main window: one AppSession at a time (from a
// saved connection, the connection dialog or the demo), whose signals feed the workspace and the
// status bar; the item detail, the approvals history, settings and tray notifications. It keeps
// no secret: ConnectionFlow hands one straight to the session, which restarts itself when the
// preferences change.
#pragma once

#include "notificationplanner.h"
#include "platform/appsettings.h"
#include "session/appsession.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <memory>

class ChartsPanel;
class ConnectionFlow;
class CredentialStore;
class DemoServer;
class MainWindow;
class QSettings;
class QueueModel;
class QueuePanel;
class StoreMapPanel;
class TrayNotifier;
class Workspace;

class AppController : public QObject
{
    Q_OBJECT
public:
    AppController(MainWindow *window, QSettings *settings, QObject *parent = nullptr);
    // With another keychain (tests keep secrets in memory).
    AppController(MainWindow *window, QSettings *settings, std::unique_ptr<CredentialStore> credentials,
                  QObject *parent = nullptr);
    ~AppController() override;

    // At start: the demo when asked, else the current saved connection, else the welcome dialog.
    void start(bool demo, int demoFlavor);
    void startDemo(int flavor);
    bool hasSavedConnection() const;
    void connectToServer();
    AppSession *session() const { return m_session.get(); }
    DemoServer *demo() const { return m_demo.get(); }
    QueueModel *queueModel() const;
    QueuePanel *queuePanel() const;
    StoreMapPanel *mapPanel() const;
    ChartsPanel *chartsPanel() const;
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
    void wireSession(AppSession *session);
    void buildWorkspace();
    void refreshStatus();
    void showCurrentItem();
    void decide(const QStringList &itemIds, Decision::Action action);
    void openSettings();
    void onClockTick();
    // Shows the cache's stores at once and its items once read off the GUI thread.
    void readCachedQueue(const QList<StoreInfo> &stores, const QDateTime &lastSynced);
    void aggregateNow();
    // Asks the session for Odoo's approvals decided in the charts' window; re-arms the regular
    // refresh (m_historyRefresh: every 15 minutes, or sooner after a decision).
    void refreshApprovalHistory();
    void resetPlanner();

    MainWindow *m_window;
    QSettings *m_settings;
    AppSettings m_preferences;
    // Members end in the reverse order of these lines: the session first, then the workspace it
    // fed, the connection flow, and the demo server the session talked to last.
    std::unique_ptr<DemoServer> m_demo;
    std::unique_ptr<ConnectionFlow> m_connections;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<AppSession> m_session;
    QTimer m_historyRefresh;
    QList<DecidedApproval> m_history; // the last answer, for the approvals chart
    int m_historyRequest = 0;         // older answers than the latest request are dropped
    QTimer m_clock;
    QDateTime m_lastTick;
    NotificationPlanner m_planner;
    TrayNotifier *m_tray;
    // Which connection the session is for, to clear the screen when another one starts.
    ConnectionSettings m_connectionSettings;
    QString m_label;
    QString m_detailsFor; // the item whose details were asked last
    RecordDetails m_details;
    bool m_detailsReady = false;
    bool m_firstSyncSeen = false;
};
