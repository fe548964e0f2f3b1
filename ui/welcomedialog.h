// WelcomeDialog: what `hqtower` shows when no Odoo server is configured: connect to a server, or
// try the demo on the built-in simulator.
#pragma once

#include <QDialog>

class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice { ConnectToServer = 1, TryDemo = 2 };

    explicit WelcomeDialog(QWidget *parent = nullptr);
};
