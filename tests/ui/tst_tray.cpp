// The tray state and alerts against a real sync: a wrong HighLevel token (the sandbox answers 401) turns the tray red
// with the cause in its tooltip, a good token turns it back; a webhook receiver (a local QTcpServer) gets one alert
// per incident, not one per failed call or per run; the webhook refuses plain http to a non-loopback host.

#include "alerts/AlertWebhook.h"
#include "tray/HealthMonitor.h"
#include "tray/TrayIcon.h"
#include "tst_dashboard_support.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QHash>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fb;

namespace {

// A minimal HTTP receiver: collects each POST's JSON body and answers 200 "ok" like Slack does.
class WebhookReceiver : public QObject
{
public:
    WebhookReceiver()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1/hooks/test"_s.arg(m_server.serverPort())); }
    QStringList texts;

private:
    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            return;
        }
        qsizetype length = 0;
        for (const QByteArray& line : buffer.left(headerEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:")) {
                length = line.mid(15).trimmed().toLongLong();
            }
        }
        if (buffer.size() < headerEnd + 4 + length) {
            return;
        }
        const QByteArray body = buffer.mid(headerEnd + 4, length);
        texts << QJsonDocument::fromJson(body).object().value(u"text"_s).toString();
        m_buffers.remove(socket);
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace

class TestTray : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { sync::registerSyncMetaTypes(); }
    void webhookAcceptsOnlyHttpsOrLoopback_data();
    void webhookAcceptsOnlyHttpsOrLoopback();
    void levelsNeverHideAnError();
    void wrongTokenTurnsTrayRedOneAlertPerIncident();
};

void TestTray::webhookAcceptsOnlyHttpsOrLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https") << u"https://hooks.slack.com/services/T/B/X"_s << true;
    QTest::newRow("http loopback ip") << u"http://127.0.0.1:8080/x"_s << true;
    QTest::newRow("http localhost") << u"http://localhost/x"_s << true;
    QTest::newRow("http remote host") << u"http://hooks.example.com/x"_s << false;
    QTest::newRow("ftp") << u"ftp://127.0.0.1/x"_s << false;
    QTest::newRow("empty turns alerts off") << QString() << true;
}

void TestTray::webhookAcceptsOnlyHttpsOrLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    QString error;
    QCOMPARE(ui::AlertWebhook::isAcceptable(QUrl(url), &error), accepted);
    QCOMPARE(error.isEmpty(), accepted);
}

void TestTray::levelsNeverHideAnError()
{
    ui::HealthMonitor monitor;
    ui::TrayIcon tray(&monitor);
    monitor.onStateChanged(sync::SyncState::Idle, {});
    QCOMPARE(monitor.level(), ui::HealthMonitor::Level::Ok);
    sync::EntityCounts counts;
    counts.linked = 10;
    counts.failed = 2;
    monitor.onCountsChanged(counts);
    QCOMPARE(monitor.level(), ui::HealthMonitor::Level::Attention);
    // Running does not paint over failures.
    monitor.onStateChanged(sync::SyncState::Running, {});
    QCOMPARE(monitor.level(), ui::HealthMonitor::Level::Attention);
    QVERIFY2(tray.toolTip().contains(u"2 record(s) failed"_s), qPrintable(tray.toolTip()));
    api::BudgetState budget;
    budget.service = api::Service::Badger;
    budget.dailyLimit = 100;
    budget.exhausted = true;
    budget.resetAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    monitor.onBudgetChanged(budget);
    QCOMPARE(monitor.level(), ui::HealthMonitor::Level::Error);
    QCOMPARE(tray.colour(), ui::TrayIcon::colourFor(ui::HealthMonitor::Level::Error));
    QVERIFY(monitor.activeIncidents().contains(u"budget"_s));
    // Still exhausted while a run ends "idle": stays red.
    monitor.onStateChanged(sync::SyncState::Idle, {});
    QCOMPARE(monitor.level(), ui::HealthMonitor::Level::Error);
    budget.exhausted = false;
    monitor.onBudgetChanged(budget);
    counts.failed = 0;
    monitor.onCountsChanged(counts);
    QCOMPARE(monitor.level(), ui::HealthMonitor::Level::Ok);
    QCOMPARE(tray.notificationsShown().size(), 1);
}

void TestTray::wrongTokenTurnsTrayRedOneAlertPerIncident()
{
    uitest::UiSandbox box;
    QString error;
    QVERIFY2(box.start(20, 3, &error), qPrintable(error));
    WebhookReceiver receiver;
    QVERIFY(receiver.listen());

    sync::SyncController controller;
    ui::HealthMonitor monitor(&controller);
    ui::TrayIcon tray(&monitor);
    ui::AlertWebhook webhook;
    webhook.attach(&monitor);
    QVERIFY(webhook.setUrl(receiver.url()));
    QSignalSpy sent(&webhook, &ui::AlertWebhook::sent);

    QSignalSpy finished(&controller, &sync::SyncController::runFinished);
    QSignalSpy calls(&controller, &sync::SyncController::callFinished);
    controller.open(box.setup(sync::MappingDocument::defaults(), u"pit-wrong-token-0000"_s));
    // Three runs with the same wrong token: many failed calls, one incident.
    for (int run = 0; run < 3; ++run) {
        controller.syncNow();
        QVERIFY(finished.wait(60000));
    }
    QTRY_COMPARE(monitor.level(), ui::HealthMonitor::Level::Error);
    QCOMPARE(tray.colour(), ui::TrayIcon::colourFor(ui::HealthMonitor::Level::Error));
    QVERIFY2(tray.toolTip().contains(u"authentication failed"_s), qPrintable(tray.toolTip()));
    int failedCalls = 0;
    for (const auto& args : calls) {
        failedCalls += args.at(0).value<api::CallLogEntry>().errorClass == api::ErrorClass::Auth ? 1 : 0;
    }
    QVERIFY2(failedCalls >= 3, qPrintable(QString::number(failedCalls)));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.texts.size(), 1, 10000);
    QTest::qWait(300); // nothing else is on its way
    QCOMPARE(receiver.texts.size(), 1);
    QVERIFY2(receiver.texts.first().contains(u"authentication failed"_s), qPrintable(receiver.texts.first()));
    QVERIFY(!receiver.texts.first().contains(u"pit-wrong-token"_s));
    QCOMPARE(tray.notificationsShown().size(), 1);
    QVERIFY(sent.count() >= 1 && sent.first().at(1).toBool());

    // The good token: back to normal, and one all-clear.
    controller.open(box.setup());
    controller.syncNow();
    QVERIFY(finished.wait(60000));
    QTRY_VERIFY(monitor.level() != ui::HealthMonitor::Level::Error);
    QVERIFY2(!tray.toolTip().contains(u"authentication"_s), qPrintable(tray.toolTip()));
    QTRY_COMPARE_WITH_TIMEOUT(receiver.texts.size(), 2, 10000);
    QVERIFY2(receiver.texts.at(1).contains(u"resolved"_s), qPrintable(receiver.texts.at(1)));

    // The test button posts as well.
    webhook.sendTest();
    QTRY_COMPARE_WITH_TIMEOUT(receiver.texts.size(), 3, 10000);
    QVERIFY(receiver.texts.at(2).contains(u"test alert"_s));
}

QTEST_MAIN(TestTray)
#include "tst_tray.moc"
