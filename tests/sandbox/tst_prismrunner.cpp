// PrismRunner in mock mode: the request-contract check other tests rely on must really catch a bad request.
#include "HttpTestClient.h"
#include "PrismRunner.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;
using fb::testsupport::HttpTestClient;
using fb::testsupport::PrismRunner;

class TestPrismRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void patchesAreNamedAndApplied();
    void mockAcceptsValidRequest();
    void mockReportsViolations_data();
    void mockReportsViolations();
    void violationHeaderParsing();

private:
    PrismRunner m_prism;
    HttpTestClient m_client;
};

void TestPrismRunner::initTestCase()
{
    QString error;
    QVERIFY2(m_prism.prepareSpec(u"ghl/apps/contacts.json"_s, fb::testsupport::ghlSpecPatches(), &error),
             qPrintable(error));
    QVERIFY2(m_prism.start(PrismRunner::Mode::Mock, {}, &error), qPrintable(error));
    m_client.setDefaultHeader("Authorization", "Bearer anything");
    m_client.setDefaultHeader("Version", "2021-07-28");
}

void TestPrismRunner::patchesAreNamedAndApplied()
{
    const QStringList applied = m_prism.appliedPatches();
    for (const QString& name : applied)
        qInfo("spec patch applied: %s", qPrintable(name));
    // contacts.json has defects 1-3 and the bulk-tag response defect; the task-search one lives in locations.json.
    QCOMPARE(applied.size(), 4);
    QVERIFY(applied.at(0).contains(u"dateOfBirth"_s));
}

void TestPrismRunner::mockAcceptsValidRequest()
{
    const auto r = m_client.sendJson("POST", QUrl(m_prism.baseUrl().toString() + u"/contacts/"_s),
                                     QJsonObject {{u"locationId"_s, u"ve9EPM428h8vShlRW1KT"_s},
                                                  {u"firstName"_s, u"Ann"_s},
                                                  {u"dateOfBirth"_s, u"1990-09-25"_s}});
    QCOMPARE(r.status, 201);
    QVERIFY2(r.violations().isEmpty(), r.header("sl-violations").constData());
    QVERIFY(r.json().contains(u"contact"_s));
}

void TestPrismRunner::mockReportsViolations_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("create without locationId") << "POST"_ba << u"/contacts/"_s << R"({"firstName":"A"})"_ba
                                               << "2021-07-28"_ba << 422 << u"locationId"_s;
    QTest::newRow("tags not an array") << "POST"_ba << u"/contacts/"_s << R"({"locationId":"x","tags":"a"})"_ba
                                       << "2021-07-28"_ba << 422 << u"tags"_s;
    QTest::newRow("wrong Version") << "GET"_ba << u"/contacts/abc"_s << QByteArray() << "2023-02-21"_ba << 422
                                   << u"version"_s;
    QTest::newRow("task without dueDate")
        << "POST"_ba << u"/contacts/abc/tasks"_s << R"({"title":"t","completed":false})"_ba
        << "2021-07-28"_ba << 422 << u"dueDate"_s;
    QTest::newRow("bulk tags with a bad type") << "POST"_ba << u"/contacts/bulk/tags/update/bogus"_s
                                               << R"({"contacts":["a"],"tags":["t"],"locationId":"x"})"_ba
                                               << "2021-07-28"_ba << 422 << u"type"_s;
}

void TestPrismRunner::mockReportsViolations()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, version);
    QFETCH(int, status);
    QFETCH(QString, mentions);
    const auto r = m_client.send(method, QUrl(m_prism.baseUrl().toString() + path), body, {{"Version", version}});
    QCOMPARE(r.status, status);
    const QJsonArray violations = r.violations();
    QVERIFY2(!violations.isEmpty(), "Prism reported no violation");
    QVERIFY2(QString::fromUtf8(r.header("sl-violations")).contains(mentions, Qt::CaseInsensitive),
             r.header("sl-violations").constData());
}

void TestPrismRunner::violationHeaderParsing()
{
    const QByteArray header = R"([{"location":["request","body"],"severity":"Error","code":"required","message":"x"},)"
                              R"({"location":["response"],"severity":"Warning","code":"unknown","message":"y"}])";
    QCOMPARE(PrismRunner::violations(header).size(), 2);
    QCOMPARE(PrismRunner::errors(PrismRunner::violations(header)).size(), 1);
    QVERIFY(PrismRunner::violations(QByteArray()).isEmpty());
}

QTEST_GUILESS_MAIN(TestPrismRunner)
#include "tst_prismrunner.moc"
