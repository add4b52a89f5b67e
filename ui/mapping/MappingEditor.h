#pragma once
// The field-mapping editor screen: both sides' live field lists beside the mapping table; pairing by drag or keyboard,
// per-row direction, transforms, conflict policy and on/off, inline validation, a live preview on sample records,
// undo/redo, import/export, reset to default and Save to DATA/mapping.json.

#include "MappingSource.h"
#include "sync/FieldCatalog.h"
#include "sync/Mapping.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;
class QTreeView;
class QUndoStack;

namespace fb::ui {

class FieldListModel;
class MappingTableModel;
class RowPreview;

class MappingEditor : public QWidget
{
    Q_OBJECT

public:
    // Reads DATA/mapping.json (fb::sync::mappingPath(); the defaults when there is none) and shows the standard
    // fields until a source delivers the live ones.
    explicit MappingEditor(QWidget* parent = nullptr);
    ~MappingEditor() override;

    // The live field lists and sample records come from `source` (not owned); loading starts at once.
    void setSource(MappingSource* source);
    MappingSource* source() const { return m_source; }

    fb::sync::MappingDocument document() const;
    const fb::sync::FieldCatalog& catalog() const;
    bool hasUnsavedChanges() const;

    // Writes the mapping file; refuses (false, message shown) while the mapping has errors.
    bool save();
    // Re-reads the mapping file, dropping unsaved changes and the undo history.
    bool reload();
    // Undoable; false with the reason shown when the file cannot be read or is not a mapping.
    bool importFrom(const QString& path);
    bool exportTo(const QString& path);
    void resetToDefault();

    // Pairs the fields selected in the two lists (or starts/fills a row from one side): what a drag does.
    bool pairSelected();
    // Puts the selected field into the selected row, replacing that side: a drop on a row.
    bool useSelectedInRow();
    bool removeSelectedRow();
    void editTransforms();

    QUndoStack* undoStack() const { return m_undo; }
    MappingTableModel* mappingModel() const { return m_model; }
    FieldListModel* fieldModel(fb::sync::Side side) const;
    QString statusMessage() const;
    QString summary() const;

Q_SIGNALS:
    void mappingSaved(const fb::sync::MappingDocument& mapping);

private:
    void buildUi();
    QWidget* buildFieldPanel(fb::sync::Side side);
    QWidget* buildRowPanel();
    void setCatalog(const fb::sync::FieldCatalog& catalog);
    void onDocumentChanged();
    void updateRowPanel();
    void updateActions();
    void showMessage(const QString& text, bool error);
    void pairFromDrop(const QString& highLevelId, const QString& badgerId);
    int selectedRow() const;
    QString selectedField(fb::sync::Side side) const;
    void selectRow(int row);
    void chooseImportFile();
    void chooseExportFile();

    QString m_path;
    fb::sync::MappingDocument m_base; // the file as loaded: its options and rules are kept on save
    QPointer<MappingSource> m_source;
    QUndoStack* m_undo;
    MappingTableModel* m_model;
    FieldListModel* m_highLevelFields;
    FieldListModel* m_badgerFields;
    QSortFilterProxyModel* m_highLevelProxy;
    QSortFilterProxyModel* m_badgerProxy;
    fb::sync::Side m_lastSide = fb::sync::Side::HighLevel;
    bool m_updating = false;

    QLabel* m_summaryIcon = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_retry = nullptr;
    QTreeView* m_highLevelView = nullptr;
    QTreeView* m_badgerView = nullptr;
    QTableView* m_table = nullptr;
    QGroupBox* m_rowPanel = nullptr;
    QComboBox* m_direction = nullptr;
    QComboBox* m_conflict = nullptr;
    QCheckBox* m_enabled = nullptr;
    QLabel* m_transformSummary = nullptr;
    QPushButton* m_transformButton = nullptr;
    QLabel* m_rowIssues = nullptr;
    RowPreview* m_preview = nullptr;

    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_pairAction = nullptr;
    QAction* m_useAction = nullptr;
    QAction* m_removeAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_resetAction = nullptr;
    QAction* m_saveAction = nullptr;
};

} // namespace fb::ui
