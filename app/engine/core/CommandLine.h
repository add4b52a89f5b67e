#pragma once
// Fieldbridge's command line, parsed without an application object so main() can choose GUI or headless.

#include <QString>
#include <QStringList>
#include <QUrl>

namespace fb {

// Exit codes of the fieldbridge executable (documented in README.md, "Headless use").
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,        // the command ran and failed (sync errors, failed check)
    ExitUsage = 2,          // bad command line
    ExitConfig = 3,         // missing credentials or configuration
    ExitDataError = 4,      // database refused (newer version, corrupt file kept aside)
    ExitBudgetExhausted = 5 // stopped by a rate budget; try again after the reset time
};

struct CommandLineOptions
{
    enum class Action { Run, ShowHelp, ShowVersion, Error };
    Action action = Action::Run;
    QString message;   // help/version text, or the error
    QString dataDir;   // --data-dir
    bool sandbox = false;
    bool headless = false;
    QStringList headlessArguments; // command and its arguments after --headless, e.g. {"sync", "--once"}
    QUrl ghlUrl;       // --ghl-url
    QUrl badgerUrl;    // --badger-url
    QString locationId;
    bool startMinimised = false;
};

// Parses argv-style arguments (arguments.first() is the program name).
CommandLineOptions parseCommandLine(const QStringList& arguments);

} // namespace fb
