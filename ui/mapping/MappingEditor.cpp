#include "MappingEditor.h"

#include "FieldListModel.h"
#include "MappingSource.h"
#include "MappingTableModel.h"
#include "RowPreview.h"
#include "TransformDialog.h"
#include "TransformListModel.h"
#include "sync/SyncConfig.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fb::ui {

using fb::sync::ConflictPolicy;
using fb::sync::Direction;
using fb::sync::MappingDocument;
using fb::sync::MappingIssue;
using fb::sync::Side;

namespace {
template <typename W>
W* named(W* widget, const QString& objectName, const QString& accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    return widget;
}
} // namespace

MappingEditor::MappingEditor(QWidget* parent)
    : QWidget(parent)
    , m_path(fb::sync::mappingPath())
    , m_undo(new QUndoStack(this))
    , m_model(new MappingTableModel(m_undo, this))
    , m_highLevelFields(new FieldListModel(Side::HighLevel, this))
    , m_badgerFields(new FieldListModel(Side::Badger, this))
    , m_highLevelProxy(new QSortFilterProxyModel(this))
    , m_badgerProxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"mappingEditor"_s);
    setAccessibleName(tr("Field mapping"));
    m_undo->setObjectName(u"mappingUndoStack"_s);
    for (QSortFilterProxyModel* proxy : {m_highLevelProxy, m_badgerProxy}) {
        proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy->setFilterKeyColumn(-1);
    }
    m_highLevelProxy->setSourceModel(m_highLevelFields);
    m_badgerProxy->setSourceModel(m_badgerFields);
    buildUi();
    setCatalog(fb::sync::FieldCatalog::standard());

    connect(m_model, &MappingTableModel::documentChanged, this, &MappingEditor::onDocumentChanged);
    connect(m_highLevelFields, &FieldListModel::pairDropped, this, &MappingEditor::pairFromDrop);
    connect(m_badgerFields, &FieldListModel::pairDropped, this, &MappingEditor::pairFromDrop);
    connect(m_undo, &QUndoStack::cleanChanged, this, &MappingEditor::updateActions);
    connect(m_undo, &QUndoStack::indexChanged, this, &MappingEditor::updateActions);
    reload();
}

MappingEditor::~MappingEditor() = default;

