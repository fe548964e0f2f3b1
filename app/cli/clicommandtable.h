// CliCommandTable: the commands of hqtower-cli, each with its name, synopsis and one-line help;
// the dispatcher and the --help text both come from this one table.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class CliCommand;
class CliContext;

class CliCommandTable
{
    Q_DECLARE_TR_FUNCTIONS(CliCommandTable)

public:
    struct Entry
    {
        QString name;     // what the user types: "check", "approve"…
        QString synopsis; // "reject ITEM_ID --reason R"
        QString summary;  // one line of help, translated
        std::function<CliCommand *(CliContext &)> make;
    };

    static const QList<Entry> &entries();
    static const Entry *find(const QString &name);
    // The application description for --help: what the tool does, every command with its
    // synopsis and summary, where secrets come from, the exit codes.
    static QString helpText();
    static QStringList names();
};
