#include "savedviewsbar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>

#include <algorithm>

namespace {

// View combo: which kind of entry, and the saved view's name.
constexpr int EntryRole = Qt::UserRole;
constexpr int NameRole = Qt::UserRole + 1;
enum ViewEntry { AllItemsEntry, SavedViewEntry, UnsavedEntry };

} // namespace

SavedViewsBar::SavedViewsBar(QWidget *parent)
    : QWidget(parent)
    , m_viewCombo(new QComboBox(this))
    , m_saveView(new QPushButton(tr("Save view…"), this))
    , m_deleteView(new QPushButton(tr("Delete view"), this))
{
    auto *bar = new QHBoxLayout(this);
    bar->setContentsMargins(0, 0, 0, 0);
    m_viewCombo->setObjectName(QStringLiteral("viewCombo"));
    m_saveView->setObjectName(QStringLiteral("saveViewButton"));
    m_deleteView->setObjectName(QStringLiteral("deleteViewButton"));

    const QKeySequence saveKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    m_viewCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_viewCombo->setMinimumContentsLength(24);
    m_viewCombo->setToolTip(tr("Saved views: choose one to apply its filters and sort; “All items” "
                               "clears the filters. Choose a view again to undo your changes to it."));
    m_saveView->setToolTip(tr("Save the current filters and sort as a named view (%1)")
                               .arg(saveKeys.toString(QKeySequence::NativeText)));
    auto *viewLabel = new QLabel(tr("&View:"), this);
    viewLabel->setBuddy(m_viewCombo);
    bar->addWidget(viewLabel);
    bar->addWidget(m_viewCombo);
    bar->addWidget(m_saveView);
    bar->addWidget(m_deleteView);

    connect(m_viewCombo, &QComboBox::activated, this, &SavedViewsBar::choose);
    connect(m_saveView, &QPushButton::clicked, this, &SavedViewsBar::saveClicked);
    connect(m_deleteView, &QPushButton::clicked, this, &SavedViewsBar::deleteClicked);
    auto *save = new QShortcut(saveKeys, this);
    connect(save, &QShortcut::activated, this, &SavedViewsBar::saveClicked);
    setTabOrder(m_viewCombo, m_saveView);
    setTabOrder(m_saveView, m_deleteView);
}

void SavedViewsBar::setSavedViews(const QList<QueueView> &views)
{
    m_savedViews = views;
    const QSignalBlocker blocker(m_viewCombo);
    m_viewCombo->clear();
    m_viewCombo->addItem(tr("All items"), AllItemsEntry);
    m_viewCombo->setItemData(0, tr("Clear every filter"), Qt::ToolTipRole);
    for (const QueueView &view : views) {
        m_viewCombo->addItem(view.name, SavedViewEntry);
        m_viewCombo->setItemData(m_viewCombo->count() - 1, view.name, NameRole);
        m_viewCombo->setItemData(m_viewCombo->count() - 1, view.name, Qt::ToolTipRole);
    }
}

const QueueView *SavedViewsBar::savedView(const QString &name) const
{
    if (name.isEmpty())
        return nullptr;
    const auto found = std::find_if(m_savedViews.cbegin(), m_savedViews.cend(),
                                    [&name](const QueueView &view) { return view.name == name; });
    return found == m_savedViews.cend() ? nullptr : &*found;
}

QString SavedViewsBar::activeViewName() const
{
    return savedView(m_baseViewName) ? m_baseViewName : QString();
}

void SavedViewsBar::choose(int index)
{
    switch (m_viewCombo->itemData(index, EntryRole).toInt()) {
    case AllItemsEntry:
        Q_EMIT allItemsChosen();
        break;
    case SavedViewEntry:
        if (const QueueView *view = savedView(m_viewCombo->itemData(index, NameRole).toString()))
            Q_EMIT viewChosen(*view);
        break;
    default: // the unsaved state is what the filters show already
        break;
    }
}

void SavedViewsBar::showState(const QueueView &state, bool unfiltered)
{
    const auto matches = [&state](const QueueView &saved) {
        QueueView named = state;
        named.name = saved.name;
        return named == saved;
    };
    const QueueView *base = savedView(m_baseViewName);
    QString shownName; // the saved view shown as is
    bool allItems = false;
    if (base && matches(*base)) {
        shownName = base->name;
    } else if (!base && unfiltered) {
        allItems = true;
    } else if (const auto same = std::find_if(m_savedViews.cbegin(), m_savedViews.cend(), matches);
               same != m_savedViews.cend()) {
        shownName = same->name;
    } else {
        allItems = unfiltered;
    }
    if (!shownName.isEmpty())
        m_baseViewName = shownName;
    else if (allItems)
        m_baseViewName.clear();
    m_viewModified = shownName.isEmpty() && !allItems;
    base = savedView(m_baseViewName);

    const QSignalBlocker blocker(m_viewCombo);
    for (int i = m_viewCombo->count() - 1; i >= 0; --i) {
        if (m_viewCombo->itemData(i, EntryRole).toInt() == UnsavedEntry)
            m_viewCombo->removeItem(i);
    }
    if (m_viewModified) {
        // On top of the list: what the table shows now; the saved view itself stays below it.
        const QString text = base ? tr("%1 (modified)").arg(base->name) : tr("Unsaved filters");
        m_viewCombo->insertItem(0, text, UnsavedEntry);
        QFont italic = m_viewCombo->font();
        italic.setItalic(true);
        m_viewCombo->setItemData(0, italic, Qt::FontRole);
        m_viewCombo->setItemData(0,
                                 base ? tr("The filters were changed since the view was chosen; "
                                           "save to keep the changes")
                                      : tr("These filters are not saved as a view"),
                                 Qt::ToolTipRole);
        m_viewCombo->setCurrentIndex(0);
    } else {
        int index = 0;
        for (int i = 0; i < m_viewCombo->count(); ++i) {
            if (m_viewCombo->itemData(i, EntryRole).toInt() == (allItems ? AllItemsEntry : SavedViewEntry) &&
                (allItems || m_viewCombo->itemData(i, NameRole).toString() == shownName))
                index = i;
        }
        m_viewCombo->setCurrentIndex(index);
    }
    m_deleteView->setEnabled(base != nullptr);
    m_deleteView->setToolTip(base ? tr("Delete the saved view “%1”").arg(base->name)
                                  : tr("Choose a saved view to delete it"));
}

QString SavedViewsBar::askSaveName()
{
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("saveViewDialog"));
    dialog.setWindowTitle(tr("Save view"));
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setLabelText(tr("Save the current filters and sort as the view:"));
    dialog.setTextValue(activeViewName());
    dialog.setOkButtonText(tr("Save"));
    if (auto *buttons = dialog.findChild<QDialogButtonBox *>()) {
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        const auto enableOk = [ok](const QString &name) { ok->setEnabled(!name.trimmed().isEmpty()); };
        connect(&dialog, &QInputDialog::textValueChanged, ok, enableOk);
        enableOk(dialog.textValue());
    }
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const QString name = dialog.textValue().trimmed();
    if (name.isEmpty())
        return {};
    if (name != activeViewName() && savedView(name) &&
        QMessageBox::question(this, tr("Replace view"),
                              tr("A view named “%1” exists already. Replace it?").arg(name),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return {};
    return name;
}

QString SavedViewsBar::askDeleteName()
{
    const QString name = activeViewName();
    if (name.isEmpty())
        return {};
    if (QMessageBox::question(this, tr("Delete view"),
                              tr("Delete the saved view “%1”? The filters stay as they are.").arg(name),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return {};
    return name;
}
