// The call log ring: bounded, oldest first, and its entries cross threads through queued signals.

#include "api/CallLog.h"
#include "api/RequestEngine.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace fb::api;

class Receiver : public QObject
{
    Q_OBJECT
public:
    QList<CallLogEntry> got;
    Qt::HANDLE thread = nullptr;
    std::atomic<int> count{0};
    void take(const fb::api::CallLogEntry& e)
    {
        got.append(e);
        thread = QThread::currentThreadId();
        ++count;
    }
};

class TestCallLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ringIsBoundedAndOrdered_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("appended");
        QTest::newRow("not full") << 10 << 4;
        QTest::newRow("exactly full") << 10 << 10;
        QTest::newRow("wrapped more than once") << 10 << 27;
    }
    void ringIsBoundedAndOrdered()
    {
        QFETCH(int, capacity);
        QFETCH(int, appended);
        CallLog log(capacity);
        for (int i = 0; i < appended; ++i) {
            CallLogEntry e;
            e.attempt = i;
            log.append(e);
        }
        const auto entries = log.entries();
        QCOMPARE(entries.size(), std::min(capacity, appended));
        QCOMPARE(log.totalAppended(), quint64(appended));
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QCOMPARE(entries.at(i).attempt, appended - int(entries.size()) + int(i));
        }
    }

    void shrinkingKeepsNewest()
    {
        CallLog log(5);
        for (int i = 0; i < 7; ++i) {
            CallLogEntry e;
            e.attempt = i;
            log.append(e);
        }
        log.setCapacity(3);
        const auto entries = log.entries();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.constFirst().attempt, 4);
        QCOMPARE(entries.constLast().attempt, 6);
    }

    void entryCrossesThreads()
    {
        RequestEngine engine; // registers the metatype
        QThread thread;
        Receiver receiver;
        receiver.moveToThread(&thread);
        thread.start();
        connect(&engine, &RequestEngine::callFinished, &receiver, &Receiver::take, Qt::QueuedConnection);
        // An engine call refused before sending (no configuration) still leaves a log entry and a signal.
        ApiRequest r;
        r.pathTemplate = u"/contacts/{contactId}"_s;
        r.operation = u"contacts.get"_s;
        const ApiResult res = engine.sendAndWait(r);
        QCOMPARE(toString(res.error), toString(ErrorClass::Other));
        QTRY_COMPARE(receiver.count.load(), 1);
        thread.quit();
        thread.wait();
        QCOMPARE(receiver.got.constFirst().pathTemplate, u"/contacts/{contactId}"_s);
        QCOMPARE(receiver.got.constFirst().attempt, 0);
        QVERIFY(receiver.thread != QThread::currentThreadId());
    }
};

QTEST_GUILESS_MAIN(TestCallLog)
#include "tst_calllog.moc"
