#pragma once
// The rules screen: outcome -> tags, follow-up -> task (title, notes, due date, assignee templates), completion,
// team routing with the user map, check-in notes and the tag field; validation beside each rule, undo/redo,
// Save/Revert of the rules section of DATA/mapping.json (the file the sync reads), and a live preview of what the
// rules would do on the last check-ins, computed off the UI thread.

#include "RuleTableModel.h"
#include "RulesSource.h"
#include "sync/Mapping.h"
#include "sync/Rules.h"

#include <QPointer>
#include <functional>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTabWidget;
class QTableView;
class QToolButton;

namespace fb::ui {

class FollowUpRulesModel;
class OutcomeRulesModel;
class RoutingRulesModel;
class RuleTableModel;
class RulesDocument;
class RulesPreview;
class RulesPreviewModel;
struct RulesPreviewResult;
class UserMapModel;

class RulesEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Tab { Outcomes, FollowUps, Completion, Routing, NotesAndTags };

    // Reads the rules of DATA/mapping.json (fb::sync::mappingPath()).
    explicit RulesEditor(QWidget* parent = nullptr);
    ~RulesEditor() override;

    // Live users and tags come from `source` (not owned); loading starts at once.
    void setSource(RulesSource* source);
    RulesSource* source() const { return m_source; }
    // The ledger the sync uses; the preview reads it (in a pool thread) and refreshes.
    void setLedgerPath(const QString& path);
    // The mapping's field rows changed (saved by the mapping screen): the double-writer checks use them.
    void setMapping(const fb::sync::MappingDocument& mapping);

    // Writes the rules into the mapping file; refuses (false, message shown) while they have errors.
    bool save();
    // Re-reads the file, dropping unsaved changes and the undo history.
    bool revert();
    bool hasUnsavedChanges() const;
    // Replaces the rules by exampleRules() (undoable, not saved).
    void useExamples();
    // Check-in notes, two outcome rules and a follow-up task on the sandbox's check-in types.
    static fb::sync::RuleSet exampleRules();
    // Writes exampleRules() into the mapping file at `path` when it has no rules yet (the screenshot script).
    static bool saveExampleRulesIfNone(const QString& path, QString* error);

    // Asks for a new preview (debounced), e.g. after a sync read new check-ins.
    void refreshPreview();
    void showTab(Tab tab);

    RulesDocument* document() const { return m_document; }
    OutcomeRulesModel* outcomeModel() const { return m_outcomes; }
    FollowUpRulesModel* followUpModel() const { return m_followUps; }
    RoutingRulesModel* routingModel() const { return m_routing; }
    UserMapModel* userMapModel() const { return m_users; }
    RulesPreviewModel* previewModel() const { return m_previewModel; }
    RulesPreview* preview() const { return m_preview; }
    QString statusMessage() const;
    QString summary() const;
    QString previewStatus() const;

Q_SIGNALS:
    // The mapping document as written (its rules section is this screen's): hand it to the sync worker.
    void rulesSaved(const fb::sync::MappingDocument& mapping);
    void previewUpdated();

private:
    void buildUi();
    QWidget* buildTablePage(const QString& intro, RuleTableModel* model, QTableView** view, const QString& name,
                            const QString& accessibleName, const QString& addText, const QString& removeText,
                            QWidget* extra = nullptr);
    QWidget* buildOutcomesTab();
    QWidget* buildFollowUpsTab();
    QWidget* buildCompletionTab();
    QWidget* buildRoutingTab();
    QWidget* buildNotesTab();
    QWidget* buildPreview();
    void onRulesChanged();
    void updateForms();
    void updateSummary();
    void updateActions();
    void editForm(const QString& undoText, const QString& mergeKey,
                  const std::function<void(fb::sync::RuleSet&)>& change);
    void onPreviewFinished(const fb::ui::RulesPreviewResult& result);
    void showMessage(const QString& text, bool error);
    void applySuggestions();

    QString m_path;
    RulesDocument* m_document;
    OutcomeRulesModel* m_outcomes;
    FollowUpRulesModel* m_followUps;
    RoutingRulesModel* m_routing;
    UserMapModel* m_users;
    RulesPreview* m_preview;
    RulesPreviewModel* m_previewModel;
    QSortFilterProxyModel* m_previewProxy;
    QPointer<RulesSource> m_source;
    bool m_updating = false;

    RuleTableModel::Choices m_badgerUsers;
    RuleTableModel::Choices m_highLevelUsers;
    QStringList m_tags;
    QStringList m_checkInTypes;

    QTabWidget* m_tabs = nullptr;
    QLabel* m_summaryIcon = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_revertButton = nullptr;
    QToolButton* m_undoButton = nullptr;
    QToolButton* m_redoButton = nullptr;
    QLabel* m_usersStatus = nullptr;

    QCheckBox* m_checkInNotes = nullptr;
    QPlainTextEdit* m_noteTemplate = nullptr;
    QLineEdit* m_dateFormat = nullptr;
    QCheckBox* m_notesToCheckIns = nullptr;
    QLineEdit* m_noteCheckInType = nullptr;
    QCheckBox* m_tagSync = nullptr;
    QLineEdit* m_tagField = nullptr;
    QSpinBox* m_bulkThreshold = nullptr;
    QCheckBox* m_taskCheckIns = nullptr;
    QLineEdit* m_taskCheckInType = nullptr;
    QLineEdit* m_taskCheckInComments = nullptr;

    QSpinBox* m_previewCheckIns = nullptr;
    QSpinBox* m_previewTasks = nullptr;
    QComboBox* m_previewFilter = nullptr;
    QLabel* m_previewStatus = nullptr;
    QTableView* m_previewTable = nullptr;
};

} // namespace fb::ui
