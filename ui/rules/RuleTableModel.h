#pragma once
// The base of the rules editor's tables: one row per item of one list of the RuleSet in a RulesDocument. Edits go
// through the document (undoable); the last column shows the validation issues of the row, with an icon.

#include "RulesDocument.h"

#include <QAbstractTableModel>

namespace fb::ui {

class RuleTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Roles {
        // For ChoiceDelegate: the suggested values of a cell, a QVariantList of QVariantMap{"text", "value"}.
        ChoicesRole = Qt::UserRole + 1,
        // The stored value behind a friendly display (e.g. "contact" behind "The contact's owner").
        ValueRole,
        // The rule id of the row (empty for the user map).
        RuleIdRole,
        // 2 = error, 1 = warning, 0 = none
        SeverityRole,
    };

    explicit RuleTableModel(RulesDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // Undoable; returns the new row.
    int addRow();
    bool removeRow(int row);
    int problemsColumn() const { return columnCount() - 1; }
    QStringList problems(int row) const;

    RulesDocument* document() const { return m_document; }

    // Suggestions for cells (live users, known check-in types, tags) as (text, value) pairs; they only feed
    // ChoicesRole. Kinds: "checkInTypes", "tags", "badgerUsers", "highLevelUsers".
    using Choices = QList<QPair<QString, QString>>;
    void setSuggestions(const QString& kind, const Choices& choices);
    Choices suggestions(const QString& kind) const { return m_suggestions.value(kind); }

    // "a, b ,, c" -> {"a", "b", "c"}
    static QStringList splitList(const QString& text);

protected:
    virtual int count(const fb::sync::RuleSet& rules) const = 0;
    virtual int dataColumns() const = 0; // without the problems column
    virtual QString header(int column) const = 0;
    virtual QString headerTip(int column) const;
    virtual QVariant cell(const fb::sync::RuleSet& rules, int row, int column, int role) const = 0;
    // Applies value to the copy; false when the value is refused.
    virtual bool setCell(fb::sync::RuleSet& rules, int row, int column, const QVariant& value, int role) = 0;
    virtual bool isCheckColumn(int column) const;
    virtual bool isEditable(int column) const;
    virtual void append(fb::sync::RuleSet& rules) = 0;
    virtual void remove(fb::sync::RuleSet& rules, int row) = 0;
    virtual QString ruleId(const fb::sync::RuleSet& rules, int row) const = 0;
    virtual QList<fb::sync::RuleIssue> rowIssues(int row) const;
    virtual QString itemName() const = 0; // "outcome rule", for undo texts

    static QVariantList choices(const Choices& textAndValue);
    // Re-reads the row count from the document; derived constructors call it once.
    void refresh();

private:

    RulesDocument* m_document;
    int m_rows = 0;
    QHash<QString, Choices> m_suggestions;
};

} // namespace fb::ui
