// ConnectionDialog: where the user enters an Odoo server (address, database, login, password or
// API key, with the difference explained) and tests it: the version and the sources that would
// be monitored or skipped. The test itself runs in ConnectionProbe (core), not here.
#pragma once

#include "odoo/connectionsettings.h"

#include <QDialog>
#include <QPointer>

class ConnectionProbe;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTextBrowser;

class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);

    void setSettings(const QString &name, const ConnectionSettings &settings);
    QString name() const;
    ConnectionSettings settings() const;
    QString secret() const;

private:
    void testConnection();
    void onProbeFinished();
    void updateState();

    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_database;
    QLineEdit *m_login;
    QRadioButton *m_password;
    QRadioButton *m_apiKey;
    QLineEdit *m_secret;
    QLabel *m_secretHelp;
    QTextBrowser *m_result;
    QPushButton *m_testButton;
    QDialogButtonBox *m_buttons;
    QPointer<ConnectionProbe> m_probe;
};
