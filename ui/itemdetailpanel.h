// ItemDetailPanel: the selected queue item in full: what it is, why it needs attention, every
// field its source reads, its store, the decision on its way, a link to the record in Odoo, and
// the decision buttons. It only shows and asks; the decision itself is taken elsewhere.
#pragma once

#include "domain/decision.h"
#include "domain/queueitem.h"
#include "domain/recorddetails.h"
#include "domain/storeinfo.h"

#include <QJsonObject>
#include <QUrl>
#include <QWidget>

#include <optional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTextBrowser;

class ItemDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ItemDetailPanel(QWidget *parent = nullptr);

    // `actions`: the decisions possible on it ("approve", "reject", "delegate", "retry", "dismiss").
    // `fieldLabels`: the server's label of each field (the field's name is shown where none).
    void showItem(const QueueItem &item, const std::optional<StoreInfo> &store,
                  const QList<Decision::Action> &actions, const QUrl &odooUrl,
                  const std::optional<Decision> &decision, const QMap<QString, QString> &fieldLabels = {});
    void showNothing(int selectedCount = 0);
    // Read from Odoo on demand and added below the fields: the lines of a purchase order, the
    // latest chatter messages and the attachments.
    void showDetails(const RecordDetails &details);
    QString itemId() const { return m_itemId; }

    static QString actionLabel(Decision::Action action);

Q_SIGNALS:
    void actionRequested(Decision::Action action);

private:
    QLabel *m_title;
    QTextBrowser *m_body;
    QHBoxLayout *m_buttonRow;
    QList<QPushButton *> m_buttons;
    QString m_itemId;
    QString m_html; // the item part, without the details read later
};
