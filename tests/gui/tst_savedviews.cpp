// Saved views of the work queue: SavedViews keeps them in QSettings (round trip, garbage skipped,
// replace and remove by name), and QueuePanel saves the filters the user set by hand, applies a
// chosen view to the filter model and to every widget of its bar, shows honestly when the filters
// left the view, and asks before deleting one; its triage keys are actions of the table. Set
// HQ_SCREENSHOT_DIR to keep PNGs of the bar.
#include "queuefiltermodel.h"
#include "queuemodel.h"
#include "queuepanel.h"
#include "savedviews.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>

namespace {

const QDateTime Now(QDate(2024, 5, 10), QTime(12, 0), Qt::UTC);
constexpr int Me = 7;
constexpr qint64 Hour = 3600;

struct ItemSpec
{
    int number;
    const char *kind;
    int storeId;
    const char *severity;
    qint64 ageHours;
    int slaHours; // 0 = no SLA
    double amount;
    int requestedById;
    int assignedUserId;
    const char *title;
};

QueueItem makeItem(const ItemSpec &spec)
{
    QueueItem item;
    item.model = QStringLiteral("x.model");
    item.resId = spec.number;
    item.id = QStringLiteral("x.model:%1").arg(spec.number);
    item.kind = EnumNames::fromName<ItemKind>(QString::fromUtf8(spec.kind)).value_or(ItemKind::Unknown);
    item.profileId = QStringLiteral("profile_") + QString::fromUtf8(spec.kind);
    item.storeId = spec.storeId;
    item.severity =
        EnumNames::fromName<Severity>(QString::fromUtf8(spec.severity)).value_or(Severity::Unknown);
    item.created = Now.addSecs(-spec.ageHours * Hour);
    if (spec.slaHours > 0)
        item.slaDue = item.created.addSecs(spec.slaHours * Hour);
    item.hasAmount = true;
    item.amount = spec.amount;
    item.currency = QStringLiteral("EUR");
    item.requestedById = spec.requestedById;
    item.requestedBy = QStringLiteral("User %1").arg(spec.requestedById);
    item.title = QString::fromUtf8(spec.title);
    item.fields.insert(QStringLiteral("user_id"),
                       spec.assignedUserId ? QJsonValue(QJsonArray{spec.assignedUserId, QStringLiteral("Me")})
                                           : QJsonValue(false));
    return item;
}

// 1 on time, 2 and 3 and 6 overdue, 4 due soon, 5 no SLA; "mine" (user 7): 1, 4 (requested), 6
// (assigned); "chairs": 1, 3, 6, 7.
QList<QueueItem> sampleItems()
{
    const ItemSpec specs[] = {
        {1, "approval", 1, "high", 10, 48, 1200.0, Me, 0, "Office chairs"},
        {2, "exception", 2, "critical", 72, 48, 0.0, 8, 9, "Late picking"},
        {3, "exception", 2, "high", 60, 48, 0.0, 8, 0, "Inventory chairs"},
        {4, "approval", 3, "low", 40, 48, 80.0, Me, 0, "Expense report: taxi"},
        {5, "integration_failure", 0, "medium", 2, 0, 0.0, 0, 0, "Mail delivery failed"},
        {6, "approval", 1, "critical", 120, 24, 50000.0, 10, Me, "Forklift and chairs"},
        {7, "approval", 3, "medium", 5, 48, 300.0, 11, 0, "Spare chairs"},
    };
    QList<QueueItem> items;
    for (const ItemSpec &spec : specs)
        items.append(makeItem(spec));
    return items;
}

QList<StoreInfo> sampleStores()
{
    QList<StoreInfo> stores;
    for (const auto &[id, name, region] :
         {std::tuple{1, "Lille Centre", "North"}, std::tuple{2, "Nice Port", "South"},
          std::tuple{3, "Toulon Gare", "South"}}) {
        StoreInfo store;
        store.id = id;
        store.name = QString::fromUtf8(name);
        store.region = QString::fromUtf8(region);
        stores.append(store);
    }
    return stores;
}

// The item numbers the model shows, in row order.
QList<int> shownNumbers(const QAbstractItemModel &model)
{
    QList<int> numbers;
    for (int row = 0; row < model.rowCount(); ++row)
        numbers.append(model.index(row, 0).data(QueueModel::ItemIdRole).toString().section(u':', 1).toInt());
    return numbers;
}

QList<int> sorted(QList<int> numbers)
{
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

QueueView complexView()
{
    QueueView view;
    view.name = QStringLiteral("Süd, \"overdue\" = [urgent]");
    view.kinds = {ItemKind::Exception, ItemKind::Approval};
    view.regions = {QStringLiteral("South"), QString()};
    view.storeIds = {2, 0};
    view.severities = {Severity::High, Severity::Critical};
    view.minimumSeverity = Severity::Medium;
    view.slaStates = {SlaState::Overdue, SlaState::DueSoon};
    view.mine = true;
    view.text = QStringLiteral("late, picking; \\ / %");
    view.sortColumn = QueueModel::AgeColumn;
    view.sortOrder = Qt::DescendingOrder;
    return view;
}

QueueView namedView(const QString &name, const QString &text = QString())
{
    QueueView view;
    view.name = name;
    view.text = text;
    return view;
}

QStringList namesOf(const QList<QueueView> &views)
{
    QStringList names;
    for (const QueueView &view : views)
        names.append(view.name);
    return names;
}

// Answers the next modal dialog of type Dialog (QInputDialog, QMessageBox) as soon as it shows.
template<typename Dialog>
class DialogAnswer
{
public:
    explicit DialogAnswer(std::function<void(Dialog *)> answer)
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this, answer] {
            if (auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget())) {
                m_timer.stop();
                m_seen = true;
                answer(dialog);
            }
        });
        m_timer.start();
    }
    bool seen() const { return m_seen; }

