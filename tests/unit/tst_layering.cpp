// The layering rules of the README's Architecture section, checked on the source tree: which folder
// may include which, no folder-level cycle, no Widgets in the core, no SQL or network in the UI.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace {

// Folders (relative to the source root) and the folders each may include, besides itself.
QMap<QString, QSet<QString>> allowedIncludes()
{
    const QString domain = QStringLiteral("app/domain"), odoo = QStringLiteral("app/odoo"),
                  storage = QStringLiteral("app/storage"), triage = QStringLiteral("app/triage"),
                  sync = QStringLiteral("app/sync"), decisions = QStringLiteral("app/decisions"),
                  platform = QStringLiteral("app/platform"), session = QStringLiteral("app/session"),
                  sim = QStringLiteral("app/sim"), demo = QStringLiteral("app/demo"),
                  cli = QStringLiteral("app/cli"), models = QStringLiteral("models"),
                  ui = QStringLiteral("ui");
    return {
        {domain, {}},
        {odoo, {domain}},
        {storage, {domain}},
        {triage, {domain}},
        {sync, {domain, odoo, storage}},
        {decisions, {domain, odoo, storage, sync}},
        {platform, {domain, odoo}},
        {session, {domain, odoo, storage, triage, sync, decisions, platform}},
        {sim, {domain, odoo}},
        {QStringLiteral("app/sim/tool"), {sim, odoo}},
        {demo, {domain, odoo, sim}},
        {cli, {domain, odoo, storage, triage, sync, decisions, platform, session}},
        {models, {domain, odoo, triage, sync}},
        {ui, {domain, odoo, triage, sync, decisions, platform, session, demo, models}},
        // The composition root assembles everything.
        {QStringLiteral("app"),
         {domain, odoo, storage, triage, sync, decisions, platform, session, demo, models, ui}},
    };
}

struct Include
{
    QString file; // relative to the root
    int line = 0;
    QString target; // as written
    bool system = false;
};

// Reads every #include of the C++ files under `folders` of `root`.
QList<Include> readIncludes(const QString &root, const QStringList &folders)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*#\\s*include\\s*([<\"])([^\">]+)[\">]"));
    QList<Include> includes;
    for (const QString &folder : folders) {
        QDirIterator it(root + QLatin1Char('/') + folder, {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
                continue;
            const QString relative = QDir(root).relativeFilePath(path);
            int number = 0;
            while (!file.atEnd()) {
                ++number;
                const QString text = QString::fromUtf8(file.readLine());
                const auto match = pattern.match(text);
                if (match.hasMatch())
                    includes.append(
                        {relative, number, match.captured(2), match.captured(1) == QLatin1String("<")});
            }
        }
    }
    return includes;
}

// The folder an include "…" of `include.file` resolves to, or empty when it is not the project's.
QString resolvedFolder(const QString &root, const Include &include, const QSet<QString> &folders)
{
    const QString ownFolder = QFileInfo(include.file).path();
    if (QFileInfo::exists(root + QLatin1Char('/') + ownFolder + QLatin1Char('/') + include.target))
        return QFileInfo(ownFolder + QLatin1Char('/') + include.target).path();
    // Include roots of the libraries: app/ ("odoo/…"), models/ and ui/ (bare names).
    for (const QString &base : {QStringLiteral("app"), QStringLiteral("models"), QStringLiteral("ui")}) {
        const QString candidate = base + QLatin1Char('/') + include.target;
        if (QFileInfo::exists(root + QLatin1Char('/') + candidate)) {
            const QString folder = QFileInfo(candidate).path();
            return folders.contains(folder) ? folder : base;
        }
    }
    return {};
}

QString folderOf(const QString &file, const QSet<QString> &folders)
{
    QString folder = QFileInfo(file).path();
    while (!folders.contains(folder) && folder.contains(QLatin1Char('/')))
        folder = folder.section(QLatin1Char('/'), 0, -2);
    return folder;
}

// Every include of a project folder that the rules do not allow, as "file:line: includes X (folder)".
QStringList layeringViolations(const QString &root)
{
    const auto rules = allowedIncludes();
    const QSet<QString> folders(rules.keyBegin(), rules.keyEnd());
    QStringList problems;
    for (const Include &include :
         readIncludes(root, {QStringLiteral("app"), QStringLiteral("models"), QStringLiteral("ui")})) {
        if (include.system)
            continue;
        const QString from = folderOf(include.file, folders);
        const QString to = resolvedFolder(root, include, folders);
        if (to.isEmpty() || to == from || !rules.contains(from))
            continue;
        if (!rules.value(from).contains(to))
            problems << QStringLiteral("%1:%2: includes %3 (%4 must not depend on %5)")
                            .arg(include.file)
                            .arg(include.line)
                            .arg(include.target, from, to);
    }
    return problems;
}

