#include "SandboxFixture.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace fb::testsupport {

QUrl joinUrl(const QUrl& base, const QString& pathAndQuery)
{
    return QUrl(base.toString() + pathAndQuery, QUrl::StrictMode);
}

SandboxFixture::SandboxFixture()
    : m_server(std::make_unique<fb::sandbox::SandboxServer>())
{
    m_client.setDefaultHeader("Authorization", QByteArray("Bearer ") + kToken);
    m_client.setDefaultHeader("Version", "2021-07-28");
}

SandboxFixture::~SandboxFixture() = default;

bool SandboxFixture::start(QString* error, const QJsonObject& seed)
{
    m_server->loadSeed(seed);
    return m_server->start(0, error);
}

QUrl SandboxFixture::ghl(const QString& pathAndQuery) const
{
    return joinUrl(m_server->highLevelBaseUrl(), pathAndQuery);
}

QUrl SandboxFixture::badger(const QString& pathAndQuery) const
{
    return joinUrl(m_server->badgerBaseUrl(), pathAndQuery);
}

QUrl SandboxFixture::admin(const QString& path) const
{
    return joinUrl(m_server->adminUrl(), path);
}

QJsonObject SandboxFixture::highLevelSeed()
{
    const QString loc = QString::fromLatin1(kLocationId);
    const QJsonArray locations {QJsonObject {{u"id"_s, loc},
                                             {u"name"_s, u"Fixture Roofing"_s},
                                             {u"token"_s, QString::fromLatin1(kToken)},
                                             {u"companyId"_s, u"CmpSandboxFixture001"_s},
                                             {u"email"_s, u"office@fixture.example"_s},
                                             {u"timezone"_s, u"America/Chicago"_s},
                                             {u"country"_s, u"US"_s},
                                             {u"settings"_s, QJsonObject {{u"allowDuplicateContact"_s, false}}}},
                                QJsonObject {{u"id"_s, QString::fromLatin1(kOtherLocationId)},
                                             {u"name"_s, u"Other Agency Client"_s},
                                             {u"token"_s, QString::fromLatin1(kOtherToken)}}};
    const QJsonArray contacts {QJsonObject {{u"id"_s, u"CntAnnLee00000000001"_s},
                                            {u"locationId"_s, loc},
                                            {u"firstName"_s, u"Ann"_s},
                                            {u"lastName"_s, u"Lee"_s},
                                            {u"email"_s, u"Ann.Lee@Example.com"_s},
                                            {u"phone"_s, u"+15551230001"_s},
                                            {u"companyName"_s, u"Lee Farms"_s},
                                            {u"tags"_s, QJsonArray {u"customer"_s, u"badger"_s}},
                                            {u"customFields"_s,
                                             QJsonArray {QJsonObject {{u"id"_s, QString::fromLatin1(kTextFieldId)},
                                                                      {u"value"_s, u"North"_s}}}},
                                            {u"dateAdded"_s, u"2026-01-05T10:00:00.000Z"_s},
                                            {u"dateUpdated"_s, u"2026-02-01T10:00:00.000Z"_s}},
                               QJsonObject {{u"id"_s, u"CntBoMarsh0000000002"_s},
                                            {u"locationId"_s, loc},
                                            {u"firstName"_s, u"Bo"_s},
                                            {u"lastName"_s, u"Marsh"_s},
                                            {u"phone"_s, u"+15551230002"_s},
                                            {u"dateAdded"_s, u"2026-01-06T10:00:00.000Z"_s},
                                            {u"dateUpdated"_s, u"2026-01-06T10:00:00.000Z"_s}},
                               QJsonObject {{u"id"_s, u"CntCyOtherLoc0000003"_s},
                                            {u"locationId"_s, QString::fromLatin1(kOtherLocationId)},
                                            {u"firstName"_s, u"Cy"_s},
                                            {u"email"_s, u"cy@other.example"_s},
                                            {u"dateAdded"_s, u"2026-01-07T10:00:00.000Z"_s}}};
    const QJsonArray customFields {QJsonObject {{u"id"_s, QString::fromLatin1(kTextFieldId)},
                                                {u"name"_s, u"Region"_s},
                                                {u"fieldKey"_s, u"contact.region"_s},
                                                {u"dataType"_s, u"TEXT"_s},
                                                {u"position"_s, 0},
                                                {u"placeholder"_s, u""_s},
                                                {u"picklistOptions"_s, QJsonArray()},
                                                {u"locationId"_s, loc},
                                                {u"model"_s, u"contact"_s}},
                                   QJsonObject {{u"id"_s, QString::fromLatin1(kCheckboxFieldId)},
                                                {u"name"_s, u"Interests"_s},
                                                {u"fieldKey"_s, u"contact.interests"_s},
                                                {u"dataType"_s, u"CHECKBOX"_s},
                                                {u"position"_s, 1},
                                                {u"picklistOptions"_s, QJsonArray {u"Roofing"_s, u"Siding"_s}},
                                                {u"locationId"_s, loc},
                                                {u"model"_s, u"contact"_s}},
                                   QJsonObject {{u"id"_s, u"CfDealSizeOpp0000001"_s},
                                                {u"name"_s, u"Deal size"_s},
                                                {u"fieldKey"_s, u"opportunity.deal_size"_s},
                                                {u"dataType"_s, u"NUMERICAL"_s},
                                                {u"position"_s, 0},
                                                {u"locationId"_s, loc},
                                                {u"model"_s, u"opportunity"_s}}};
    const QJsonArray tags {
        QJsonObject {{u"id"_s, u"TagCustomer000000001"_s}, {u"name"_s, u"customer"_s}, {u"locationId"_s, loc}},
        QJsonObject {{u"id"_s, u"TagBadger00000000001"_s}, {u"name"_s, u"badger"_s}, {u"locationId"_s, loc}}};
    const QJsonArray tasks {QJsonObject {{u"id"_s, u"TskCallAnn0000000001"_s},
                                         {u"contactId"_s, u"CntAnnLee00000000001"_s},
                                         {u"title"_s, u"Call Ann"_s},
                                         {u"body"_s, u"About the quote"_s},
                                         {u"dueDate"_s, u"2026-03-01T15:00:00.000Z"_s},
                                         {u"completed"_s, false},
                                         {u"assignedTo"_s, QString::fromLatin1(kUserId)}}};
    const QJsonArray notes {QJsonObject {{u"id"_s, u"NoteAnnFirst00000001"_s},
                                         {u"contactId"_s, u"CntAnnLee00000000001"_s},
                                         {u"body"_s, u"Met at the fair"_s},
                                         {u"userId"_s, QString::fromLatin1(kUserId)},
                                         {u"dateAdded"_s, u"2026-01-05T11:00:00.000Z"_s}}};
    const QJsonArray appointments {QJsonObject {{u"id"_s, u"ApptAnnVisit00000001"_s},
                                                {u"contactId"_s, u"CntAnnLee00000000001"_s},
                                                {u"locationId"_s, loc},
                                                {u"calendarId"_s, u"CalFieldVisits000001"_s},
                                                {u"title"_s, u"Site visit"_s},
                                                {u"status"_s, u"booked"_s},
                                                {u"appointmentStatus"_s, u"confirmed"_s},
                                                {u"assignedUserId"_s, QString::fromLatin1(kUserId)},
                                                {u"startTime"_s, u"2026-03-02T15:00:00.000Z"_s},
                                                {u"endTime"_s, u"2026-03-02T16:00:00.000Z"_s},
                                                {u"users"_s, QJsonArray {QString::fromLatin1(kUserId)}},
                                                {u"dateAdded"_s, u"2026-01-10T10:00:00.000Z"_s},
                                                {u"dateUpdated"_s, u"2026-01-10T10:00:00.000Z"_s}}};
    const QJsonArray users {QJsonObject {
        {u"id"_s, QString::fromLatin1(kUserId)}, {u"name"_s, u"Sam Field"_s}, {u"email"_s, u"sam@fixture.example"_s}}};
    return QJsonObject {{u"highlevel"_s,
                         QJsonObject {{u"locations"_s, locations},
                                      {u"contacts"_s, contacts},
                                      {u"customFields"_s, customFields},
                                      {u"tags"_s, tags},
                                      {u"tasks"_s, tasks},
                                      {u"notes"_s, notes},
                                      {u"appointments"_s, appointments},
                                      {u"users"_s, users}}}};
}

} // namespace fb::testsupport
