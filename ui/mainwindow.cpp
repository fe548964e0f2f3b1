#include "mainwindow.h"

#include "storemapview.h"

#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_connectionState(new QLabel(this))
    , m_syncState(new QLabel(this))
    , m_pushState(new QLabel(this))
    , m_outboxState(new QLabel(this))
{
    setWindowTitle(tr("HQ Tower"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/hqtower.svg")));
    resize(1360, 800);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addStretch(2);
    auto *title = new QLabel(tr("Not connected to an Odoo server"), central);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    auto *hint =
        new QLabel(tr("HQ Tower watches Odoo for pending approvals, store exceptions and integration "
                      "failures.\nUse File → Connect to Odoo… or File → Try the demo."),
                   central);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(title);
    layout->addSpacing(12);
    layout->addWidget(hint);
    layout->addStretch(3);
    setCentralWidget(central);

    m_connectionState->setText(tr("Not connected"));
    statusBar()->addWidget(m_connectionState);
    statusBar()->addWidget(m_syncState, 1);
    statusBar()->addPermanentWidget(m_pushState);
    statusBar()->addPermanentWidget(m_outboxState);
    createMenus();
}

void MainWindow::setWorkspace(QWidget *queue, QWidget *detail)
{
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(queue);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1080, 280});
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(splitter, tr("&Queue"));
    setCentralWidget(m_tabs);
}

void MainWindow::addWorkspaceTab(QWidget *page, const QString &title)
{
    if (m_tabs)
        m_tabs->addTab(page, title);
}

void MainWindow::showWorkspaceTab(int index)
{
    if (m_tabs)
        m_tabs->setCurrentIndex(index);
}

void MainWindow::setConnectionText(const QString &text)
{
    m_connectionState->setText(text);
}

void MainWindow::setSyncText(const QString &text)
{
    m_syncState->setText(text);
}

void MainWindow::setPushText(const QString &text)
{
    m_pushState->setText(text);
}

void MainWindow::setOutboxText(const QString &text)
{
    m_outboxState->setText(text);
}

void MainWindow::showProblem(const QString &text)
{
    statusBar()->showMessage(text, 15000);
}

void MainWindow::showBusy(const QString &text)
{
    m_syncState->setText(text);
}

void MainWindow::setSavedConnections(const QStringList &names, const QString &current)
{
    m_currentConnection = names.contains(current) ? current : QString();
    m_switchMenu->clear();
    for (const QString &name : names) {
        QAction *action = m_switchMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(name == m_currentConnection);
        connect(action, &QAction::triggered, this, [this, name] {
            if (name != m_currentConnection)
                Q_EMIT switchConnectionRequested(name);
        });
    }
    if (names.isEmpty())
        m_switchMenu->addAction(tr("No saved connection yet"))->setEnabled(false);
    m_forget->setEnabled(!m_currentConnection.isEmpty());
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Connect to Odoo…"), this, &MainWindow::connectRequested);
    m_switchMenu = fileMenu->addMenu(tr("S&witch connection"));
    m_forget = fileMenu->addAction(tr("&Forget this connection…"), this, [this] {
        if (!m_currentConnection.isEmpty())
            Q_EMIT forgetConnectionRequested(m_currentConnection);
    });
    setSavedConnections({}, {});
    fileMenu->addAction(tr("Try the &demo"), this, &MainWindow::demoRequested);
    QAction *sync = fileMenu->addAction(tr("&Sync now"), this, &MainWindow::syncRequested);
    sync->setShortcut(QKeySequence::Refresh);
    QAction *settings = fileMenu->addAction(tr("S&ettings…"), this, &MainWindow::settingsRequested);
    settings->setShortcut(QKeySequence::Preferences);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&Keyboard shortcuts"), this, [this] {
        QMessageBox::information(this, tr("Keyboard shortcuts"),
                                 tr("<table><tr><td><b>J / K</b></td><td>next / previous item</td></tr>"
                                    "<tr><td><b>A</b></td><td>approve</td></tr>"
                                    "<tr><td><b>R</b></td><td>reject (asks for a reason)</td></tr>"
                                    "<tr><td><b>D</b></td><td>delegate</td></tr>"
                                    "<tr><td><b>X</b></td><td>select for a bulk decision</td></tr>"
                                    "<tr><td><b>Enter</b></td><td>open the detail</td></tr>"
                                    "<tr><td><b>Esc</b></td><td>clear the bulk selection</td></tr>"
                                    "<tr><td><b>Ctrl+F</b></td><td>search</td></tr>"
                                    "<tr><td><b>Ctrl+Shift+S</b></td><td>save the filters as a view</td></tr>"
                                    "<tr><td><b>F5</b></td><td>sync now</td></tr></table>"));
    });
    helpMenu->addAction(tr("&About HQ Tower"), this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About HQ Tower"),
        tr("<h3>HQ Tower %1</h3><p>A control tower for retail and logistics companies that run "
           "Odoo: approvals, store exceptions and integration failures in one place.</p><p>%2</p>")
            .arg(QApplication::applicationVersion(), StoreMapView::attribution().toHtmlEscaped()));
}
