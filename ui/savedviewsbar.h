// SavedViewsBar: the View combo with Save view… and Delete view: shows which saved view the filters are
// (or that they are unsaved) and asks for names; it neither stores views nor touches the filter.
#pragma once

#include "queueview.h"

#include <QList>
#include <QString>
#include <QWidget>

class QComboBox;
class QPushButton;

class SavedViewsBar : public QWidget
{
    Q_OBJECT
public:
    explicit SavedViewsBar(QWidget *parent = nullptr);

    // The views listed in the combo, in this order (the state is shown by the next showState()).
    void setSavedViews(const QList<QueueView> &views);
    const QList<QueueView> &savedViews() const { return m_savedViews; }
    // The saved view the filters came from ("" = none); showState() keeps it while they match.
    void setBaseViewName(const QString &name) { m_baseViewName = name; }
    // The saved view the combo shows ("" = none), and whether the filters left it since.
    QString activeViewName() const;
    bool isActiveViewModified() const { return m_viewModified; }
    // Shows which saved view `state` (the filters and sort now) is: the one they came from while
    // they match it, else the first that matches, "All items" when `unfiltered`, else an unsaved
    // entry on top.
    void showState(const QueueView &state, bool unfiltered);

    // Asks for the name to save the filters under (the active view's by default) and, for another
    // saved view's name, whether to replace that view. The name, or "" when the user cancelled.
    QString askSaveName();
    // Asks whether to delete the active saved view: its name, or "" (none, or the user said no).
    QString askDeleteName();

Q_SIGNALS:
    // The user chose a saved view in the combo, or "All items".
    void viewChosen(const QueueView &view);
    void allItemsChosen();
    // Save view… (or Ctrl+Shift+S anywhere in the window) and Delete view were pressed.
    void saveClicked();
    void deleteClicked();

private:
    void choose(int index);
    const QueueView *savedView(const QString &name) const;

    QComboBox *m_viewCombo;
    QPushButton *m_saveView;
    QPushButton *m_deleteView;
    QList<QueueView> m_savedViews;
    QString m_baseViewName;      // the saved view the filters came from, "" = none
    bool m_viewModified = false; // the filters no longer match it
};
