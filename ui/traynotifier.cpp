#include "traynotifier.h"

#include <QMenu>
#include <QSystemTrayIcon>

TrayNotifier::TrayNotifier(QObject *parent)
    : QObject(parent)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/hqtower.svg")), this);
    m_menu = std::make_unique<QMenu>(); // a QMenu has no QObject parent here
    m_menu->addAction(tr("Show HQ Tower"), this, &TrayNotifier::showWindowRequested);
    m_tray->setContextMenu(m_menu.get());
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            Q_EMIT showWindowRequested();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_lastItemId.isEmpty())
            Q_EMIT showWindowRequested();
        else
            Q_EMIT openItemRequested(m_lastItemId);
    });
    m_tray->setToolTip(tr("HQ Tower"));
    m_tray->show();
}

TrayNotifier::~TrayNotifier() = default;

void TrayNotifier::setCounts(int open, int overdue)
{
    if (m_tray)
        m_tray->setToolTip(tr("HQ Tower: %1 open, %2 overdue").arg(open).arg(overdue));
}

void TrayNotifier::notify(const QList<Notice> &notices)
{
    if (!m_tray || notices.isEmpty())
        return;
    // One balloon at a time (a new one replaces the last): a few notices are shown together.
    if (notices.size() == 1) {
        m_lastItemId = notices.first().itemId;
        m_tray->showMessage(notices.first().title, notices.first().body, QSystemTrayIcon::Information, 8000);
        return;
    }
    QStringList lines;
    for (const Notice &notice : notices)
        lines.append(notice.title);
    m_lastItemId.clear();
    m_tray->showMessage(tr("%n items need attention", nullptr, int(notices.size())),
                        lines.join(QLatin1Char('\n')), QSystemTrayIcon::Information, 8000);
}
