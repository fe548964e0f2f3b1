// TrayNotifier: the tray icon with the number of open items, and the desktop notifications the
// NotificationPlanner decided on; clicking a notification about one item opens it.
#pragma once

#include "notificationplanner.h"

#include <QObject>

#include <memory>

class QSystemTrayIcon;
class QMenu;

class TrayNotifier : public QObject
{
    Q_OBJECT
public:
    explicit TrayNotifier(QObject *parent = nullptr);
    ~TrayNotifier() override;

    // False where the desktop has no tray (then nothing is shown, nothing fails).
    bool isAvailable() const { return m_tray != nullptr; }
    void setCounts(int open, int overdue);
    void notify(const QList<Notice> &notices);

Q_SIGNALS:
    void openItemRequested(const QString &itemId);
    void showWindowRequested();

private:
    QSystemTrayIcon *m_tray = nullptr;
    std::unique_ptr<QMenu> m_menu;
    QString m_lastItemId;
};