void MappingEditor::buildUi()
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 10, 12, 10);

    // Actions first: buttons and shortcuts both use them.
    auto action = [this](const QString& objectName, const QString& text, const QString& tip,
                         const QList<QKeySequence>& keys) {
        auto* a = new QAction(text, this);
        a->setObjectName(objectName);
        a->setToolTip(keys.isEmpty() ? tip : QString(tip + u" ("_s + keys.first().toString(QKeySequence::NativeText) + u')'));
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        return a;
    };
    m_undoAction = action(u"undoAction"_s, tr("Undo"), tr("Undo the last change"), {QKeySequence::Undo});
    m_redoAction = action(u"redoAction"_s, tr("Redo"), tr("Redo the change undone last"),
                          {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_pairAction = action(u"pairAction"_s, tr("Pair"),
                          tr("Map the field selected on the left to the one selected on the right"),
                          {QKeySequence(Qt::CTRL | Qt::Key_P)});
    m_useAction = action(u"useInRowAction"_s, tr("Use in row"),
                         tr("Put the selected field into the selected row"), {QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_removeAction = action(u"removeRowAction"_s, tr("Remove row"), tr("Remove the selected row"), {});
    m_importAction = action(u"importAction"_s, tr("Import\u2026"), tr("Load a mapping file"),
                            {QKeySequence(Qt::CTRL | Qt::Key_O)});
    m_exportAction = action(u"exportAction"_s, tr("Export\u2026"), tr("Write the mapping to a file"),
                            {QKeySequence(Qt::CTRL | Qt::Key_E)});
    m_resetAction = action(u"resetAction"_s, tr("Reset to default"), tr("Start again from the default mapping"), {});
    m_saveAction = action(u"saveAction"_s, tr("Save"), tr("Save the mapping for the next sync"),
                          {QKeySequence::Save});
    connect(m_undoAction, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_pairAction, &QAction::triggered, this, &MappingEditor::pairSelected);
    connect(m_useAction, &QAction::triggered, this, &MappingEditor::useSelectedInRow);
    connect(m_removeAction, &QAction::triggered, this, &MappingEditor::removeSelectedRow);
    connect(m_importAction, &QAction::triggered, this, &MappingEditor::chooseImportFile);
    connect(m_exportAction, &QAction::triggered, this, &MappingEditor::chooseExportFile);
    connect(m_resetAction, &QAction::triggered, this, &MappingEditor::resetToDefault);
    connect(m_saveAction, &QAction::triggered, this, &MappingEditor::save);

    // Toolbar row.
    auto* bar = new QHBoxLayout;
    auto button = [this, bar](QAction* a, const QString& objectName) {
        auto* b = named(new QToolButton(this), objectName, a->text().remove(u'\u2026'));
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setAutoRaise(false);
        bar->addWidget(b);
        return b;
    };
    button(m_undoAction, u"undoButton"_s);
    button(m_redoAction, u"redoButton"_s);
    bar->addSpacing(12);
    button(m_pairAction, u"pairButton"_s);
    button(m_useAction, u"useInRowButton"_s);
    button(m_removeAction, u"removeRowButton"_s);
    bar->addSpacing(12);
    button(m_importAction, u"importButton"_s);
    button(m_exportAction, u"exportButton"_s);
    button(m_resetAction, u"resetButton"_s);
    bar->addStretch(1);
    auto* save = button(m_saveAction, u"saveButton"_s);
    QFont bold = save->font();
    bold.setBold(true);
    save->setFont(bold);
    outer->addLayout(bar);

    // Summary of the validation and the last operation's result.
    auto* summaryRow = new QHBoxLayout;
    m_summaryIcon = named(new QLabel(this), u"summaryIcon"_s, tr("Mapping state"));
    m_summaryIcon->setFixedSize(20, 20);
    m_summary = named(new QLabel(this), u"summary"_s, tr("Mapping problems"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    summaryRow->addWidget(m_summaryIcon, 0, Qt::AlignTop);
    summaryRow->addWidget(m_summary, 1);
    outer->addLayout(summaryRow);
    auto* messageRow = new QHBoxLayout;
    m_message = named(new QLabel(this), u"statusMessage"_s, tr("Status"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_retry = named(new QPushButton(tr("Try again"), this), u"retryLoad"_s, tr("Load the live fields again"));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, [this] {
        if (m_source) {
            setSource(m_source);
        }
    });
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_retry);
    outer->addLayout(messageRow);

    auto* split = named(new QSplitter(Qt::Horizontal, this), u"mappingSplitter"_s, tr("Fields and mapping"));
    split->setChildrenCollapsible(false);
    split->addWidget(buildFieldPanel(Side::HighLevel));

    auto* center = new QWidget(split);
    auto* centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(6, 0, 6, 0);
    auto* tableTitle = new QLabel(tr("&Mapping (drag a field here or onto a field of the other side)"), center);
    centerLayout->addWidget(tableTitle);
    m_table = named(new QTableView(center), u"mappingTable"_s, tr("Mapping rows"));
    tableTitle->setBuddy(m_table);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // Tab leaves the table (no focus trap); arrows move between cells
    m_table->setDragDropMode(QAbstractItemView::DropOnly);
    m_table->setAcceptDrops(true);
    m_table->setDropIndicatorShown(true);
    m_table->setDragDropOverwriteMode(true);
    m_table->setDefaultDropAction(Qt::CopyAction);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(MappingTableModel::HighLevelColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(MappingTableModel::BadgerColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(MappingTableModel::TransformColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(MappingTableModel::DirectionColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(MappingTableModel::ConflictColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MappingTableModel::EnabledColumn, QHeaderView::ResizeToContents);
    header->resizeSection(MappingTableModel::DirectionColumn, 76);
    // Delete works on the table only, so it never eats a key press meant for the search fields.
    m_removeAction->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    removeAction(m_removeAction);
    m_table->addAction(m_removeAction);
    centerLayout->addWidget(m_table, 3);
    centerLayout->addWidget(buildRowPanel(), 0);
    m_preview = new RowPreview(center);
    centerLayout->addWidget(m_preview, 0);
    split->addWidget(center);
    split->addWidget(buildFieldPanel(Side::Badger));
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 0);
    split->setSizes({250, 700, 250});
    outer->addWidget(split, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateRowPanel();
        updateActions();
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.column() == MappingTableModel::TransformColumn) {
            editTransforms();
        }
    });
}

QWidget* MappingEditor::buildFieldPanel(Side side)
{
    const bool hl = side == Side::HighLevel;
    const QString prefix = hl ? u"highLevel"_s : u"badger"_s;
    auto* panel = new QWidget(this);
    panel->setObjectName(QString(prefix + u"FieldPanel"_s));
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(hl ? tr("&HighLevel fields") : tr("&Badger fields"), panel);
    layout->addWidget(title);
    auto* filter = named(new QLineEdit(panel), QString(prefix + u"FieldFilter"_s),
                         hl ? tr("Search HighLevel fields") : tr("Search Badger fields"));
    filter->setPlaceholderText(tr("Search fields"));
    filter->setClearButtonEnabled(true);
    layout->addWidget(filter);
    auto* view = named(new QTreeView(panel), QString(prefix + u"FieldList"_s),
                       hl ? tr("HighLevel fields") : tr("Badger fields"));
    title->setBuddy(view);
    QSortFilterProxyModel* proxy = hl ? m_highLevelProxy : m_badgerProxy;
    view->setModel(proxy);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setDragEnabled(true);
    view->setAcceptDrops(true);
    view->setDropIndicatorShown(true);
    view->setDragDropMode(QAbstractItemView::DragDrop);
    view->setDragDropOverwriteMode(true);
    view->setDefaultDropAction(Qt::CopyAction);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(FieldListModel::LabelColumn, QHeaderView::Stretch);
    view->header()->setSectionResizeMode(FieldListModel::TypeColumn, QHeaderView::ResizeToContents);
    view->setMinimumWidth(200);
    layout->addWidget(view, 1);
    connect(filter, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, side] {
        if (!selectedField(side).isEmpty()) {
            m_lastSide = side;
        }
        updateActions();
    });
    // Enter on a field does what a drop on the other side's selected field would.
    connect(view, &QTreeView::activated, this, [this] { pairSelected(); });
    (hl ? m_highLevelView : m_badgerView) = view;
    return panel;
}

QWidget* MappingEditor::buildRowPanel()
{
    m_rowPanel = named(new QGroupBox(tr("Selected row"), this), u"rowPanel"_s, tr("Selected row"));
    auto* grid = new QHBoxLayout(m_rowPanel);
    auto* left = new QFormLayout;
    auto* right = new QFormLayout;
    grid->addLayout(left, 1);
    grid->addLayout(right, 1);

    m_direction = named(new QComboBox(m_rowPanel), u"directionCombo"_s, tr("Sync direction"));
    for (Direction d : {Direction::Both, Direction::ToBadger, Direction::ToHighLevel}) {
        m_direction->addItem(QString(MappingTableModel::directionArrow(d) + u"  "_s + MappingTableModel::directionText(d)),
                             int(d));
    }
    m_conflict = named(new QComboBox(m_rowPanel), u"conflictCombo"_s, tr("When both sides changed"));
    for (ConflictPolicy p : {ConflictPolicy::NewestWins, ConflictPolicy::HighLevelWins, ConflictPolicy::BadgerWins,
                             ConflictPolicy::AskMe}) {
        m_conflict->addItem(MappingTableModel::conflictText(p), int(p));
    }
    m_enabled = named(new QCheckBox(tr("S&ync this row"), m_rowPanel), u"enabledCheck"_s, tr("Sync this row"));
    left->addRow(tr("&Direction:"), m_direction);
    left->addRow(tr("On &conflict:"), m_conflict);
    left->addRow(QString(), m_enabled);

    auto* transformRow = new QHBoxLayout;
    m_transformSummary = named(new QLabel(m_rowPanel), u"transformSummary"_s, tr("Transforms of the row"));
    m_transformSummary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_transformButton = named(new QPushButton(tr("&Edit\u2026"), m_rowPanel), u"editTransforms"_s,
                              tr("Edit transforms"));
    transformRow->addWidget(m_transformSummary, 1);
    transformRow->addWidget(m_transformButton);
    right->addRow(tr("&Transforms:"), transformRow);
    qobject_cast<QLabel*>(right->labelForField(transformRow))->setBuddy(m_transformButton);
    m_rowIssues = named(new QLabel(m_rowPanel), u"rowIssues"_s, tr("Problems of the row"));
    m_rowIssues->setWordWrap(true);
    m_rowIssues->setTextFormat(Qt::PlainText);
    m_rowIssues->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    right->addRow(tr("Problems:"), m_rowIssues);

    connect(m_direction, &QComboBox::activated, this, [this] {
        if (!m_updating) {
            m_model->setDirection(selectedRow(), Direction(m_direction->currentData().toInt()));
        }
    });
    connect(m_conflict, &QComboBox::activated, this, [this] {
        if (!m_updating) {
            m_model->setConflictPolicy(selectedRow(), ConflictPolicy(m_conflict->currentData().toInt()));
        }
    });
    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_updating) {
            m_model->setRowEnabled(selectedRow(), on);
        }
    });
    connect(m_transformButton, &QPushButton::clicked, this, &MappingEditor::editTransforms);
    return m_rowPanel;
}

void MappingEditor::setSource(MappingSource* source)
{
    if (m_source) {
        disconnect(m_source, nullptr, this, nullptr);
        disconnect(m_source, nullptr, m_preview, nullptr);
    }
    m_source = source;
    if (!source) {
        return;
    }
    connect(source, &MappingSource::catalogLoaded, this, &MappingEditor::setCatalog);
    connect(source, &MappingSource::samplesLoaded, m_preview, &RowPreview::setSamples);
    connect(source, &MappingSource::samplesLoaded, this, &MappingEditor::updateRowPanel);
    connect(source, &MappingSource::loadFailed, this, [this](const QString& message) {
        showMessage(message, true);
        m_retry->show();
    });
    m_retry->hide();
    showMessage(tr("Loading the live field lists and a sample record from each side\u2026"), false);
    source->load();
}

void MappingEditor::setCatalog(const fb::sync::FieldCatalog& catalog)
{
    m_highLevelFields->setCatalog(catalog);
    m_badgerFields->setCatalog(catalog);
    m_model->setCatalog(catalog);
    if (m_source) {
        auto count = [&](Side side) {
            const auto& fields = catalog.fields(side);
            return std::count_if(fields.cbegin(), fields.cend(), [](const auto& f) { return f.custom; });
        };
        showMessage(tr("Live fields loaded: HighLevel %1 (%2 custom), Badger %3 (%4 custom).")
                        .arg(catalog.fields(Side::HighLevel).size())
                        .arg(count(Side::HighLevel))
                        .arg(catalog.fields(Side::Badger).size())
                        .arg(count(Side::Badger)),
                    false);
    }
}

MappingDocument MappingEditor::document() const
{
    return m_model->document();
}

const fb::sync::FieldCatalog& MappingEditor::catalog() const
{
    return m_model->catalog();
}

bool MappingEditor::hasUnsavedChanges() const
{
    return !m_undo->isClean();
}

FieldListModel* MappingEditor::fieldModel(Side side) const
{
    return side == Side::HighLevel ? m_highLevelFields : m_badgerFields;
}

QString MappingEditor::statusMessage() const
{
    return m_message->text();
}

QString MappingEditor::summary() const
{
    return m_summary->text();
}

bool MappingEditor::save()
{
    if (m_model->hasErrors()) {
        showMessage(tr("Not saved: the mapping has errors (marked in the table and listed above). Fix them, then save."),
                    true);
        return false;
    }
    // Only the field rows are this screen's: options and rules saved by other screens since we loaded stay.
    MappingDocument onDisk = m_base;
    QString error;
    if (QFile::exists(m_path)) {
        fb::sync::loadMapping(m_path, &onDisk, &error);
    }
    MappingDocument out = onDisk;
    out.fields = m_model->document().fields;
    if (!fb::sync::saveMapping(m_path, out, &error)) {
        showMessage(error, true);
        return false;
    }
    m_base = out;
    m_undo->setClean();
    showMessage(tr("Saved. The next sync uses this mapping (%1).").arg(QDir::toNativeSeparators(m_path)), false);
    Q_EMIT mappingSaved(out);
    return true;
}

bool MappingEditor::reload()
{
    MappingDocument doc;
    QString error;
    if (!fb::sync::loadMapping(m_path, &doc, &error)) {
        doc = MappingDocument::defaults();
        m_base = doc;
        m_model->setDocument(doc);
        m_undo->clear();
        showMessage(tr("%1 The defaults are shown; saving replaces the file.").arg(error), true);
        return false;
    }
    m_base = doc;
    m_model->setDocument(doc);
    m_undo->clear();
    if (m_model->rowCount() > 0) {
        selectRow(0);
    }
    return true;
}

bool MappingEditor::importFrom(const QString& path)
{
    if (!QFile::exists(path)) {
        showMessage(tr("Not imported: %1 does not exist.").arg(QDir::toNativeSeparators(path)), true);
        return false;
    }
    MappingDocument doc;
    QString error;
    if (!fb::sync::loadMapping(path, &doc, &error)) {
        showMessage(tr("Not imported: %1").arg(error), true);
        return false;
    }
    m_model->replaceDocument(doc, tr("Import %1").arg(QFileInfo(path).fileName()));
    showMessage(tr("Imported %1 from %2. Save to use them.")
                    .arg(doc.fields.size() == 1 ? tr("1 row") : tr("%1 rows").arg(doc.fields.size()),
                         QDir::toNativeSeparators(path)),
                false);
    return true;
}

bool MappingEditor::exportTo(const QString& path)
{
    const auto& fields = m_model->document().fields;
    const bool incomplete = std::any_of(fields.cbegin(), fields.cend(), [](const fb::sync::FieldMapping& m) {
        return m.highLevelField.isEmpty() || m.badgerField.isEmpty();
    });
    if (incomplete) {
        showMessage(tr("Not exported: some rows have only one field. Complete or remove them first."), true);
        return false;
    }
    MappingDocument out = m_base;
    out.fields = fields;
    QString error;
    if (!fb::sync::saveMapping(path, out, &error)) {
        showMessage(tr("Not exported: %1").arg(error), true);
        return false;
    }
    showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void MappingEditor::resetToDefault()
{
    MappingDocument doc = m_model->document();
    doc.fields = MappingDocument::defaults().fields;
    if (doc == m_model->document()) {
        showMessage(tr("The mapping already is the default."), false);
        return;
    }
    m_model->replaceDocument(doc, tr("Reset to default"));
    showMessage(tr("Reset to the default mapping. Undo brings your rows back; Save keeps the default."), false);
}

QString MappingEditor::selectedField(Side side) const
{
    const QTreeView* view = side == Side::HighLevel ? m_highLevelView : m_badgerView;
    const QModelIndexList rows = view->selectionModel()->selectedRows(FieldListModel::LabelColumn);
    return rows.isEmpty() ? QString() : rows.first().data(FieldListModel::FieldIdRole).toString();
}

int MappingEditor::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void MappingEditor::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_table->selectionModel()->clearSelection();
        return;
    }
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(m_model->index(row, 0));
}

void MappingEditor::pairFromDrop(const QString& highLevelId, const QString& badgerId)
{
    const int row = m_model->addPair(highLevelId, badgerId);
    if (row < 0) {
        showMessage(tr("These two fields are already mapped to each other."), true);
        return;
    }
    selectRow(row);
    showMessage(QString(), false);
}

bool MappingEditor::pairSelected()
{
    const QString hl = selectedField(Side::HighLevel);
    const QString bg = selectedField(Side::Badger);
    if (hl.isEmpty() && bg.isEmpty()) {
        showMessage(tr("Select a field on the left, one on the right, then press Pair (Ctrl+P)."), true);
        return false;
    }
    // One side only: complete the selected row when it waits for that side, else start a row.
    const int current = selectedRow();
    if (hl.isEmpty() || bg.isEmpty()) {
        const auto* m = m_model->mappingRow(current);
        const Side side = hl.isEmpty() ? Side::Badger : Side::HighLevel;
        if (m && (side == Side::HighLevel ? m->highLevelField.isEmpty() : m->badgerField.isEmpty())) {
            return useSelectedInRow();
        }
    }
    const int row = m_model->addPair(hl, bg);
    if (row < 0) {
        showMessage(tr("These two fields are already mapped to each other."), true);
        return false;
    }
    m_highLevelView->selectionModel()->clearSelection();
    m_badgerView->selectionModel()->clearSelection();
    selectRow(row);
    showMessage(QString(), false);
    return true;
}

bool MappingEditor::useSelectedInRow()
{
    const int row = selectedRow();
    Side side = m_lastSide;
    if (selectedField(side).isEmpty()) {
        side = side == Side::HighLevel ? Side::Badger : Side::HighLevel;
    }
    const QString id = selectedField(side);
    if (row < 0 || id.isEmpty()) {
        showMessage(tr("Select a row in the table and a field in one of the lists, then press Use in row (Ctrl+R)."),
                    true);
        return false;
    }
    if (!m_model->setRowField(row, side, id)) {
        showMessage(tr("Row %1 already uses that field, or another row already maps the same pair.").arg(row + 1), true);
        return false;
    }
    (side == Side::HighLevel ? m_highLevelView : m_badgerView)->selectionModel()->clearSelection();
    selectRow(row);
    showMessage(QString(), false);
    return true;
}

bool MappingEditor::removeSelectedRow()
{
    const int row = selectedRow();
    if (!m_model->removeMappingRow(row)) {
        return false;
    }
    selectRow(std::min(row, m_model->rowCount() - 1));
    return true;
}

void MappingEditor::editTransforms()
{
    const int row = selectedRow();
    const auto* m = m_model->mappingRow(row);
    if (!m) {
        return;
    }
    const QString title = QString(m_model->index(row, MappingTableModel::HighLevelColumn).data().toString() + u' '
                                  + MappingTableModel::directionArrow(m->direction) + u' '
                                  + m_model->index(row, MappingTableModel::BadgerColumn).data().toString());
    auto* dialog = new TransformDialog(*m, title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString rowId = m->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, rowId] {
        // The row may have moved while the dialog was open (it is not modal for the undo stack).
        for (int i = 0; i < m_model->rowCount(); ++i) {
            if (m_model->mappingRow(i)->id == rowId) {
                m_model->setTransforms(i, dialog->transforms());
                return;
            }
        }
    });
    dialog->open();
}