private:
    QTimer m_timer;
    bool m_seen = false;
};

void enterName(QInputDialog *dialog, const QString &name)
{
    dialog->setTextValue(name);
    dialog->accept();
}

// A user choosing `text` in a closed combo with the arrow keys (each step is an `activated`).
void chooseByKeyboard(QComboBox *combo, const QString &text)
{
    // Each step applies an entry, which may add or drop the unsaved entry: find the target again.
    for (int step = 0; step < 20; ++step) {
        const int target = combo->findText(text);
        QVERIFY2(target >= 0, qPrintable(text));
        if (combo->currentIndex() == target)
            return;
        QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    }
    QFAIL(qPrintable(QStringLiteral("could not reach %1").arg(text)));
}

} // namespace

class TestSavedViews : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QueueModel> m_model;
    std::unique_ptr<QueueFilterModel> m_filter;
    std::unique_ptr<QueuePanel> m_panel;

    QString iniPath() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
    template<typename T>
    T *child(const char *name) const
    {
        auto *widget = m_panel->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no %s in the panel", name);
        return widget;
    }
    QComboBox *viewCombo() const { return child<QComboBox>("viewCombo"); }
    QComboBox *kindCombo() const { return child<QComboBox>("kindCombo"); }
    QComboBox *severityCombo() const { return child<QComboBox>("severityCombo"); }
    QComboBox *slaCombo() const { return child<QComboBox>("slaCombo"); }
    QComboBox *regionCombo() const { return child<QComboBox>("regionCombo"); }
    QLineEdit *search() const { return child<QLineEdit>("searchEdit"); }
    QCheckBox *mine() const { return child<QCheckBox>("mineCheck"); }
    QPushButton *storeChip() const { return child<QPushButton>("storeChip"); }
    QPushButton *saveButton() const { return child<QPushButton>("saveViewButton"); }
    QPushButton *deleteButton() const { return child<QPushButton>("deleteViewButton"); }
    QHeaderView *header() const { return m_panel->view()->horizontalHeader(); }

    // The view the user saves with the Save button under `name` (nullopt when nothing is emitted).
    std::optional<QueueView> saveAs(const QString &name)
    {
        QSignalSpy saved(m_panel.get(), &QueuePanel::saveViewRequested);
        DialogAnswer<QInputDialog> answer([&name](QInputDialog *dialog) { enterName(dialog, name); });
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        if (!answer.seen())
            qWarning("no name was asked");
        return saved.isEmpty() ? std::nullopt
                               : std::optional(saved.constFirst().constFirst().value<QueueView>());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        qRegisterMetaType<QueueView>();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_model = std::make_unique<QueueModel>();
        m_model->setNow(Now);
        m_model->setStores(sampleStores());
        m_model->setItems(sampleItems());
        m_filter = std::make_unique<QueueFilterModel>();
        m_filter->setSourceModel(m_model.get());
        m_panel = std::make_unique<QueuePanel>(m_model.get(), m_filter.get());
        m_panel->setRegions({QStringLiteral("North"), QStringLiteral("South")});
        m_panel->setCurrentUserId(Me);
        m_panel->resize(1040, 360);
    }

    void cleanup()
    {
        m_panel.reset();
        m_filter.reset();
        m_model.reset();
        m_dir.reset();
    }

    // --- SavedViews -----------------------------------------------------------------------------

    void savedViewsRoundTripThroughAnIniFile()
    {
        const QList<QueueView> views{namedView(QStringLiteral("gamma")), complexView(),
                                     namedView(QStringLiteral("Beta"), QStringLiteral("x")),
                                     namedView(QStringLiteral("alpha"))};
        {
            QSettings settings(iniPath(), QSettings::IniFormat);
            SavedViews::save(settings, views);
        }
        QSettings settings(iniPath(), QSettings::IniFormat);
        const QList<QueueView> loaded = SavedViews::load(settings);
        QCOMPARE(namesOf(loaded), (QStringList{QStringLiteral("alpha"), QStringLiteral("Beta"),
                                               QStringLiteral("gamma"), complexView().name}));
        QCOMPARE(loaded.at(3), complexView());
        QCOMPARE(loaded.at(1), namedView(QStringLiteral("Beta"), QStringLiteral("x")));
        QVERIFY(settings.childGroups().contains(QStringLiteral("queue")));

        // Saving fewer views drops the others: nothing stale is left behind.
        SavedViews::save(settings, {namedView(QStringLiteral("only"))});
        QSettings reread(iniPath(), QSettings::IniFormat);
        QCOMPARE(namesOf(SavedViews::load(reread)), QStringList{QStringLiteral("only")});
        QCOMPARE(reread.allKeys().filter(QStringLiteral("queue/views/")).size(), 1);
        SavedViews::save(reread, {});
        QVERIFY(SavedViews::load(QSettings(iniPath(), QSettings::IniFormat)).isEmpty());
    }

    void garbageEntriesAreSkipped()
    {
        {
            QSettings settings(iniPath(), QSettings::IniFormat);
            settings.setValue(QStringLiteral("queue/views/a"), QStringLiteral("not json at all"));
            settings.setValue(QStringLiteral("queue/views/b"), QStringLiteral("[1, 2, 3]"));
            settings.setValue(QStringLiteral("queue/views/c"), QStringLiteral("{\"name\": \"\"}"));
            settings.setValue(QStringLiteral("queue/views/d"), QStringLiteral("{\"name\": \"   \"}"));
            settings.setValue(QStringLiteral("queue/views/e"), 42);
            settings.setValue(QStringLiteral("queue/views/f"), QStringLiteral("{\"name\": 5}"));
            settings.setValue(QStringLiteral("queue/views/g/deeper"), QStringLiteral("{"));
            // Wrong types inside a good entry: those fields keep their defaults.
            settings.setValue(QStringLiteral("queue/views/h"),
                              QStringLiteral("{\"name\": \" Kept \", \"kinds\": 5, \"severities\": "
                                             "[\"nope\", \"high\"], \"sort_column\": \"no_such\", "
                                             "\"store_ids\": [\"x\", 3]}"));
            settings.setValue(QStringLiteral("other/key"), QStringLiteral("{\"name\": \"not a view\"}"));
        }
        {
            // A hand-edited line with an unquoted comma reads back as a list: skipped too.
            QFile file(iniPath());
            QVERIFY(file.open(QIODevice::Append | QIODevice::Text));
            file.write(
                "\n[queue]\nviews\\i={\"name\": \"Broken\", \"text\": \"x\"}\nviews\\j=@Variant(garbage\n");
        }
        QSettings settings(iniPath(), QSettings::IniFormat);
        QCOMPARE(settings.status(), QSettings::NoError);
        const QList<QueueView> loaded = SavedViews::load(settings);
        QCOMPARE(namesOf(loaded), QStringList{QStringLiteral("Kept")});
        QVERIFY(loaded.constFirst().kinds.isEmpty());
        QCOMPARE(loaded.constFirst().severities, QSet<Severity>{Severity::High});
        QCOMPARE(loaded.constFirst().storeIds, QSet<int>{3});
        QCOMPARE(loaded.constFirst().sortColumn, -1);

        // An empty or missing group is no views, not an error.
        QSettings empty(m_dir->filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
        QVERIFY(SavedViews::load(empty).isEmpty());
    }

    void upsertReplacesByNameAndRemoveDrops()
    {
        QList<QueueView> views;
        views = SavedViews::upserted(views, namedView(QStringLiteral("b"), QStringLiteral("first")));
        views = SavedViews::upserted(views, namedView(QStringLiteral("A")));
        views = SavedViews::upserted(views, namedView(QStringLiteral("c")));
        QCOMPARE(namesOf(views),
                 (QStringList{QStringLiteral("A"), QStringLiteral("b"), QStringLiteral("c")}));

        views = SavedViews::upserted(views, namedView(QStringLiteral("b"), QStringLiteral("second")));
        QCOMPARE(views.size(), 3);
        QCOMPARE(views.at(1).text, QStringLiteral("second"));
        // Names are exact: "B" is another view than "b".
        views = SavedViews::upserted(views, namedView(QStringLiteral("B")));
        QCOMPARE(views.size(), 4);

        QCOMPARE(namesOf(SavedViews::removed(views, QStringLiteral("b"))),
                 (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("c")}));
        QCOMPARE(SavedViews::removed(views, QStringLiteral("nope")), views);
    }

    // --- QueuePanel -----------------------------------------------------------------------------

    void savingEmitsTheFiltersSetByHand()
    {
        QTest::keyClicks(search(), QStringLiteral("chairs"));
        kindCombo()->setCurrentIndex(kindCombo()->findText(QStringLiteral("Approvals")));
        QTest::mouseClick(mine(), Qt::LeftButton);
        QVERIFY(mine()->isChecked());
        const int amountX = header()->sectionViewportPosition(QueueModel::AmountColumn) + 10;
        QTest::mouseClick(header()->viewport(), Qt::LeftButton, {}, QPoint(amountX, header()->height() / 2));
        QCOMPARE(m_filter->sortColumn(), int(QueueModel::AmountColumn));
        QCOMPARE(sorted(shownNumbers(*m_filter)), (QList<int>{1, 6}));
        QCOMPARE(viewCombo()->currentText(), QStringLiteral("Unsaved filters"));
        QVERIFY(m_panel->isActiveViewModified());
        QVERIFY(!deleteButton()->isEnabled());

        const std::optional<QueueView> saved = saveAs(QStringLiteral("  My chairs "));
        QVERIFY(saved);
        QCOMPARE(saved->name, QStringLiteral("My chairs"));
        QCOMPARE(saved->kinds, QSet<ItemKind>{ItemKind::Approval});
        QCOMPARE(saved->text, QStringLiteral("chairs"));
        QVERIFY(saved->mine);
        QCOMPARE(saved->sortColumn, int(QueueModel::AmountColumn));
        QCOMPARE(saved->sortOrder, header()->sortIndicatorOrder());
        QVERIFY(saved->regions.isEmpty() && saved->storeIds.isEmpty() && saved->slaStates.isEmpty());
        QCOMPARE(saved->minimumSeverity, Severity::Unknown);

        // Until the owner lists it, it is not a saved view; once listed, it is the one shown.
        QCOMPARE(viewCombo()->currentText(), QStringLiteral("Unsaved filters"));
        m_panel->setSavedViews({namedView(QStringLiteral("Another")), *saved});
        QCOMPARE(viewCombo()->currentText(), QStringLiteral("My chairs"));
        QCOMPARE(m_panel->activeViewName(), QStringLiteral("My chairs"));
        QVERIFY(!m_panel->isActiveViewModified());
        QVERIFY(deleteButton()->isEnabled());

        // Saving again proposes the current view's name.
        QString proposed;
        DialogAnswer<QInputDialog> cancel([&proposed](QInputDialog *dialog) {
            proposed = dialog->textValue();
            dialog->reject();
        });
        QSignalSpy savedAgain(m_panel.get(), &QueuePanel::saveViewRequested);
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QVERIFY(cancel.seen());
        QCOMPARE(proposed, QStringLiteral("My chairs"));
        QCOMPARE(savedAgain.size(), 0);
    }

    void anEmptyNameIsRefused()
    {
        QSignalSpy saved(m_panel.get(), &QueuePanel::saveViewRequested);
        bool okEnabled = true;
        DialogAnswer<QInputDialog> answer([&okEnabled](QInputDialog *dialog) {
            dialog->setTextValue(QStringLiteral("   "));
            okEnabled = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
            dialog->accept(); // even if it got through
        });
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QVERIFY(answer.seen());
        QVERIFY(!okEnabled);
        QCOMPARE(saved.size(), 0);
    }

    void savingOverAnotherViewAsksFirst()
    {
        m_panel->setSavedViews({namedView(QStringLiteral("Taken"), QStringLiteral("old"))});
        QTest::keyClicks(search(), QStringLiteral("taxi"));
        QSignalSpy saved(m_panel.get(), &QueuePanel::saveViewRequested);
        {
            QString question;
            DialogAnswer<QInputDialog> name(
                [](QInputDialog *dialog) { enterName(dialog, QStringLiteral("Taken")); });
            DialogAnswer<QMessageBox> no([&question](QMessageBox *box) {
                question = box->text();
                box->button(QMessageBox::No)->click();
            });
            QTest::mouseClick(saveButton(), Qt::LeftButton);
            QVERIFY(no.seen());
            QVERIFY2(question.contains(QStringLiteral("Taken")), qPrintable(question));
            QCOMPARE(saved.size(), 0);
        }
        DialogAnswer<QInputDialog> name(
            [](QInputDialog *dialog) { enterName(dialog, QStringLiteral("Taken")); });
        DialogAnswer<QMessageBox> yes([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QVERIFY(yes.seen());
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.constFirst().constFirst().value<QueueView>().text, QStringLiteral("taxi"));
    }

    void choosingAViewAppliesItToTheFilterAndTheBar()
    {
        QueueView south;
        south.name = QStringLiteral("South overdue");
        south.kinds = {ItemKind::Exception};
        south.regions = {QStringLiteral("South")};
        south.storeIds = {2};
        south.minimumSeverity = Severity::High;
        south.slaStates = {SlaState::Overdue};
        south.sortColumn = QueueModel::AgeColumn;
        south.sortOrder = Qt::DescendingOrder;
        QueueView mineView;
        mineView.name = QStringLiteral("Mine");
        mineView.mine = true;
        mineView.text = QStringLiteral("chairs");
        m_panel->setSavedViews({mineView, south});
        QCOMPARE(viewCombo()->currentText(), QStringLiteral("All items"));

        chooseByKeyboard(viewCombo(), south.name);
        QCOMPARE(shownNumbers(*m_filter), (QList<int>{2, 3})); // oldest first
        QCOMPARE(m_filter->currentView(south.name), south);
        QCOMPARE(kindCombo()->currentText(), QStringLiteral("Store exceptions"));
        QCOMPARE(severityCombo()->currentText(), QStringLiteral("High and above"));
        QCOMPARE(slaCombo()->currentText(), QStringLiteral("Overdue"));
        QCOMPARE(regionCombo()->currentText(), QStringLiteral("South"));
        QVERIFY(!storeChip()->isHidden());
        QCOMPARE(storeChip()->text(), QStringLiteral("Store: Nice Port ✕"));
        QVERIFY(!mine()->isChecked());
        QVERIFY(search()->text().isEmpty());
        QCOMPARE(header()->sortIndicatorSection(), int(QueueModel::AgeColumn));
        QCOMPARE(header()->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(viewCombo()->currentText(), south.name);
        QVERIFY(!m_panel->isActiveViewModified());

        chooseByKeyboard(viewCombo(), mineView.name);
        QCOMPARE(sorted(shownNumbers(*m_filter)), (QList<int>{1, 6}));
        QVERIFY(mine()->isChecked());
        QCOMPARE(search()->text(), QStringLiteral("chairs"));
        QCOMPARE(kindCombo()->currentText(), QStringLiteral("All kinds"));
        QCOMPARE(regionCombo()->currentText(), QStringLiteral("All regions"));
        QVERIFY(storeChip()->isHidden());
        QCOMPARE(header()->sortIndicatorSection(), -1); // the view has no sort

        chooseByKeyboard(viewCombo(), QStringLiteral("All items"));
        QCOMPARE(m_filter->rowCount(), m_model->rowCount());
        QVERIFY(!m_filter->hasFilters());
        QVERIFY(!mine()->isChecked());
        QVERIFY(search()->text().isEmpty());
    }

    void aViewBeyondTheFixedEntriesIsShownAsIs()
    {
        // Saved elsewhere or by hand: two kinds, an exact severity set, a region and a store that
        // do not exist here. It applies as it is, and the bar says so instead of "All …".
        QueueView odd;
        odd.name = QStringLiteral("Odd");
        odd.kinds = {ItemKind::Approval, ItemKind::Exception};
        odd.severities = {Severity::Low, Severity::Critical};
        odd.slaStates = {SlaState::None, SlaState::DueSoon};
        odd.regions = {QStringLiteral("Atlantis")};
        odd.storeIds = {99};
        m_panel->setSavedViews({odd});
        const int regionEntries = regionCombo()->count();
        chooseByKeyboard(viewCombo(), odd.name);
        QCOMPARE(m_filter->rowCount(), 0);
        QCOMPARE(m_filter->currentView(odd.name), odd);
        QCOMPARE(kindCombo()->currentText(), QStringLiteral("Approval, Exception"));
        QCOMPARE(severityCombo()->currentText(), QStringLiteral("Low, Critical"));
        QCOMPARE(slaCombo()->currentText(), QStringLiteral("No SLA, Due soon"));
        QCOMPARE(regionCombo()->currentText(), QStringLiteral("Atlantis"));
        QCOMPARE(regionCombo()->count(), regionEntries + 1);
        QCOMPARE(storeChip()->text(), QStringLiteral("Store: Store 99 ✕"));
        QVERIFY(!m_panel->isActiveViewModified());

        // The stores arriving again keep the region shown.
        m_panel->setRegions({QStringLiteral("North"), QStringLiteral("South"), QStringLiteral("West")});
        QCOMPARE(regionCombo()->currentText(), QStringLiteral("Atlantis"));
        QCOMPARE(m_filter->regions(), QSet<QString>{QStringLiteral("Atlantis")});

        // Picking a fixed entry replaces the whole set, and the extra entries go.
        severityCombo()->setCurrentIndex(severityCombo()->findText(QStringLiteral("High and above")));
        QVERIFY(m_filter->severities().isEmpty());
        QCOMPARE(m_filter->minimumSeverity(), Severity::High);
        QCOMPARE(severityCombo()->findText(QStringLiteral("Low, Critical")), -1);
        QCOMPARE(viewCombo()->currentText(), QStringLiteral("Odd (modified)"));

        chooseByKeyboard(viewCombo(), QStringLiteral("All items"));
        QCOMPARE(m_filter->rowCount(), m_model->rowCount());
        QCOMPARE(kindCombo()->currentText(), QStringLiteral("All kinds"));
        QCOMPARE(regionCombo()->currentText(), QStringLiteral("All regions"));
        QCOMPARE(regionCombo()->findText(QStringLiteral("Atlantis")), -1);
        QVERIFY(storeChip()->isHidden());
    }

    void changingAFilterByHandLeavesTheView()
    {
        QueueView overdue;
        overdue.name = QStringLiteral("Overdue");
        overdue.slaStates = {SlaState::Overdue};
        overdue.text = QStringLiteral("chairs");
        m_panel->setSavedViews({overdue});
        chooseByKeyboard(viewCombo(), overdue.name);
        QCOMPARE(sorted(shownNumbers(*m_filter)), (QList<int>{3, 6}));

        kindCombo()->setCurrentIndex(kindCombo()->findText(QStringLiteral("Approvals")));
        QCOMPARE(shownNumbers(*m_filter), QList<int>{6});
        QCOMPARE(viewCombo()->currentText(), QStringLiteral("Overdue (modified)"));
        QVERIFY(m_panel->isActiveViewModified());
        QCOMPARE(m_panel->activeViewName(), overdue.name);
        QVERIFY(deleteButton()->isEnabled());

        // Back to what the view says: it is the view again.
        kindCombo()->setCurrentIndex(kindCombo()->findText(QStringLiteral("All kinds")));
        QCOMPARE(viewCombo()->currentText(), overdue.name);
        QVERIFY(!m_panel->isActiveViewModified());

        // Typing, the map's store filter and the sort count as changes too.
        QTest::keyClick(search(), Qt::Key_Backspace);
        QCOMPARE(viewCombo()->currentText(), QStringLiteral("Overdue (modified)"));
        QTest::keyClick(search(), Qt::Key_S);
        QCOMPARE(viewCombo()->currentText(), overdue.name);
        m_panel->setStoreFilter(1, QStringLiteral("Lille Centre"));
        QCOMPARE(storeChip()->text(), QStringLiteral("Store: Lille Centre ✕"));
        QCOMPARE(viewCombo()->currentText(), QStringLiteral("Overdue (modified)"));
        QTest::mouseClick(storeChip(), Qt::LeftButton);
        QVERIFY(storeChip()->isHidden());
        QCOMPARE(viewCombo()->currentText(), overdue.name);
        m_panel->view()->sortByColumn(QueueModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(viewCombo()->currentText(), QStringLiteral("Overdue (modified)"));

        // Choosing the view again undoes the changes.
        chooseByKeyboard(viewCombo(), overdue.name);
        QCOMPARE(m_filter->sortColumn(), -1);
        QCOMPARE(viewCombo()->currentText(), overdue.name);
        QCOMPARE(viewCombo()->findText(QStringLiteral("Overdue (modified)")), -1);

        // From "All items", a hand-set filter is an unsaved state, and clearing it is "All items".
        chooseByKeyboard(viewCombo(), QStringLiteral("All items"));
        m_panel->setKindFilter(ItemKind::Approval);
        QCOMPARE(kindCombo()->currentText(), QStringLiteral("Approvals"));
        QCOMPARE(viewCombo()->currentText(), QStringLiteral("Unsaved filters"));
        QVERIFY(!deleteButton()->isEnabled());
        m_panel->setKindFilter(std::nullopt);
        QCOMPARE(viewCombo()->currentText(), QStringLiteral("All items"));
    }

    void deletingAsksAndEmits()
    {
        m_panel->setSavedViews({namedView(QStringLiteral("Doomed"), QStringLiteral("chairs"))});
        QVERIFY(!deleteButton()->isEnabled());
        chooseByKeyboard(viewCombo(), QStringLiteral("Doomed"));
        QVERIFY(deleteButton()->isEnabled());
        QSignalSpy deleted(m_panel.get(), &QueuePanel::deleteViewRequested);
        {
            QString question;
            DialogAnswer<QMessageBox> no([&question](QMessageBox *box) {
                question = box->text();
                box->button(QMessageBox::No)->click();
            });
            QTest::mouseClick(deleteButton(), Qt::LeftButton);
            QVERIFY(no.seen());
            QVERIFY2(question.contains(QStringLiteral("Doomed")), qPrintable(question));
            QCOMPARE(deleted.size(), 0);
        }
        DialogAnswer<QMessageBox> yes([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        QTest::mouseClick(deleteButton(), Qt::LeftButton);
        QVERIFY(yes.seen());
        QCOMPARE(deleted.size(), 1);
        QCOMPARE(deleted.constFirst().constFirst().toString(), QStringLiteral("Doomed"));

        // The owner lists the views without it: the filters stay, and are no saved view any more.
        m_panel->setSavedViews({});
        QCOMPARE(search()->text(), QStringLiteral("chairs"));
        QCOMPARE(viewCombo()->currentText(), QStringLiteral("Unsaved filters"));
        QVERIFY(!deleteButton()->isEnabled());
        QCOMPARE(m_panel->activeViewName(), QString());
    }

    void keyboardReachesTheViews()
    {
        m_panel->setSavedViews({namedView(QStringLiteral("Keyboard"))});
        m_panel->show();
        m_panel->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));

        // The View combo is in the tab chain just before the search (Delete is off: skipped).
        search()->setFocus();
        QVERIFY(search()->hasFocus());
        QTest::keyClick(search(), Qt::Key_Backtab, Qt::ShiftModifier);
        QVERIFY(saveButton()->hasFocus());
        QTest::keyClick(saveButton(), Qt::Key_Backtab, Qt::ShiftModifier);
        QVERIFY(viewCombo()->hasFocus());
        QTest::keyClick(viewCombo(), Qt::Key_Tab);
        QVERIFY(saveButton()->hasFocus());
        QTest::keyClick(saveButton(), Qt::Key_Tab);
        QVERIFY(search()->hasFocus());

        // Ctrl+Shift+S saves from anywhere in the panel.
        m_panel->view()->setFocus();
        QSignalSpy saved(m_panel.get(), &QueuePanel::saveViewRequested);
        DialogAnswer<QInputDialog> answer(
            [](QInputDialog *dialog) { enterName(dialog, QStringLiteral("Quick")); });
        QTest::keyClick(m_panel->view(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(answer.seen());
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.constFirst().constFirst().value<QueueView>().name, QStringLiteral("Quick"));
    }

    // Not a saved view, but the same panel: the triage keys are QActions of the table, listed with
    // their shortcuts; they work through Qt's shortcut map, Shift or not, and never from the search.
    void triageKeysAreActionsOfTheTable()
    {
        QTableView *table = m_panel->view();
        QHash<QString, QKeySequence> keys;
        for (const QAction *action : table->actions()) {
            QCOMPARE(action->shortcutContext(), Qt::WidgetWithChildrenShortcut);
            QVERIFY(!action->text().isEmpty());
            keys.insert(action->objectName(), action->shortcut());
        }
        QCOMPARE(keys.value(QStringLiteral("nextItemAction")), QKeySequence(Qt::Key_J));
        QCOMPARE(keys.value(QStringLiteral("previousItemAction")), QKeySequence(Qt::Key_K));
        QCOMPARE(keys.value(QStringLiteral("toggleSelectedAction")), QKeySequence(Qt::Key_X));
        QCOMPARE(keys.value(QStringLiteral("approveAction")), QKeySequence(Qt::Key_A));
        QCOMPARE(keys.value(QStringLiteral("rejectAction")), QKeySequence(Qt::Key_R));
        QCOMPARE(keys.value(QStringLiteral("delegateAction")), QKeySequence(Qt::Key_D));
        QCOMPARE(keys.value(QStringLiteral("clearSelectionAction")), QKeySequence(Qt::Key_Escape));
        QCOMPARE(keys.value(QStringLiteral("openItemAction")), QKeySequence(Qt::Key_Return));
        QCOMPARE(keys.size(), 8);

        m_panel->show();
        m_panel->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
        table->setFocus();
        QVERIFY(table->hasFocus());
        table->selectionModel()->setCurrentIndex(m_filter->index(0, 0), QItemSelectionModel::ClearAndSelect |
                                                                            QItemSelectionModel::Rows);
        QSignalSpy decisions(m_panel.get(), &QueuePanel::decisionRequested);
        QSignalSpy opened(m_panel.get(), &QueuePanel::openRequested);
        QTest::keyClick(table, Qt::Key_J);
        QCOMPARE(table->currentIndex().row(), 1);
        QTest::keyClick(table, Qt::Key_J, Qt::ShiftModifier);
        QCOMPARE(table->currentIndex().row(), 2);
        QTest::keyClick(table, Qt::Key_K);
        QCOMPARE(table->currentIndex().row(), 1);
        const QString current = m_panel->currentId();
        QTest::keyClick(table, Qt::Key_A);
        QCOMPARE(decisions.size(), 1);
        QCOMPARE(decisions.at(0).at(0).toStringList(), QStringList{current});
        QCOMPARE(decisions.at(0).at(1).value<Decision::Action>(), Decision::Action::Approve);
        QTest::keyClick(table, Qt::Key_D);
        QCOMPARE(decisions.size(), 2);
        QCOMPARE(decisions.at(1).at(1).value<Decision::Action>(), Decision::Action::Delegate);
        QTest::keyClick(table, Qt::Key_Enter, Qt::KeypadModifier);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), current);
        // X twice makes a bulk selection, Esc clears it.
        QTest::keyClick(table, Qt::Key_X);
        QTest::keyClick(table, Qt::Key_J);
        QTest::keyClick(table, Qt::Key_X);
        QCOMPARE(m_panel->targetIds().size(), 2);
        QTest::keyClick(table, Qt::Key_Escape);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 0);

        search()->setFocus();
        QTest::keyClicks(search(), QStringLiteral("ajkrx"));
        QCOMPARE(search()->text(), QStringLiteral("ajkrx"));
        QCOMPARE(decisions.size(), 2);
        QCOMPARE(opened.size(), 1);
    }

    // Not a saved view, but the same bar: "N of M" follows changes the filter hides too.
    void theCountFollowsTheQueue()
    {
        QLabel *count = nullptr;
        for (QLabel *label : m_panel->findChildren<QLabel *>()) {
            if (label->text().contains(QStringLiteral(" of ")))
                count = label;
        }
        QVERIFY(count);
        const int total = m_model->rowCount();
        QTRY_COMPARE(count->text(), QStringLiteral("%1 of %1").arg(total));
        m_panel->setKindFilter(ItemKind::Approval);
        const int shown = m_filter->rowCount();
        QVERIFY(shown > 0 && shown < total);
        QTRY_COMPARE(count->text(), QStringLiteral("%1 of %2").arg(shown).arg(total));
        // An exception arrives: hidden by the filter, but the queue has one more.
        QueueItem hidden = sampleItems().first();
        hidden.id = QStringLiteral("stock.picking:4242");
        hidden.kind = ItemKind::Exception;
        m_model->applyChanges({hidden}, {});
        QCOMPARE(m_filter->rowCount(), shown);
        QTRY_COMPARE(count->text(), QStringLiteral("%1 of %2").arg(shown).arg(total + 1));
        m_model->applyChanges({}, {hidden.id});
        QTRY_COMPARE(count->text(), QStringLiteral("%1 of %2").arg(shown).arg(total));
    }

    void screenshotOfTheBar()
    {
        const QString folder = qEnvironmentVariable("HQ_SCREENSHOT_DIR");
        if (folder.isEmpty())
            QSKIP("set HQ_SCREENSHOT_DIR to look at the filter bar");
        QueueView overdue;
        overdue.name = QStringLiteral("Overdue in the South");
        overdue.regions = {QStringLiteral("South")};
        overdue.slaStates = {SlaState::Overdue};
        m_panel->setSavedViews({namedView(QStringLiteral("Big approvals")), overdue,
                                namedView(QStringLiteral("My chairs"), QStringLiteral("chairs"))});
        chooseByKeyboard(viewCombo(), overdue.name);
        m_panel->setStoreFilter(2, QStringLiteral("Nice Port"));
        // As in the main window: 1360 px wide, the queue beside the detail panel.
        QSplitter window;
        window.addWidget(m_panel.get());
        window.addWidget(new QWidget);
        window.resize(1360, 420);
        window.setSizes({1040, 320});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.grab().save(folder + QStringLiteral("/savedviews-1360.png")));
        m_panel->grab().save(folder + QStringLiteral("/savedviews-panel.png"));
        m_panel->setParent(nullptr); // owned by the fixture
    }
};

QTEST_MAIN(TestSavedViews)
#include "tst_savedviews.moc"
