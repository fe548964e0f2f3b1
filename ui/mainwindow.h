// MainWindow: assembles the panels and the status bar. It holds no logic of its own; until a
// connection is configured it says so and how to get one.
#pragma once

#include <QMainWindow>

class QLabel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

private:
    void createMenus();
    void showAbout();

    QLabel *m_connectionState;
};