void MappingEditor::onDocumentChanged()
{
    m_highLevelFields->setMappedIds(m_model->mappedIds(Side::HighLevel));
    m_badgerFields->setMappedIds(m_model->mappedIds(Side::Badger));

    int errors = 0;
    int warnings = 0;
    for (const MappingIssue& i : m_model->issues()) {
        (i.severity == MappingIssue::Severity::Error ? errors : warnings) += 1;
    }
    QStringList lines;
    const int rows = m_model->rowCount();
    const QString rowText = rows == 1 ? tr("1 row") : tr("%1 rows").arg(rows);
    if (errors == 0 && warnings == 0) {
        lines.append(tr("%1, no problems found.").arg(rowText));
    } else {
        QStringList counts;
        if (errors > 0) {
            counts.append(errors == 1 ? tr("1 error") : tr("%1 errors").arg(errors));
        }
        if (warnings > 0) {
            counts.append(warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings));
        }
        lines.append(errors > 0 ? tr("%1: %2. Rows with errors are marked; saving waits until they are fixed.")
                                      .arg(rowText, counts.join(u", "_s))
                                : tr("%1: %2. Rows with warnings are marked.").arg(rowText, counts.join(u", "_s)));
    }
    for (const MappingIssue& i : m_model->documentIssues()) {
        lines.append(i.message);
    }
    m_summary->setText(lines.join(u'\n'));
    const QString icon = errors > 0 ? u":/icons/mapping-error.svg"_s
                                    : warnings > 0 ? u":/icons/mapping-warning.svg"_s : u":/icons/mapping-linked.svg"_s;
    m_summaryIcon->setPixmap(QIcon(icon).pixmap(QSize(18, 18), devicePixelRatioF()));
    m_summaryIcon->setToolTip(errors > 0 ? tr("The mapping has errors") : warnings > 0 ? tr("The mapping has warnings")
                                                                                      : tr("The mapping is fine"));
    updateRowPanel();
    updateActions();
}

