// The command line: parsing, and the real executable's --help, --version and usage errors.

#include "core/CommandLine.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void headlessArgumentsPassThrough();
    void executable_data();
    void executable();
};

void TestCommandLine::parse_data()
{
    using A = fb::CommandLineOptions::Action;
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("dataDir");
    QTest::addColumn<bool>("sandbox");

    QTest::newRow("nothing") << QStringList{u"fb"_s} << int(A::Run) << QString() << false;
    QTest::newRow("help") << QStringList{u"fb"_s, u"--help"_s} << int(A::ShowHelp) << QString() << false;
    QTest::newRow("version") << QStringList{u"fb"_s, u"-v"_s} << int(A::ShowVersion) << QString() << false;
    QTest::newRow("data dir") << QStringList{u"fb"_s, u"--data-dir"_s, u"/tmp/x"_s} << int(A::Run) << u"/tmp/x"_s
                              << false;
    QTest::newRow("data dir =") << QStringList{u"fb"_s, u"--data-dir=/tmp/y"_s, u"--sandbox"_s} << int(A::Run)
                                << u"/tmp/y"_s << true;
    QTest::newRow("empty data dir") << QStringList{u"fb"_s, u"--data-dir="_s} << int(A::Error) << QString() << false;
    QTest::newRow("unknown option") << QStringList{u"fb"_s, u"--frobnicate"_s} << int(A::Error) << QString() << false;
    QTest::newRow("stray positional") << QStringList{u"fb"_s, u"sync"_s} << int(A::Error) << QString() << false;
    QTest::newRow("bad url") << QStringList{u"fb"_s, u"--ghl-url"_s, u"ftp://x"_s} << int(A::Error) << QString()
                             << false;
}

void TestCommandLine::parse()
{
    QFETCH(QStringList, args);
    QFETCH(int, action);
    QFETCH(QString, dataDir);
    QFETCH(bool, sandbox);
    const auto options = fb::parseCommandLine(args);
    QCOMPARE(int(options.action), action);
    if (options.action == fb::CommandLineOptions::Action::Run) {
        QCOMPARE(options.dataDir, dataDir);
        QCOMPARE(options.sandbox, sandbox);
    } else {
        QVERIFY(!options.message.isEmpty());
    }
}

void TestCommandLine::headlessArgumentsPassThrough()
{
    const auto options = fb::parseCommandLine({u"fb"_s, u"--data-dir"_s, u"/d"_s, u"--ghl-url"_s,
                                               u"http://127.0.0.1:9/"_s, u"--headless"_s, u"sync"_s, u"--once"_s});
    QCOMPARE(int(options.action), int(fb::CommandLineOptions::Action::Run));
    QVERIFY(options.headless);
    QCOMPARE(options.headlessArguments, (QStringList{u"sync"_s, u"--once"_s}));
    QCOMPARE(options.dataDir, u"/d"_s);
    QCOMPARE(options.ghlUrl, QUrl(u"http://127.0.0.1:9/"_s));
}

void TestCommandLine::executable_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdoutContains");
    QTest::addColumn<QString>("stderrContains");
    QTest::newRow("--help") << QStringList{u"--help"_s} << int(fb::ExitOk) << u"--data-dir"_s << QString();
    QTest::newRow("--version") << QStringList{u"--version"_s} << int(fb::ExitOk) << u"Fieldbridge 0."_s << QString();
    QTest::newRow("bad option") << QStringList{u"--nope"_s} << int(fb::ExitUsage) << QString() << u"nope"_s;
    QTest::newRow("unknown headless command") << QStringList{u"--headless"_s, u"frobnicate"_s} << int(fb::ExitUsage)
                                              << QString() << u"frobnicate"_s;
    QTest::newRow("status of a fresh data dir") << QStringList{u"--headless"_s, u"status"_s} << int(fb::ExitOk)
                                                << u"Last run: never\n"_s << QString();
}

void TestCommandLine::executable()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, stdoutContains);
    QFETCH(QString, stderrContains);
    QTemporaryDir dir;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"C.UTF-8"_s); // the expected texts are the English sources
    env.remove(u"LANGUAGE"_s);
    env.remove(u"LC_ALL"_s);
    env.remove(u"LC_MESSAGES"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FIELDBRIDGE_EXECUTABLE), QStringList{u"--data-dir"_s, dir.path()} + args);
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), exitCode);
    const QString out = QString::fromLocal8Bit(p.readAllStandardOutput());
    const QString err = QString::fromLocal8Bit(p.readAllStandardError());
    QVERIFY2(out.contains(stdoutContains), qPrintable(out));
    QVERIFY2(err.contains(stderrContains), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
