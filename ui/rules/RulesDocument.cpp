#include "RulesDocument.h"

#include <QSet>
#include <QUndoCommand>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace fb::ui {

using fb::sync::RuleIssue;
using fb::sync::RuleSet;

namespace {

class SnapshotCommand : public QUndoCommand
{
public:
    SnapshotCommand(RulesDocument* doc, RuleSet before, RuleSet after, const QString& text, const QString& mergeKey)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(mergeKey)
    {
    }

    void redo() override { m_doc->apply(m_after); }
    void undo() override { m_doc->apply(m_before); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 0x52554c45; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* o = static_cast<const SnapshotCommand*>(other);
        if (o->m_mergeKey != m_mergeKey) {
            return false;
        }
        m_after = o->m_after;
        return true;
    }

private:
    RulesDocument* m_doc;
    RuleSet m_before;
    RuleSet m_after;
    QString m_mergeKey;
};

} // namespace

RulesDocument::RulesDocument(QObject* parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
    m_undo->setObjectName(u"rulesUndoStack"_s);
    validate();
}

RulesDocument::~RulesDocument() = default;

void RulesDocument::edit(const RuleSet& rules, const QString& undoText, const QString& mergeKey)
{
    if (rules == m_rules) {
        return;
    }
    m_undo->push(new SnapshotCommand(this, m_rules, rules, undoText, mergeKey));
}

void RulesDocument::reset(const RuleSet& rules)
{
    m_undo->clear();
    apply(rules);
    m_undo->setClean();
}

void RulesDocument::apply(const RuleSet& rules)
{
    m_rules = rules;
    validate();
    Q_EMIT rulesChanged();
}

void RulesDocument::setMappedFields(const QStringList& highLevel, const QStringList& badger)
{
    if (highLevel == m_highLevelFields && badger == m_badgerFields) {
        return;
    }
    m_highLevelFields = highLevel;
    m_badgerFields = badger;
    validate();
    Q_EMIT rulesChanged();
}

void RulesDocument::validate()
{
    m_issues = m_rules.validate(m_highLevelFields, m_badgerFields);
}

QList<RuleIssue> RulesDocument::issuesFor(const QString& ruleId) const
{
    QList<RuleIssue> out;
    for (const RuleIssue& i : m_issues) {
        if (!ruleId.isEmpty() && i.ruleId == ruleId) {
            out.append(i);
        }
    }
    return out;
}

QList<RuleIssue> RulesDocument::setIssues() const
{
    QList<RuleIssue> out;
    for (const RuleIssue& i : m_issues) {
        if (i.ruleId.isEmpty()) {
            out.append(i);
        }
    }
    return out;
}

bool RulesDocument::hasErrors() const
{
    return std::any_of(m_issues.cbegin(), m_issues.cend(),
                       [](const RuleIssue& i) { return i.severity == RuleIssue::Severity::Error; });
}

bool RulesDocument::isModified() const
{
    return !m_undo->isClean();
}

QString RulesDocument::newId(const QString& prefix) const
{
    QSet<QString> used;
    for (const auto& r : m_rules.outcomes) {
        used.insert(r.id);
    }
    for (const auto& r : m_rules.followUps) {
        used.insert(r.id);
    }
    for (const auto& r : m_rules.routing) {
        used.insert(r.id);
    }
    for (int n = 1;; ++n) {
        const QString id = prefix + u'-' + QString::number(n);
        if (!used.contains(id)) {
            return id;
        }
    }
}

} // namespace fb::ui
