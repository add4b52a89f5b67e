// Fieldbridge's entry point: parses the command line, then runs either the desktop app or a headless command.

#include "BuildInfo.h"
#include "core/AppPaths.h"
#include "core/CommandLine.h"
#include "core/Logging.h"
#include "Headless.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QString::fromLatin1(fb::build::appName));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(fb::build::orgDomain));
    QCoreApplication::setApplicationName(QString::fromLatin1(fb::build::appName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(fb::build::version));
}

QStringList rawArguments(int argc, char** argv)
{
    QStringList list;
    for (int i = 0; i < argc; ++i) {
        list << QString::fromLocal8Bit(argv[i]);
    }
    return list;
}

int runHeadless(int argc, char** argv, const fb::CommandLineOptions& options)
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    return fb::app::runHeadless(options);
}

int runDesktop(int argc, char** argv, const fb::CommandLineOptions& options)
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setDesktopFileName(QString::fromLatin1(fb::build::appId));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&qtTranslator);
    }
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), u"fieldbridge"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(&appTranslator);
    }

    fb::ui::MainWindow window;
    if (options.startMinimised) {
        window.showMinimized();
    } else {
        window.show();
    }
    return QApplication::exec();
}

} // namespace

int main(int argc, char** argv)
{
    fb::logging::installRedactingHandler();
    const fb::CommandLineOptions options = fb::parseCommandLine(rawArguments(argc, argv));
    switch (options.action) {
    case fb::CommandLineOptions::Action::ShowHelp:
    case fb::CommandLineOptions::Action::ShowVersion:
        std::fputs(options.message.toLocal8Bit().constData(), stdout);
        return fb::ExitOk;
    case fb::CommandLineOptions::Action::Error:
        std::fprintf(stderr, "fieldbridge: %s\n", options.message.toLocal8Bit().constData());
        return fb::ExitUsage;
    case fb::CommandLineOptions::Action::Run:
        break;
    }
    if (!options.dataDir.isEmpty()) {
        fb::paths::setDataDirOverride(options.dataDir);
    }
    return options.headless ? runHeadless(argc, argv, options) : runDesktop(argc, argv, options);
}