// System headers a folder must not include: Widgets in the core and the models, SQL and network in
// the UI and the models.
QStringList forbiddenSystemIncludes(const QString &root)
{
    static const QRegularExpression widgets(
        QStringLiteral("^(QtWidgets/|QtCharts/"
                       "|Q(Widget|MainWindow|Dialog|Application|Label|PushButton|LineEdit|TableView|TreeView|"
                       "Chart\\w*|Abstract(Button|ItemView|ScrollArea)|Graphics\\w+|Menu|Action|MessageBox|"
                       "SystemTrayIcon|Splitter|TabWidget|ComboBox|CheckBox|SpinBox|FormLayout|[HVS]"
                       "BoxLayout|GridLayout|StatusBar|ToolBar|StyledItemDelegate)$)"));
    static const QRegularExpression sqlOrNetwork(
        QStringLiteral("^(QtSql/|QtNetwork/|QtWebSockets/"
                       "|QSql\\w+$|QNetwork\\w+$|QWebSocket\\w*$|QTcp\\w+$|QSsl\\w+$|QHostAddress$)"));
    QStringList problems;
    for (const Include &include : readIncludes(root, {QStringLiteral("app"), QStringLiteral("models")})) {
        if (!include.system || include.file == QLatin1String("app/main.cpp"))
            continue;
        if (widgets.match(include.target).hasMatch())
            problems << QStringLiteral("%1:%2: <%3> (no Widgets below ui/)")
                            .arg(include.file)
                            .arg(include.line)
                            .arg(include.target);
    }
    for (const Include &include : readIncludes(root, {QStringLiteral("ui"), QStringLiteral("models")})) {
        if (include.system && sqlOrNetwork.match(include.target).hasMatch())
            problems << QStringLiteral("%1:%2: <%3> (no SQL or network in models/ and ui/)")
                            .arg(include.file)
                            .arg(include.line)
                            .arg(include.target);
    }
    return problems;
}

// A cycle among folders in the includes as they are, as "a -> b -> a", or empty.
QString folderCycle(const QString &root)
{
    const auto rules = allowedIncludes();
    const QSet<QString> folders(rules.keyBegin(), rules.keyEnd());
    QMap<QString, QSet<QString>> graph;
    for (const Include &include :
         readIncludes(root, {QStringLiteral("app"), QStringLiteral("models"), QStringLiteral("ui")})) {
        if (include.system)
            continue;
        const QString from = folderOf(include.file, folders);
        const QString to = resolvedFolder(root, include, folders);
        if (!to.isEmpty() && to != from)
            graph[from].insert(to);
    }
    QMap<QString, int> state; // 0 new, 1 on the path, 2 done
    QStringList path;
    std::function<bool(const QString &)> visit = [&](const QString &node) {
        state[node] = 1;
        path << node;
        for (const QString &next : graph.value(node)) {
            if (state.value(next) == 1) {
                path << next;
                return true;
            }
            if (state.value(next) == 0 && visit(next))
                return true;
        }
        path.removeLast();
        state[node] = 2;
        return false;
    };
    for (auto it = graph.keyBegin(); it != graph.keyEnd(); ++it) {
        if (state.value(*it) == 0 && visit(*it))
            return path.mid(path.indexOf(path.last())).join(QStringLiteral(" -> "));
    }
    return {};
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

} // namespace

class LayeringTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rulesHaveNoCycle()
    {
        // The rules themselves must describe layers: following them never leads back.
        const auto rules = allowedIncludes();
        for (auto it = rules.cbegin(); it != rules.cend(); ++it) {
            for (const QString &lower : it.value())
                QVERIFY2(!rules.value(lower).contains(it.key()),
                         qPrintable(QStringLiteral("%1 and %2 may include each other").arg(it.key(), lower)));
        }
    }

    void sourceTreeFollowsTheRules()
    {
        const QStringList problems = layeringViolations(QStringLiteral(HQ_SOURCE_DIR));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void sourceTreeHasNoFolderCycle()
    {
        const QString cycle = folderCycle(QStringLiteral(HQ_SOURCE_DIR));
        QVERIFY2(cycle.isEmpty(), qPrintable(cycle));
    }

    void noWidgetsInTheCoreNoSqlOrNetworkInTheUi()
    {
        const QStringList problems = forbiddenSystemIncludes(QStringLiteral(HQ_SOURCE_DIR));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The checks find what they are for, on a small tree made here.
    void checksCatchViolations()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString base = root.path();
        writeFile(base + QStringLiteral("/app/domain/item.h"), "#pragma once\n");
        writeFile(base + QStringLiteral("/app/sync/engine.h"), "#include \"domain/item.h\"\n");
        writeFile(base + QStringLiteral("/app/storage/cache.h"),
                  "#pragma once\n#include \"domain/item.h\"\n#include \"sync/engine.h\"\n");
        writeFile(base + QStringLiteral("/app/sync/engine.cpp"),
                  "#include \"engine.h\"\n#include \"storage/cache.h\"\n");
        writeFile(base + QStringLiteral("/models/queuemodel.h"),
                  "#include <QSqlQuery>\n#include \"domain/item.h\"\n");
        writeFile(base + QStringLiteral("/ui/panel.cpp"),
                  "#include \"queuemodel.h\"\n#include <QNetworkReply>\n");
        writeFile(base + QStringLiteral("/app/odoo/job.cpp"), "#include <QWidget>\n");

        const QStringList violations = layeringViolations(base);
        QCOMPARE(violations.size(), 1);
        QVERIFY2(
            violations.first().startsWith(QLatin1String("app/storage/cache.h:3: includes sync/engine.h")),
            qPrintable(violations.first()));
        QCOMPARE(folderCycle(base), QStringLiteral("app/storage -> app/sync -> app/storage"));
        const QStringList system = forbiddenSystemIncludes(base);
        QCOMPARE(system.size(), 3);
        QVERIFY(system.join(QLatin1Char('\n')).contains(QLatin1String("app/odoo/job.cpp:1: <QWidget>")));
        QVERIFY(system.join(QLatin1Char('\n')).contains(QLatin1String("models/queuemodel.h:1: <QSqlQuery>")));
        QVERIFY(system.join(QLatin1Char('\n')).contains(QLatin1String("ui/panel.cpp:2: <QNetworkReply>")));
    }
};

QTEST_GUILESS_MAIN(LayeringTest)
#include "tst_layering.moc"
