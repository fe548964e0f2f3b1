// MainWindow: assembles the panels and the status bar. It holds no logic of its own; until a
// connection is configured it says so and how to get one. Menu actions are signals for the
// application controller.
#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Replaces the "not connected" page: the queue with its detail beside it, and further tabs.
    void setWorkspace(QWidget *queue, QWidget *detail);
    void addWorkspaceTab(QWidget *page, const QString &title);
    void showWorkspaceTab(int index);
    void setConnectionText(const QString &text);
    void setSyncText(const QString &text);
    void setPushText(const QString &text);
    void setOutboxText(const QString &text);
    // Plain-words problems (shown in the status bar until the next one or for 15 s).
    void showProblem(const QString &text);
    void showBusy(const QString &text);
    // The saved connections for File > Switch connection; `current` is checked.
    void setSavedConnections(const QStringList &names, const QString &current);

Q_SIGNALS:
    void connectRequested();
    void demoRequested();
    void syncRequested();
    void settingsRequested();
    void switchConnectionRequested(const QString &name);
    void forgetConnectionRequested(const QString &name);

private:
    void createMenus();
    void showAbout();

    QLabel *m_connectionState;
    QLabel *m_syncState;
    QLabel *m_pushState;
    QLabel *m_outboxState;
    QTabWidget *m_tabs = nullptr;
    QMenu *m_switchMenu = nullptr;
    QAction *m_forget = nullptr;
    QString m_currentConnection;
};
