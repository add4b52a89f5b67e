#include "badger/BadgerSimulator.h"

using namespace Qt::StringLiterals;

namespace fb::sandbox {

BadgerSimulator::BadgerSimulator(SimClock& clock)
    : m_clock(clock)
{
}

BadgerSimulator::~BadgerSimulator() = default;

SimReply BadgerSimulator::handle(const SimRequest& request)
{
    Q_UNUSED(request);
    return SimReply::json(404, QJsonObject{{u"detail"_s, u"Not found."_s}});
}

void BadgerSimulator::loadSeed(const QJsonObject& section)
{
    m_state = section;
}

QJsonObject BadgerSimulator::dump() const
{
    return m_state;
}

void BadgerSimulator::reset()
{
    m_state = {};
    m_options = {};
}

void BadgerSimulator::setOptions(const QJsonObject& options)
{
    m_options = options;
}

QJsonObject BadgerSimulator::options() const
{
    return m_options;
}

} // namespace fb::sandbox