void MappingEditor::updateRowPanel()
{
    const int row = selectedRow();
    const auto* m = m_model->mappingRow(row);
    m_rowPanel->setEnabled(m != nullptr);
    m_updating = true;
    if (m) {
        m_rowPanel->setTitle(tr("Selected row %1").arg(row + 1));
        m_direction->setCurrentIndex(m_direction->findData(int(m->direction)));
        m_conflict->setCurrentIndex(m_conflict->findData(int(m->conflict)));
        m_enabled->setChecked(m->enabled);
        m_transformSummary->setText(m->transforms.isEmpty() ? tr("As is")
                                                            : TransformListModel::describe(m->transforms));
        m_transformSummary->setToolTip(m_transformSummary->text());
        const QString issues = m_model->index(row, 0).data(MappingTableModel::IssuesRole).toString();
        m_rowIssues->setText(issues.isEmpty() ? tr("None") : issues);
    } else {
        m_rowPanel->setTitle(tr("Selected row"));
        m_transformSummary->clear();
        m_rowIssues->setText(tr("Select a row to change it."));
    }
    m_updating = false;
    m_preview->setRow(m, m_model->document().options);
}

void MappingEditor::updateActions()
{
    m_undoAction->setEnabled(m_undo->canUndo());
    m_redoAction->setEnabled(m_undo->canRedo());
    m_undoAction->setToolTip(m_undo->canUndo() ? tr("Undo: %1").arg(m_undo->undoText()) : tr("Nothing to undo"));
    m_redoAction->setToolTip(m_undo->canRedo() ? tr("Redo: %1").arg(m_undo->redoText()) : tr("Nothing to redo"));
    const bool row = selectedRow() >= 0;
    m_removeAction->setEnabled(row);
    m_useAction->setEnabled(row);
    m_saveAction->setText(hasUnsavedChanges() ? tr("Save*") : tr("Save"));
}

void MappingEditor::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    QPalette p = palette();
    if (error) {
        // Readable on light and dark palettes: a strong red on light, a light red on dark.
        const bool dark = p.color(QPalette::Window).lightness() < 128;
        p.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20));
    }
    m_message->setPalette(p);
    m_message->setProperty("error", error);
}

void MappingEditor::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a mapping"), QString(),
                                                      tr("Fieldbridge mapping (*.json);;All files (*)"));
    if (!path.isEmpty()) {
        importFrom(path);
    }
}

void MappingEditor::chooseExportFile()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export the mapping"), u"mapping.json"_s,
                                                tr("Fieldbridge mapping (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(u".json"_s, Qt::CaseInsensitive)) {
        path += u".json"_s;
    }
    exportTo(path);
}

} // namespace fb::ui
