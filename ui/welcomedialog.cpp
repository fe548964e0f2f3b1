#include "welcomedialog.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Welcome to HQ Tower"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/hqtower.svg")));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("<h3>Welcome to HQ Tower</h3><p>HQ Tower watches Odoo for pending approvals, "
                      "store exceptions and integration failures, and writes your decisions back.</p>"),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *connectButton = new QCommandLinkButton(tr("Connect to an Odoo server"),
                                                 tr("Odoo 17, 18 or 19: server address, database, login, and "
                                                    "a password or an API key."),
                                                 this);
    auto *demoButton = new QCommandLinkButton(tr("Try the demo"),
                                              tr("A simulated Odoo with 60 stores in 5 regions runs on this "
                                                 "computer; nothing leaves it."),
                                              this);
    layout->addWidget(connectButton);
    layout->addWidget(demoButton);
    connect(connectButton, &QCommandLinkButton::clicked, this, [this] { done(ConnectToServer); });
    connect(demoButton, &QCommandLinkButton::clicked, this, [this] { done(TryDemo); });
    demoButton->setDefault(true);
    demoButton->setFocus();
}
