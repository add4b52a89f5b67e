// Redaction: a token in a URL, header or JSON body never survives, whatever shape it arrives in.

#include "core/Logging.h"
#include "core/Redaction.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text_data();
    void text();
    void url_data();
    void url();
    void headers();
    void jsonBody();
    void registeredSecretsAreMaskedEverywhere();
    void proseSurvives();
    void logLinesAreRedacted();
};

void TestRedaction::text_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("secret");

    QTest::newRow("bearer header line") << u"Authorization: Bearer pit-1a2b3c4d5e6f"_s << u"pit-1a2b3c4d5e6f"_s;
    QTest::newRow("token header line") << u"authorization: Token 0123456789abcdef0123"_s << u"0123456789abcdef0123"_s;
    QTest::newRow("header without scheme") << u"Authorization: s3cr3tvalue"_s << u"s3cr3tvalue"_s;
    QTest::newRow("bearer in prose") << u"sent with bearer eyJhbGciOi.JIUzI1.NiJ9 to host"_s << u"eyJhbGciOi.JIUzI1.NiJ9"_s;
    QTest::newRow("badger token word") << u"header Token 9f8e7d6c5b4a39281706 used"_s << u"9f8e7d6c5b4a39281706"_s;
    QTest::newRow("query access_token") << u"GET https://h/x?a=1&access_token=abc123xyz&b=2"_s << u"abc123xyz"_s;
    QTest::newRow("query api_key") << u"/customers/?api_key=K3Y-VALUE"_s << u"K3Y-VALUE"_s;
    QTest::newRow("form password") << u"username=ann%40x.com&password=hunter2%21"_s << u"hunter2%21"_s;
    QTest::newRow("json token") << u"{\"token\": \"tok_987654\", \"status\": \"login_successful\"}"_s << u"tok_987654"_s;
    QTest::newRow("json nested refresh_token") << u"{\"a\":{\"refresh_token\":\"rt-5555\"}}"_s << u"rt-5555"_s;
    QTest::newRow("json escaped quote") << u"{\"client_secret\":\"ab\\\"cd\"}"_s << u"cd"_s;
    QTest::newRow("json authorization header dump") << u"{\"Authorization\":\"Bearer zzz999\"}"_s << u"zzz999"_s;
    QTest::newRow("json number secret") << u"{\"apiKey\": 12345678}"_s << u"12345678"_s;
}

void TestRedaction::text()
{
    QFETCH(QString, input);
    QFETCH(QString, secret);
    const QString out = fb::redact::text(input);
    QVERIFY2(!out.contains(secret), qPrintable(out));
    QVERIFY2(out.contains(fb::redact::mask), qPrintable(out));
}

void TestRedaction::url_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("kept");
    QTest::newRow("token param") << QUrl(u"https://api.example/contacts/?locationId=L1&token=abcdef123"_s)
                                 << u"abcdef123"_s << u"locationId=L1"_s;
    QTest::newRow("password in userinfo") << QUrl(u"https://ann:pa55word@api.example/x"_s) << u"pa55word"_s
                                          << u"api.example/x"_s;
    QTest::newRow("encoded secret") << QUrl(u"https://h/p?key=a%2Bb%3Dc"_s) << u"a+b=c"_s << u"https://h/p"_s;
}

void TestRedaction::url()
{
    QFETCH(QUrl, url);
    QFETCH(QString, secret);
    QFETCH(QString, kept);
    const QString out = fb::redact::url(url);
    QVERIFY2(!out.contains(secret), qPrintable(out));
    QVERIFY2(out.contains(kept), qPrintable(out));
}

void TestRedaction::headers()
{
    QCOMPARE(fb::redact::header("Authorization", "Bearer abc.def"), fb::redact::mask.toUtf8());
    QCOMPARE(fb::redact::header("authorization", "Token 1234"), fb::redact::mask.toUtf8());
    QCOMPARE(fb::redact::header("Cookie", "sid=1"), fb::redact::mask.toUtf8());
    QCOMPARE(fb::redact::header("X-Api-Key", "k"), fb::redact::mask.toUtf8());
    QCOMPARE(fb::redact::header("Version", "2021-07-28"), QByteArray("2021-07-28"));
    QCOMPARE(fb::redact::header("X-RateLimit-Remaining", "99"), QByteArray("99"));
}

void TestRedaction::jsonBody()
{
    const QByteArray body = R"({"locationId":"L1","firstName":"Ann","access_token":"at-1","password":"p@ss word"})";
    const QByteArray out = fb::redact::body(body);
    QVERIFY(!out.contains("at-1"));
    QVERIFY(!out.contains("p@ss word"));
    QVERIFY(out.contains(R"("firstName":"Ann")"));
    QVERIFY(out.contains(R"("locationId":"L1")"));
}

void TestRedaction::registeredSecretsAreMaskedEverywhere()
{
    const QString secret = u"pit-77e0c9d2-aaaa-bbbb"_s;
    fb::redact::registerSecret(secret);
    const QString line = u"odd place: value=<"_s + secret + u"> and url /x/"_s
        + QString::fromLatin1(QUrl::toPercentEncoding(secret + u" "_s));
    QVERIFY(!fb::redact::text(line).contains(secret));
    QVERIFY(!fb::redact::body(line.toUtf8()).contains(secret.toUtf8()));
    fb::redact::forgetSecret(secret);
    QVERIFY(fb::redact::text(QString(u"x "_s + secret)).contains(secret));
}

void TestRedaction::proseSurvives()
{
    const QString prose = u"Token expired for location L1; 3 contacts updated in 120 ms"_s;
    QCOMPARE(fb::redact::text(prose), prose);
    const QString path = u"PUT /contacts/{id}/tasks/{id}/completed 200"_s;
    QCOMPARE(fb::redact::text(path), path);
}

namespace {
QStringList g_captured;
void capture(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_captured << message;
}
} // namespace

void TestRedaction::logLinesAreRedacted()
{
    g_captured.clear();
    qInstallMessageHandler(capture);
    fb::logging::installRedactingHandler();
    qCWarning(lcApi) << "request headers" << QByteArray("Authorization: Bearer leak-me-123456");
    qCInfo(lcApi).noquote() << u"https://h/x?access_token=leak2"_s;
    qInstallMessageHandler(nullptr);
    QCOMPARE(g_captured.size(), 2);
    QVERIFY2(!g_captured.join(u'\n').contains(u"leak-me"_s), qPrintable(g_captured.join(u'\n')));
    QVERIFY(!g_captured.join(u'\n').contains(u"leak2"_s));
    QVERIFY(g_captured.at(0).contains(u"request headers"_s));
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
