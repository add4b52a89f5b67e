#pragma once
// A stateful simulator of the Badger Maps REST API v2 (tests/contracts/badger/badgerupdatedapi.apib).

#include "SimTypes.h"

namespace fb::sandbox {

class BadgerSimulator final : public ApiSimulator
{
public:
    explicit BadgerSimulator(SimClock& clock);
    ~BadgerSimulator() override;

    QString name() const override { return QStringLiteral("badger"); }
    QString pathPrefix() const override { return QStringLiteral("/badger/api/2"); }
    SimReply handle(const SimRequest& request) override;
    void loadSeed(const QJsonObject& section) override;
    QJsonObject dump() const override;
    void reset() override;

    void setOptions(const QJsonObject& options);
    QJsonObject options() const;

private:
    SimClock& m_clock;
    QJsonObject m_state;
    QJsonObject m_options;
};

} // namespace fb::sandbox
