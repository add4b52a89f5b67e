#pragma once
// The rule set being edited: the current RuleSet, its validation against the mapping's field rows, and an undo stack
// of whole-set snapshots (rule sets are small; a snapshot per edit keeps every edit undoable without per-field code).

#include "sync/Rules.h"

#include <QObject>
#include <QStringList>

class QUndoStack;

namespace fb::ui {

class RulesDocument : public QObject
{
    Q_OBJECT

public:
    explicit RulesDocument(QObject* parent = nullptr);
    ~RulesDocument() override;

    const fb::sync::RuleSet& rules() const { return m_rules; }
    // An undoable edit; nothing happens when `rules` equals the current set. Consecutive edits with the same non-empty
    // mergeKey (typing into one template) become one undo step.
    void edit(const fb::sync::RuleSet& rules, const QString& undoText, const QString& mergeKey = {});
    // Replaces the set without undo (load, revert); the undo history is cleared and the state is clean.
    void reset(const fb::sync::RuleSet& rules);

    // The mapping's written fields, for the double-writer checks of RuleSet::validate().
    void setMappedFields(const QStringList& highLevel, const QStringList& badger);

    const QList<fb::sync::RuleIssue>& issues() const { return m_issues; }
    QList<fb::sync::RuleIssue> issuesFor(const QString& ruleId) const;
    QList<fb::sync::RuleIssue> setIssues() const; // issues of no single rule
    bool hasErrors() const;

    QUndoStack* undoStack() const { return m_undo; }
    bool isModified() const;

    // A fresh id of the form "<prefix>-N" no rule uses yet.
    QString newId(const QString& prefix) const;

    // Replaces the set and revalidates; used by the undo commands.
    void apply(const fb::sync::RuleSet& rules);

Q_SIGNALS:
    void rulesChanged();

private:
    void validate();

    fb::sync::RuleSet m_rules;
    QList<fb::sync::RuleIssue> m_issues;
    QStringList m_highLevelFields;
    QStringList m_badgerFields;
    QUndoStack* m_undo;
};

} // namespace fb::ui
