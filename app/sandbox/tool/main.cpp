// fieldbridge-sandbox: serves the simulated HighLevel and Badger APIs on loopback until interrupted.
#include "SandboxServer.h"
#include "generator/SeedGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTextStream>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

void quitOnSignal(int)
{
    QCoreApplication::quit();
}

bool readJsonObject(const QByteArray& bytes, QJsonObject* out, QString* error)
{
    QJsonParseError e {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = e.error != QJsonParseError::NoError ? e.errorString() : u"not a JSON object"_s;
        return false;
    }
    *out = doc.object();
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fieldbridge-sandbox"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Simulated Badger Maps and HighLevel APIs on 127.0.0.1."_s);
    parser.addHelpOption();
    const QCommandLineOption port(u"port"_s, u"Port to listen on; 0 = any free port."_s, u"port"_s, u"0"_s);
    const QCommandLineOption seed(u"seed"_s, u"Load a seed document (docs/sandbox-seed.md)."_s, u"file"_s);
    const QCommandLineOption generate(u"generate"_s, u"Generate N records per side (deterministic)."_s, u"N"_s);
    const QCommandLineOption randomSeed(u"random-seed"_s, u"Seed for --generate and the faults."_s, u"n"_s, u"1"_s);
    const QCommandLineOption faults(u"faults"_s, u"Fault configuration: JSON text or @file (FaultEngine.h)."_s,
                                    u"json"_s);
    parser.addOptions({port, seed, generate, randomSeed, faults});
    parser.process(app);

    QTextStream err(stderr);
    QTextStream out(stdout);
    bool ok = false;
    const quint64 rngSeed = parser.value(randomSeed).toULongLong(&ok);
    if (!ok) {
        err << "--random-seed must be a non-negative integer\n";
        return 2;
    }
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535) {
        err << "--port must be 0..65535\n";
        return 2;
    }

    fb::sandbox::SandboxServer server;
    if (parser.isSet(seed)) {
        QFile file(parser.value(seed));
        QJsonObject document;
        QString error;
        if (!file.open(QIODevice::ReadOnly) || !readJsonObject(file.readAll(), &document, &error)) {
            err << "cannot read seed " << parser.value(seed) << ": " << (error.isEmpty() ? file.errorString() : error)
                << '\n';
            return 2;
        }
        server.loadSeed(document);
    }
    if (parser.isSet(generate)) {
        const int count = parser.value(generate).toInt(&ok);
        if (!ok || count < 0) {
            err << "--generate must be a non-negative integer\n";
            return 2;
        }
        server.loadSeed(fb::sandbox::generateSeed(count, rngSeed));
    }
    QJsonObject faultConfig;
    if (parser.isSet(faults)) {
        QString text = parser.value(faults);
        QByteArray bytes = text.toUtf8();
        if (text.startsWith(u'@')) {
            QFile file(text.mid(1));
            if (!file.open(QIODevice::ReadOnly)) {
                err << "cannot read " << text.mid(1) << '\n';
                return 2;
            }
            bytes = file.readAll();
        }
        QString error;
        if (!readJsonObject(bytes, &faultConfig, &error)) {
            err << "--faults: " << error << '\n';
            return 2;
        }
    }
    if (!faultConfig.contains(u"randomSeed"))
        faultConfig.insert(u"randomSeed"_s, static_cast<qint64>(rngSeed));
    QString error;
    if (!server.setFaults(faultConfig, &error)) {
        err << "--faults: " << error << '\n';
        return 2;
    }
    if (!server.start(static_cast<quint16>(portNumber), &error)) {
        err << "cannot listen: " << error << '\n';
        return 1;
    }
    out << "HighLevel: " << server.highLevelBaseUrl().toString() << '\n'
        << "Badger:    " << server.badgerBaseUrl().toString() << '\n'
        << "Admin:     " << server.adminUrl().toString() << "/\n";
    out.flush();
    std::signal(SIGINT, quitOnSignal);
    std::signal(SIGTERM, quitOnSignal);
    return QCoreApplication::exec();
}
