// Fieldbridge's entry point: parses the command line, then runs either the desktop app or a headless command.

#include "BuildInfo.h"
#include "core/AppPaths.h"
#include "core/CommandLine.h"
#include "core/Logging.h"
#include "core/Translations.h"
#include "Headless.h"
#include "shell/AppController.h"
#include "sync/SyncConfig.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QPalette>
#include <QSettings>
#include <QStyleFactory>
#include <QTextStream>

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
    // Like other command-line tools, the headless commands speak the system's language (LANG, LC_MESSAGES,
    // LANGUAGE); the Settings language is the desktop's. LANG=C gives English, stable for scripts and logs.
    fb::i18n::installTranslators(fb::i18n::preferredLanguages({}));
    return fb::app::runHeadless(options);
}

// A dark palette for the screenshot script (FIELDBRIDGE_DARK_PALETTE=1): the screens must stay legible on one.
void applyDarkPalette()
{
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa4, 0xab));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(p);
}

int runDesktop(int argc, char** argv, const fb::CommandLineOptions& options)
{
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setDesktopFileName(QString::fromLatin1(fb::build::appId));
    if (qEnvironmentVariableIntValue("FIELDBRIDGE_DARK_PALETTE") == 1) {
        applyDarkPalette();
    }

    // The language and start-minimised settings; the settings file is small and read once here.
    fb::sync::SyncConfig config;
    {
        auto settings = fb::paths::openSettings();
        config.load(*settings);
    }
    // The Settings language when one is chosen (numbers and dates follow it too), else the system's.
    if (!config.language.isEmpty()) {
        QLocale::setDefault(QLocale(config.language));
    }
    fb::i18n::installTranslators(fb::i18n::preferredLanguages(config.language));

    fb::ui::AppController::Options appOptions;
    appOptions.forceSandbox = options.sandbox;
    appOptions.startMinimised = options.startMinimised || config.startMinimised;
    fb::ui::AppController controller(appOptions);
    controller.start();
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
