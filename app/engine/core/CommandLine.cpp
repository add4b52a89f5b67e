#include "CommandLine.h"

#include "BuildInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace fb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fb::CommandLine)
};

QUrl parseBaseUrl(const QString& value, QString* error)
{
    const QUrl url = QUrl::fromUserInput(value);
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty()) {
        *error = Tr::tr("Not a valid http(s) URL: %1").arg(value);
        return {};
    }
    return url;
}
} // namespace

CommandLineOptions parseCommandLine(const QStringList& arguments)
{
    CommandLineOptions options;

    // Everything after --headless belongs to the headless command (it has its own options).
    QStringList ownArguments = arguments;
    const qsizetype headlessAt = arguments.indexOf(u"--headless"_s);
    if (headlessAt > 0) {
        options.headless = true;
        options.headlessArguments = arguments.mid(headlessAt + 1);
        ownArguments = arguments.mid(0, headlessAt);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Fieldbridge keeps Badger Maps and HighLevel in sync, two-way.\n\n"
           "Headless use: fieldbridge [options] --headless COMMAND [command options]\n"
           "Exit codes: 0 ok, 1 failed, 2 usage, 3 configuration missing, 4 database refused, 5 budget exhausted."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, Tr::tr("Show this help and exit."));
    const QCommandLineOption version({u"v"_s, u"version"_s}, Tr::tr("Show the version and exit."));
    const QCommandLineOption dataDir(u"data-dir"_s, Tr::tr("Keep the database and settings in <dir>."), Tr::tr("dir"));
    const QCommandLineOption sandbox(u"sandbox"_s, Tr::tr("Run against the built-in sandbox (simulated accounts)."));
    const QCommandLineOption headless(u"headless"_s,
                                      Tr::tr("Run a command without a window (sync, status, check); see README."));
    const QCommandLineOption ghlUrl(u"ghl-url"_s, Tr::tr("HighLevel API base URL."), Tr::tr("url"));
    const QCommandLineOption badgerUrl(u"badger-url"_s, Tr::tr("Badger Maps API base URL."), Tr::tr("url"));
    const QCommandLineOption locationId(u"location-id"_s, Tr::tr("HighLevel location (sub-account) id."), Tr::tr("id"));
    const QCommandLineOption minimised(u"minimised"_s, Tr::tr("Start minimised to the system tray."));
    parser.addOptions({help, version, dataDir, sandbox, headless, ghlUrl, badgerUrl, locationId, minimised});

    if (!parser.parse(ownArguments)) {
        options.action = CommandLineOptions::Action::Error;
        options.message = parser.errorText();
        return options;
    }
    if (parser.isSet(help)) {
        options.action = CommandLineOptions::Action::ShowHelp;
        options.message = parser.helpText();
        return options;
    }
    if (parser.isSet(version)) {
        options.action = CommandLineOptions::Action::ShowVersion;
        options.message = QString::fromLatin1(build::appName) + u' ' + QString::fromLatin1(build::version) + u'\n';
        return options;
    }
    if (!parser.positionalArguments().isEmpty()) {
        options.action = CommandLineOptions::Action::Error;
        options.message = Tr::tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return options;
    }
    if (parser.isSet(dataDir)) {
        options.dataDir = parser.value(dataDir);
        if (options.dataDir.trimmed().isEmpty()) {
            options.action = CommandLineOptions::Action::Error;
            options.message = Tr::tr("--data-dir needs a directory.");
            return options;
        }
    }
    options.sandbox = parser.isSet(sandbox);
    options.startMinimised = parser.isSet(minimised);
    options.locationId = parser.value(locationId);
    for (const auto& [option, target] : {std::pair{&ghlUrl, &options.ghlUrl}, std::pair{&badgerUrl, &options.badgerUrl}}) {
        if (parser.isSet(*option)) {
            QString error;
            *target = parseBaseUrl(parser.value(*option), &error);
            if (!error.isEmpty()) {
                options.action = CommandLineOptions::Action::Error;
                options.message = error;
                return options;
            }
        }
    }
    return options;
}

} // namespace fb
