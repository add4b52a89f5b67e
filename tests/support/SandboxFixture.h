#pragma once
// Starts a real SandboxServer on a free loopback port for a test, with a small HighLevel seed whose ids and tokens the
// test can use directly, and an HttpTestClient already carrying that token and the Version header.

#include "HttpTestClient.h"
#include "SandboxServer.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace fb::testsupport {

class SandboxFixture
{
public:
    // Ids in highLevelSeed(); tokens are accepted only for their own location.
    static constexpr auto kLocationId = "LocSandboxFixture001";
    static constexpr auto kToken = "pit-fixture-token-0001";
    static constexpr auto kOtherLocationId = "LocSandboxFixture002";
    static constexpr auto kOtherToken = "pit-fixture-token-0002";
    static constexpr auto kTextFieldId = "CfRegionText00000001"; // TEXT, contact.region
    static constexpr auto kCheckboxFieldId = "CfInterestsCheckbox1"; // CHECKBOX, contact.interests
    static constexpr auto kUserId = "UsrSandboxFixture001";

    SandboxFixture();
    ~SandboxFixture();

    // Starts the server on port 0 and loads highLevelSeed() (unless seed is given).
    bool start(QString* error, const QJsonObject& seed = highLevelSeed());
    fb::sandbox::SandboxServer& server() { return *m_server; }

    QUrl ghl(const QString& pathAndQuery) const; // highLevelBaseUrl() + "/contacts/..."
    QUrl badger(const QString& pathAndQuery) const; // badgerBaseUrl() + "/customers/..."
    QUrl admin(const QString& path) const; // adminUrl() + "/stats"

    // A client with "Authorization: Bearer kToken" and "Version: 2021-07-28" preset.
    HttpTestClient& client() { return m_client; }

    // Two locations, three contacts in the first, custom fields, tags, a task, a note, an appointment, a user.
    static QJsonObject highLevelSeed();

private:
    std::unique_ptr<fb::sandbox::SandboxServer> m_server;
    HttpTestClient m_client;
};

// base + relative ("http://h:p/ghl" + "/contacts/?x=1"), keeping an encoded query intact.
QUrl joinUrl(const QUrl& base, const QString& pathAndQuery);

} // namespace fb::testsupport
