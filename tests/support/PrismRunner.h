#pragma once
// Runs Stoplight Prism (@stoplight/prism-cli 5.14.2, installed by scripts/deps.sh into tools/prism) against an OpenAPI
// spec from tests/contracts, in mock mode (request-contract tests: Prism answers with the spec's examples and reports
// what is wrong with OUR request) or proxy mode (fidelity tests: Prism forwards to a real server, e.g. the sandbox, and
// reports what is wrong with the request AND the server's response).
//
// Usage (mock mode, e.g. for an API client):
//     fb::testsupport::PrismRunner prism;
//     QString error;
//     QVERIFY2(prism.prepareSpec(u"ghl/apps/contacts.json"_s, fb::testsupport::ghlSpecPatches(), &error),
//     qPrintable(error)); QVERIFY2(prism.start(fb::testsupport::PrismRunner::Mode::Mock, {}, &error),
//     qPrintable(error));
//     // point the client at prism.baseUrl() (paths of the spec appended as-is: baseUrl() + "/contacts/")
//     // after each reply: PrismRunner::violations(reply) -> [] when the request matched the contract
// Proxy mode: prism.start(Mode::Proxy, sandbox.highLevelBaseUrl(), &error); requests to prism.baseUrl() + "/contacts/"
// reach the sandbox at .../ghl/contacts/, and the reply's sl-violations header lists request and response violations.
// Prism takes 2-5 s to start; start it once per test case (initTestCase), not per test function.
// The binary comes from $FIELDBRIDGE_PRISM if set, else tools/prism/node_modules/.bin/prism in the source tree;
// start() fails with a clear message (never skips) when it is missing: run scripts/test or source scripts/deps.sh and
// call fieldbridge_install_prism.

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkReply;

namespace fb::testsupport {

// A named, documented change to a spec copy; the name appears in test output so every deviation is visible.
struct SpecPatch
{
    QString name;
    std::function<void(QJsonObject& spec)> apply;
};

// The spec defects listed in tests/contracts/ghl/NOTES.md §11 (plus two response-schema defects of the same kind found
// while validating the sandbox), as patches for a temporary copy. See PrismRunner.cpp for what each one changes.
QList<SpecPatch> ghlSpecPatches();

class PrismRunner
{
public:
    enum class Mode { Mock, Proxy };

    PrismRunner();
    ~PrismRunner();
    PrismRunner(const PrismRunner&) = delete;
    PrismRunner& operator=(const PrismRunner&) = delete;

    static QString executable();
    static QString contractsDir();

    // Copies the API's contract folder (e.g. tests/contracts/ghl, so ../common/ stays next to apps/) into a temporary
    // directory and applies the patches to the JSON spec at specRelativePath (relative to tests/contracts).
    bool prepareSpec(const QString& specRelativePath, const QList<SpecPatch>& patches, QString* error);
    QString specPath() const { return m_specPath; }
    QStringList appliedPatches() const { return m_applied; }

    // Starts Prism on a free loopback port and waits until it listens (timeoutMs). upstream only for Mode::Proxy.
    bool start(Mode mode, const QUrl& upstream, QString* error, int timeoutMs = 60000);
    void stop();
    bool isRunning() const;
    QUrl baseUrl() const { return m_baseUrl; }
    QString log() const { return QString::fromUtf8(m_log); }

    // The parsed sl-violations header: [{"location": [...], "severity": "Error", "code": ..., "message": ...}].
    static QJsonArray violations(const QByteArray& slViolationsHeader);
    static QJsonArray violations(const QNetworkReply* reply);
    // Only the violations of severity Error (Prism also reports warnings, e.g. for undeclared status codes).
    static QJsonArray errors(const QJsonArray& violations);

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_specPath;
    QStringList m_applied;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_log;
    QUrl m_baseUrl;
};

} // namespace fb::testsupport
