#include "itemdetailpanel.h"

#include "domain/printabletext.h"
#include "odoo/odoovalues.h"
#include "queuerules.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {

// A server's text for the HTML pane: controls and bidi overrides made visible (so a record field
// cannot turn the text around or hide a part of it), then HTML-escaped.
QString shown(const QString &text)
{
    return PrintableText::escaped(text).toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='color:#666;padding-right:12px'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), shown(value));
}

QString when(const QDateTime &moment)
{
    return moment.isValid() ? QLocale().toString(moment.toLocalTime(), QLocale::ShortFormat) : QString();
}

// A field's value as shown: Odoo's datetimes ("2026-10-01 13:39:39", UTC) in local time like the
// dates above them, anything else as OdooValues shows it.
QString fieldText(const QJsonValue &value)
{
    if (OdooValues::looksLikeDateTime(value.toString())) {
        const QDateTime moment = OdooValues::parseDateTime(value);
        if (moment.isValid())
            return when(moment);
    }
    return OdooValues::displayText(value);
}

} // namespace

ItemDetailPanel::ItemDetailPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_body(new QTextBrowser(this))
    , m_buttonRow(new QHBoxLayout)
{
    auto *layout = new QVBoxLayout(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText); // a record's title is text, never markup
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setOpenExternalLinks(true);
    layout->addWidget(m_title);
    layout->addWidget(m_body, 1);
    layout->addLayout(m_buttonRow);
    showNothing();
}

QString ItemDetailPanel::actionLabel(Decision::Action action)
{
    switch (action) {
    case Decision::Action::Approve:
        return tr("&Approve (A)");
    case Decision::Action::Reject:
        return tr("&Reject… (R)");
    case Decision::Action::Delegate:
        return tr("&Delegate… (D)");
    case Decision::Action::Retry:
        return tr("Re&try");
    case Decision::Action::Dismiss:
        return tr("Dis&miss…");
    }
    return Decision::actionName(action);
}

void ItemDetailPanel::showDetails(const RecordDetails &details)
{
    QString html = m_html;
    if (!details.lines.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><table>").arg(tr("Lines"));
        for (const RecordLine &line : details.lines) {
            html += QStringLiteral("<tr><td>%1</td><td align='right'>%2 ×</td><td align='right'>%3</td>"
                                   "<td align='right'>%4</td></tr>")
                        .arg(shown(line.name), QLocale().toString(line.quantity),
                             QLocale().toString(line.unitPrice, 'f', 2),
                             QLocale().toString(line.subtotal, 'f', 2));
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<h4>%1</h4>").arg(tr("History"));
    if (details.messages.isEmpty())
        html += tr("<p style='color:#666'>No messages.</p>");
    for (const RecordMessage &message : details.messages) {
        // Odoo stores message bodies as HTML: shown as plain text here.
        QTextDocument body;
        body.setHtml(message.bodyHtml);
        html += QStringLiteral("<p><span style='color:#666'>%1 · %2</span><br/>%3</p>")
                    .arg(when(message.at), shown(message.author), shown(body.toPlainText().trimmed()));
    }
    if (!details.attachments.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Attachments"));
        for (const QString &name : details.attachments)
            html += QStringLiteral("<li>%1</li>").arg(shown(name));
        html += QStringLiteral("</ul>");
    }
    m_body->setHtml(html);
}

void ItemDetailPanel::showNothing(int selectedCount)
{
    m_itemId.clear();
    m_title->setText(selectedCount > 1 ? tr("%n items selected", nullptr, selectedCount)
                                       : tr("Nothing selected"));
    m_body->setHtml(
        tr("<p style='color:#666'>Select an item in the queue (J / K move, Enter opens, X selects "
           "for a bulk decision).</p>"));
    qDeleteAll(m_buttons);
    m_buttons.clear();
}

void ItemDetailPanel::showItem(const QueueItem &item, const std::optional<StoreInfo> &store,
                               const QList<Decision::Action> &actions, const QUrl &odooUrl,
                               const std::optional<Decision> &decision,
                               const QMap<QString, QString> &fieldLabels)
{
    m_itemId = item.id;
    m_title->setText(PrintableText::escaped(item.title.isEmpty() ? item.id : item.title));
    QString html;
    if (!item.summary.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(shown(item.summary));
    html += tr("<p><b>Why it is here:</b> %1</p>").arg(item.reason.toHtmlEscaped());
    if (decision) {
        html += tr("<p><b>Your decision:</b> %1 — %2 %3</p>")
                    .arg(Decision::actionName(decision->action), Decision::statusName(decision->status),
                         shown(decision->message));
    }
    html += QStringLiteral("<table>");
    html += row(tr("Store"),
                store ? QStringLiteral("%1 (%2)").arg(store->name, store->region) : tr("HQ / no store"));
    if (item.hasAmount)
        html += row(tr("Amount"),
                    QStringLiteral("%1 %2").arg(QLocale().toString(item.amount, 'f', 2), item.currency));
    if (!item.requestedBy.isEmpty())
        html += row(tr("Requested by"), item.requestedBy);
    html += row(tr("Created"), when(item.created));
    if (item.slaDue.isValid())
        html += row(tr("Due"), when(item.slaDue));
    html += row(tr("Severity"), QueueRules::severityText(item.severity));
    if (!item.state.isEmpty())
        html += row(tr("State in Odoo"), item.state);
    html += row(tr("Last changed"), when(item.writeDate));
    html += QStringLiteral("</table><h4>%1</h4><table>").arg(tr("Fields"));
    // By the label the user knows from Odoo, in its order.
    QMultiMap<QString, QString> rows;
    for (auto it = item.fields.constBegin(); it != item.fields.constEnd(); ++it) {
        if (it.key() == QLatin1String("id"))
            continue;
        const QString label = fieldLabels.value(it.key(), it.key());
        rows.insert(label.toLower(), row(label, fieldText(it.value())));
    }
    for (const QString &line : std::as_const(rows))
        html += line;
    html += QStringLiteral("</table>");
    if (odooUrl.isValid())
        html += tr("<p><a href=\"%1\">Open in Odoo</a></p>")
                    .arg(odooUrl.toString(QUrl::FullyEncoded).toHtmlEscaped());
    m_html = html;
    m_body->setHtml(html + tr("<p style='color:#666'>Reading the history from Odoo…</p>"));

    qDeleteAll(m_buttons);
    m_buttons.clear();
    const bool pending = decision && decision->status == Decision::Status::Pending;
    for (const Decision::Action action : actions) {
        auto *button = new QPushButton(actionLabel(action), this);
        button->setEnabled(!pending);
        connect(button, &QPushButton::clicked, this, [this, action] { Q_EMIT actionRequested(action); });
        m_buttonRow->addWidget(button);
        m_buttons.append(button);
    }
}
