#include "mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_connectionState(new QLabel(this))
{
    setWindowTitle(tr("HQ Tower"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/hqtower.svg")));
    resize(1000, 640);

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
                      "failures.\nTo check a server now, run: hqtower-cli check --url URL --db DATABASE "
                      "--login LOGIN --password-env VAR"),
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
    createMenus();
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About HQ Tower"), this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About HQ Tower"),
        tr("<h3>HQ Tower %1</h3><p>A control tower for retail and logistics companies that run "
           "Odoo: approvals, store exceptions and integration failures in one place.</p>")
            .arg(QApplication::applicationVersion()));
}
