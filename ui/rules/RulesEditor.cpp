#include "RulesEditor.h"

#include "ChoiceDelegate.h"
#include "FollowUpRulesModel.h"
#include "OutcomeRulesModel.h"
#include "RoutingRulesModel.h"
#include "RulesDocument.h"
#include "RulesPreview.h"
#include "RulesPreviewModel.h"
#include "UserMapModel.h"
#include "core/Logging.h"
#include "sync/SyncConfig.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fb::ui {

using fb::sync::MappingDocument;
using fb::sync::RuleIssue;
using fb::sync::RuleSet;

namespace {

template <typename W>
W* named(W* widget, const QString& objectName, const QString& accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    return widget;
}

QLabel* intro(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// The fields the mapping writes on each side (what RuleSet::validate() checks double writers against).
void writtenFields(const MappingDocument& mapping, QStringList* highLevel, QStringList* badger)
{
    for (const fb::sync::FieldMapping& row : mapping.fields) {
        if (!row.enabled) {
            continue;
        }
        if (row.writesTo(fb::sync::Side::HighLevel)) {
            highLevel->append(row.highLevelField);
        }
        if (row.writesTo(fb::sync::Side::Badger)) {
            badger->append(row.badgerField);
        }
    }
}

} // namespace

RulesEditor::RulesEditor(QWidget* parent)
    : QWidget(parent)
    , m_path(fb::sync::mappingPath())
    , m_document(new RulesDocument(this))
    , m_outcomes(new OutcomeRulesModel(m_document, this))
    , m_followUps(new FollowUpRulesModel(m_document, this))
    , m_routing(new RoutingRulesModel(m_document, this))
    , m_users(new UserMapModel(m_document, this))
    , m_preview(new RulesPreview(this))
    , m_previewModel(new RulesPreviewModel(this))
    , m_previewProxy(new QSortFilterProxyModel(this))
{
    setObjectName(u"rulesEditor"_s);
    setAccessibleName(tr("Rules"));
    m_previewProxy->setObjectName(u"rulesPreviewProxy"_s);
    m_previewProxy->setSourceModel(m_previewModel);
    m_previewProxy->setFilterRole(RulesPreviewModel::ActionKeyRole);
    m_previewProxy->setFilterKeyColumn(RulesPreviewModel::Action);
    buildUi();
    connect(m_document, &RulesDocument::rulesChanged, this, &RulesEditor::onRulesChanged);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &RulesEditor::updateActions);
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &RulesEditor::updateActions);
    connect(m_preview, &RulesPreview::finished, this, &RulesEditor::onPreviewFinished);
    connect(m_preview, &RulesPreview::started, this, [this] {
        if (m_previewModel->rowCount() == 0) {
            m_previewStatus->setText(tr("Working out what the rules would do\u2026"));
        }
    });
    revert();
}

RulesEditor::~RulesEditor() = default;

void RulesEditor::buildUi()
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 10, 12, 10);

    auto action = [this](const QString& objectName, const QString& text, const QKeySequence& key) {
        auto* a = new QAction(text, this);
        a->setObjectName(objectName);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        return a;
    };
    QAction* undo = action(u"rulesUndoAction"_s, tr("Undo"), QKeySequence::Undo);
    QAction* redo = action(u"rulesRedoAction"_s, tr("Redo"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QAction* saveAction = action(u"rulesSaveAction"_s, tr("Save"), QKeySequence::Save);
    connect(undo, &QAction::triggered, m_document->undoStack(), &QUndoStack::undo);
    connect(redo, &QAction::triggered, m_document->undoStack(), &QUndoStack::redo);
    connect(saveAction, &QAction::triggered, this, &RulesEditor::save);

    auto* bar = new QHBoxLayout;
    m_undoButton = named(new QToolButton(this), u"rulesUndoButton"_s, tr("Undo"));
    m_undoButton->setDefaultAction(undo);
    m_undoButton->setToolTip(tr("Undo the last change (%1)").arg(undo->shortcut().toString(QKeySequence::NativeText)));
    m_redoButton = named(new QToolButton(this), u"rulesRedoButton"_s, tr("Redo"));
    m_redoButton->setDefaultAction(redo);
    m_redoButton->setToolTip(tr("Redo the change undone last (%1)").arg(redo->shortcut().toString(QKeySequence::NativeText)));
    auto* examples = named(new QPushButton(tr("Add e&xample rules"), this), u"exampleRulesButton"_s,
                           tr("Replace the rules by examples"));
    examples->setToolTip(tr("Check-in notes, tags on Meeting and Closed Won check-ins and a follow-up task: a "
                            "starting point to adapt (undo brings your rules back; nothing is saved yet)"));
    connect(examples, &QPushButton::clicked, this, &RulesEditor::useExamples);
    m_revertButton = named(new QPushButton(tr("Rev&ert"), this), u"rulesRevertButton"_s, tr("Revert to the saved rules"));
    m_revertButton->setToolTip(tr("Drop the unsaved changes and read the saved rules again"));
    connect(m_revertButton, &QPushButton::clicked, this, &RulesEditor::revert);
    m_saveButton = named(new QPushButton(tr("&Save"), this), u"rulesSaveButton"_s, tr("Save the rules"));
    m_saveButton->setToolTip(tr("Save the rules for the next sync (%1)")
                                 .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    QFont bold = m_saveButton->font();
    bold.setBold(true);
    m_saveButton->setFont(bold);
    connect(m_saveButton, &QPushButton::clicked, this, &RulesEditor::save);
    bar->addWidget(m_undoButton);
    bar->addWidget(m_redoButton);
    bar->addSpacing(12);
    bar->addWidget(examples);
    bar->addStretch(1);
    bar->addWidget(m_revertButton);
    bar->addWidget(m_saveButton);
    outer->addLayout(bar);

    auto* summaryRow = new QHBoxLayout;
    m_summaryIcon = named(new QLabel(this), u"rulesSummaryIcon"_s, tr("Rules state"));
    m_summaryIcon->setFixedSize(20, 20);
    m_summary = named(new QLabel(this), u"rulesSummary"_s, tr("Rule problems"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    summaryRow->addWidget(m_summaryIcon, 0, Qt::AlignTop);
    summaryRow->addWidget(m_summary, 1);
    outer->addLayout(summaryRow);
    m_message = named(new QLabel(this), u"rulesStatusMessage"_s, tr("Status"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->hide();
    outer->addWidget(m_message);

    auto* split = named(new QSplitter(Qt::Vertical, this), u"rulesSplitter"_s, tr("Rules and preview"));
    split->setChildrenCollapsible(false);
    m_tabs = named(new QTabWidget(split), u"rulesTabs"_s, tr("Rule kinds"));
    m_tabs->addTab(buildOutcomesTab(), tr("&Outcome \u2192 tags"));
    m_tabs->addTab(buildFollowUpsTab(), tr("Follow-up &tasks"));
    // Tall pages scroll, so the tabs never claim the preview's height.
    auto scrollable = [](QWidget* page) {
        auto* area = new QScrollArea;
        area->setWidget(page);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        return area;
    };
    m_tabs->addTab(scrollable(buildCompletionTab()), tr("&Completion"));
    m_tabs->addTab(scrollable(buildRoutingTab()), tr("Team &routing"));
    m_tabs->addTab(scrollable(buildNotesTab()), tr("&Notes and tags"));
    split->addWidget(m_tabs);
    split->addWidget(buildPreview());
    // The rule tables need a few rows; the preview is where the answers are, so it gets the larger half.
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({320, 440});
    outer->addWidget(split, 1);
}

QWidget* RulesEditor::buildTablePage(const QString& introText, RuleTableModel* model, QTableView** view,
                                     const QString& name, const QString& accessibleName, const QString& addText,
                                     const QString& removeText, QWidget* extra)
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(intro(introText, page));
    auto* table = named(new QTableView(page), name, accessibleName);
    table->setModel(model);
    table->setItemDelegate(new ChoiceDelegate(table));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                           | QAbstractItemView::AnyKeyPressed);
    table->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setDefaultSectionSize(150);
    layout->addWidget(table, 1);
    *view = table;

    auto* buttons = new QHBoxLayout;
    auto* add = named(new QPushButton(addText, page), name + u"Add"_s, QString(addText).remove(u'&'));
    auto* remove = named(new QPushButton(removeText, page), name + u"Remove"_s, QString(removeText).remove(u'&'));
    connect(add, &QPushButton::clicked, this, [model, table] {
        const int row = model->addRow();
        // The new row's first cell is current: typing (or F2) edits it.
        table->setCurrentIndex(model->index(row, 1));
        table->setFocus();
    });
    connect(remove, &QPushButton::clicked, this, [model, table] {
        const int row = table->currentIndex().row();
        if (model->removeRow(row) && model->rowCount() > 0) {
            table->setCurrentIndex(model->index(std::min(row, model->rowCount() - 1), 1));
        }
    });
    // Keyboard: Insert adds, Delete removes while the table has the focus.
    auto* insertKey = new QAction(table);
    insertKey->setShortcut(QKeySequence(Qt::Key_Insert));
    insertKey->setShortcutContext(Qt::WidgetShortcut);
    connect(insertKey, &QAction::triggered, add, &QPushButton::click);
    table->addAction(insertKey);
    auto* deleteKey = new QAction(table);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteKey, &QAction::triggered, remove, &QPushButton::click);
    table->addAction(deleteKey);
    add->setToolTip(tr("%1 (Insert in the table)").arg(QString(addText).remove(u'&')));
    remove->setToolTip(tr("%1 (Delete in the table)").arg(QString(removeText).remove(u'&')));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    if (extra) {
        layout->addWidget(extra);
    }
    return page;
}

QWidget* RulesEditor::buildOutcomesTab()
{
    QTableView* view = nullptr;
    QWidget* page = buildTablePage(
        tr("When a rep logs a check-in of a given type in Badger (or a HighLevel task is completed), add or remove tags "
           "on the linked HighLevel contact. Separate several types or tags with commas."),
        m_outcomes, &view, u"outcomeTable"_s, tr("Outcome rules"), tr("&Add rule"), tr("Re&move rule"));
    view->setColumnWidth(OutcomeRulesModel::Id, 110);
    view->setColumnWidth(OutcomeRulesModel::TaskCompleted, 150);
    return page;
}

QWidget* RulesEditor::buildFollowUpsTab()
{
    auto* help = named(intro(tr("Placeholders in the title and notes: {type} the check-in type, {date} its date, "
                                "{account} the Badger account, {contact} the HighLevel contact, {comments} what the rep "
                                "wrote, {fields} all custom check-in fields, {field:Name} one of them, {createdBy} the "
                                "rep, {checkInId} the check-in's number. Write {{ or }} for a literal brace. Assign to: "
                                "Unassigned, the contact's owner, a user of the user map (Team routing) or a HighLevel "
                                "user id."),
                             nullptr),
                       u"placeholderHelp"_s, tr("Template placeholders"));
    help->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QTableView* view = nullptr;
    QWidget* page = buildTablePage(
        tr("A check-in of a given type opens a task on the linked HighLevel contact, due some days later. Double-click "
           "or press F2 to edit a cell."),
        m_followUps, &view, u"followUpTable"_s, tr("Follow-up rules"), tr("&Add rule"), tr("Re&move rule"), help);
    help->setParent(page);
    view->setColumnWidth(FollowUpRulesModel::Id, 110);
    view->setColumnWidth(FollowUpRulesModel::Title, 220);
    view->setColumnWidth(FollowUpRulesModel::DueDays, 110);
    return page;
}

QWidget* RulesEditor::buildCompletionTab()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(intro(tr("A later check-in of one of the \"completed by\" types on the same account completes the "
                               "tasks a follow-up rule opened there. Edit the types here or on the Follow-up tasks "
                               "page."),
                            page));
    auto* table = named(new QTableView(page), u"completionTable"_s, tr("Task completion by check-in"));
    table->setModel(m_followUps);
    table->setItemDelegate(new ChoiceDelegate(table));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultSectionSize(180);
    for (int c : {int(FollowUpRulesModel::Body), int(FollowUpRulesModel::DueDays), int(FollowUpRulesModel::Assignee)}) {
        table->setColumnHidden(c, true);
    }
    layout->addWidget(table, 1);

    auto* group = named(new QGroupBox(tr("Completed HighLevel tasks"), page), u"taskCheckInsGroup"_s,
                        tr("Completed HighLevel tasks"));
    auto* form = new QFormLayout(group);
    m_taskCheckIns = named(new QCheckBox(tr("Lo&g a Badger check-in when a HighLevel task is completed"), group),
                           u"taskCheckInsCheck"_s, tr("Log a Badger check-in when a HighLevel task is completed"));
    form->addRow(m_taskCheckIns);
    m_taskCheckInType = named(new QLineEdit(group), u"taskCheckInTypeEdit"_s, tr("Check-in type"));
    auto* typeLabel = new QLabel(tr("Check-in t&ype:"), group);
    typeLabel->setBuddy(m_taskCheckInType);
    form->addRow(typeLabel, m_taskCheckInType);
    m_taskCheckInComments = named(new QLineEdit(group), u"taskCheckInCommentsEdit"_s, tr("Check-in comments"));
    m_taskCheckInComments->setToolTip(tr("{title} is the task's title, {body} its notes, {contact} the contact"));
    auto* commentsLabel = new QLabel(tr("Co&mments:"), group);
    commentsLabel->setBuddy(m_taskCheckInComments);
    form->addRow(commentsLabel, m_taskCheckInComments);
    layout->addWidget(group);

    connect(m_taskCheckIns, &QCheckBox::toggled, this, [this](bool on) {
        editForm(tr("Log check-ins for completed tasks"), {}, [on](RuleSet& r) { r.taskCheckIns = on; });
    });
    connect(m_taskCheckInType, &QLineEdit::textEdited, this, [this](const QString& text) {
        editForm(tr("Edit the check-in type"), u"taskCheckInType"_s, [text](RuleSet& r) { r.taskCheckInType = text; });
    });
    connect(m_taskCheckInComments, &QLineEdit::textEdited, this, [this](const QString& text) {
        editForm(tr("Edit the check-in comments"), u"taskCheckInComments"_s,
                 [text](RuleSet& r) { r.taskCheckInComments = text; });
    });
    return page;
}

QWidget* RulesEditor::buildRoutingTab()
{
    auto* users = new QWidget;
    auto* usersLayout = new QVBoxLayout(users);
    usersLayout->setContentsMargins(0, 8, 0, 0);
    auto* usersTitle = new QLabel(tr("&User map: the same person in Badger and in HighLevel"), users);
    QFont bold = usersTitle->font();
    bold.setBold(true);
    usersTitle->setFont(bold);
    usersLayout->addWidget(usersTitle);
    auto* usersTable = named(new QTableView(users), u"userMapTable"_s, tr("User map"));
    usersTitle->setBuddy(usersTable);
    usersTable->setModel(m_users);
    usersTable->setItemDelegate(new ChoiceDelegate(usersTable));
    usersTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    usersTable->setSelectionMode(QAbstractItemView::SingleSelection);
    usersTable->setTabKeyNavigation(false);
    usersTable->verticalHeader()->hide();
    usersTable->horizontalHeader()->setStretchLastSection(true);
    usersTable->horizontalHeader()->setDefaultSectionSize(180);
    usersLayout->addWidget(usersTable, 1);
    auto* userButtons = new QHBoxLayout;
    auto* addUser = named(new QPushButton(tr("Add &pair"), users), u"userMapTableAdd"_s, tr("Add user pair"));
    auto* removeUser = named(new QPushButton(tr("Remove pa&ir"), users), u"userMapTableRemove"_s,
                             tr("Remove user pair"));
    connect(addUser, &QPushButton::clicked, this, [this, usersTable] {
        const int row = m_users->addRow();
        usersTable->setCurrentIndex(m_users->index(row, 0));
        usersTable->setFocus();
    });
    connect(removeUser, &QPushButton::clicked, this,
            [this, usersTable] { m_users->removeRow(usersTable->currentIndex().row()); });
    m_usersStatus = named(new QLabel(users), u"usersStatus"_s, tr("Live user lists"));
    m_usersStatus->setWordWrap(true);
    m_usersStatus->setText(tr("Connect the accounts to pick users from the live lists; ids can always be typed."));
    auto* reload = named(new QPushButton(tr("Reloa&d users"), users), u"reloadUsersButton"_s,
                         tr("Load the users again"));
    connect(reload, &QPushButton::clicked, this, [this] {
        if (m_source) {
            setSource(m_source);
        }
    });
    userButtons->addWidget(addUser);
    userButtons->addWidget(removeUser);
    userButtons->addWidget(m_usersStatus, 1);
    userButtons->addWidget(reload);
    usersLayout->addLayout(userButtons);

    QTableView* view = nullptr;
    QWidget* page = buildTablePage(tr("A contact that gets a tag is assigned to a user: its HighLevel owner, its Badger "
                                      "account owner or both. Users come from the user map below."),
                                   m_routing, &view, u"routingTable"_s, tr("Routing rules"), tr("&Add rule"),
                                   tr("Re&move rule"), users);
    users->setParent(page);
    static_cast<QVBoxLayout*>(page->layout())->setStretch(1, 1);
    static_cast<QVBoxLayout*>(page->layout())->setStretch(3, 1);
    return page;
}

QWidget* RulesEditor::buildNotesTab()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 8, 8, 8);
    auto* notes = named(new QGroupBox(tr("Check-ins \u2192 HighLevel notes"), page), u"checkInNotesGroup"_s,
                        tr("Check-in notes"));
    auto* notesForm = new QFormLayout(notes);
    m_checkInNotes = named(new QCheckBox(tr("Write every &Badger check-in as a note on the HighLevel contact"), notes),
                           u"checkInNotesCheck"_s, tr("Write check-ins as notes"));
    notesForm->addRow(m_checkInNotes);
    m_noteTemplate = named(new QPlainTextEdit(notes), u"noteTemplateEdit"_s, tr("Note template"));
    m_noteTemplate->setTabChangesFocus(true);
    m_noteTemplate->setMaximumHeight(80);
    m_noteTemplate->setToolTip(tr("Placeholders: {type} {date} {comments} {fields} {field:Name} {account} {contact} "
                                  "{createdBy} {checkInId}"));
    auto* templateLabel = new QLabel(tr("Note tem&plate:"), notes);
    templateLabel->setBuddy(m_noteTemplate);
    notesForm->addRow(templateLabel, m_noteTemplate);
    m_dateFormat = named(new QLineEdit(notes), u"dateFormatEdit"_s, tr("Date format"));
    m_dateFormat->setToolTip(tr("How {date} is written, e.g. yyyy-MM-dd HH:mm"));
    auto* dateLabel = new QLabel(tr("&Date format:"), notes);
    dateLabel->setBuddy(m_dateFormat);
    notesForm->addRow(dateLabel, m_dateFormat);
    layout->addWidget(notes);

    auto* back = named(new QGroupBox(tr("HighLevel notes \u2192 Badger check-ins"), page), u"notesToCheckInsGroup"_s,
                       tr("Notes to check-ins"));
    auto* backForm = new QFormLayout(back);
    m_notesToCheckIns = named(new QCheckBox(tr("Log new HighLevel notes as Badger check-&ins"), back),
                              u"notesToCheckInsCheck"_s, tr("Log notes as check-ins"));
    backForm->addRow(m_notesToCheckIns);
    m_noteCheckInType = named(new QLineEdit(back), u"noteCheckInTypeEdit"_s, tr("Check-in type for notes"));
    auto* typeLabel = new QLabel(tr("Check-in t&ype:"), back);
    typeLabel->setBuddy(m_noteCheckInType);
    backForm->addRow(typeLabel, m_noteCheckInType);
    layout->addWidget(back);

    auto* tags = named(new QGroupBox(tr("HighLevel tags \u2194 a Badger text field"), page), u"tagSyncGroup"_s,
                       tr("Tag sync"));
    auto* tagsForm = new QFormLayout(tags);
    m_tagSync = named(new QCheckBox(tr("&Keep HighLevel tags and a Badger custom text field in step"), tags),
                      u"tagSyncCheck"_s, tr("Sync tags"));
    tagsForm->addRow(m_tagSync);
    m_tagField = named(new QLineEdit(tags), u"tagFieldEdit"_s, tr("Badger tag field"));
    m_tagField->setPlaceholderText(u"custom_text4"_s);
    auto* fieldLabel = new QLabel(tr("Bad&ger field:"), tags);
    fieldLabel->setBuddy(m_tagField);
    tagsForm->addRow(fieldLabel, m_tagField);
    m_bulkThreshold = named(new QSpinBox(tags), u"bulkThresholdSpin"_s, tr("Bulk threshold"));
    m_bulkThreshold->setRange(1, 1000);
    m_bulkThreshold->setToolTip(tr("A tag added to or removed from at least this many contacts goes in one bulk call"));
    auto* bulkLabel = new QLabel(tr("B&ulk from:"), tags);
    bulkLabel->setBuddy(m_bulkThreshold);
    tagsForm->addRow(bulkLabel, m_bulkThreshold);
    layout->addWidget(tags);
    layout->addStretch(1);

    connect(m_checkInNotes, &QCheckBox::toggled, this, [this](bool on) {
        editForm(tr("Check-in notes on/off"), {}, [on](RuleSet& r) { r.checkInNotes = on; });
    });
    connect(m_noteTemplate, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_noteTemplate->toPlainText();
        editForm(tr("Edit the note template"), u"noteTemplate"_s, [text](RuleSet& r) { r.noteTemplate = text; });
    });
    connect(m_dateFormat, &QLineEdit::textEdited, this, [this](const QString& text) {
        editForm(tr("Edit the date format"), u"dateFormat"_s, [text](RuleSet& r) { r.dateFormat = text; });
    });
    connect(m_notesToCheckIns, &QCheckBox::toggled, this, [this](bool on) {
        editForm(tr("Notes to check-ins on/off"), {}, [on](RuleSet& r) { r.notesToCheckIns = on; });
    });
    connect(m_noteCheckInType, &QLineEdit::textEdited, this, [this](const QString& text) {
        editForm(tr("Edit the check-in type"), u"noteCheckInType"_s, [text](RuleSet& r) { r.noteCheckInType = text; });
    });
    connect(m_tagSync, &QCheckBox::toggled, this, [this](bool on) {
        editForm(tr("Tag sync on/off"), {}, [on](RuleSet& r) { r.tags = on; });
    });
    connect(m_tagField, &QLineEdit::textEdited, this, [this](const QString& text) {
        editForm(tr("Edit the tag field"), u"tagField"_s, [text](RuleSet& r) { r.tagField = text.trimmed(); });
    });
    connect(m_bulkThreshold, &QSpinBox::valueChanged, this, [this](int value) {
        editForm(tr("Edit the bulk threshold"), u"bulkThreshold"_s, [value](RuleSet& r) { r.bulkThreshold = value; });
    });
    return page;
}

QWidget* RulesEditor::buildPreview()
{
    auto* box = named(new QGroupBox(tr("Preview: what these rules would do"), this), u"previewGroup"_s,
                      tr("Rules preview"));
    auto* layout = new QVBoxLayout(box);
    auto* controls = new QHBoxLayout;
    auto* lastLabel = new QLabel(tr("On the &last"), box);
    m_previewCheckIns = named(new QSpinBox(box), u"previewCheckInsSpin"_s, tr("Number of recent check-ins"));
    m_previewCheckIns->setRange(1, 2000);
    m_previewCheckIns->setValue(50);
    lastLabel->setBuddy(m_previewCheckIns);
    auto* andLabel = new QLabel(tr("check-ins and"), box);
    m_previewTasks = named(new QSpinBox(box), u"previewTasksSpin"_s, tr("Number of recent completed tasks"));
    m_previewTasks->setRange(0, 2000);
    m_previewTasks->setValue(20);
    andLabel->setBuddy(m_previewTasks);
    auto* tasksLabel = new QLabel(tr("completed tasks"), box);
    auto* filterLabel = new QLabel(tr("Sho&w:"), box);
    m_previewFilter = named(new QComboBox(box), u"previewFilter"_s, tr("Show actions"));
    filterLabel->setBuddy(m_previewFilter);
    m_previewFilter->addItem(tr("Everything"), QString());
    m_previewFilter->addItem(tr("Tags"), u"^tag_"_s);
    m_previewFilter->addItem(tr("Tasks"), u"^task_"_s);
    m_previewFilter->addItem(tr("Notes"), u"^note$"_s);
    m_previewFilter->addItem(tr("Routing"), u"^route$"_s);
    m_previewFilter->addItem(tr("Check-ins"), u"^check_in$"_s);
    m_previewFilter->addItem(tr("Everything but notes"), u"^(?!note$)"_s);
    controls->addWidget(lastLabel);
    controls->addWidget(m_previewCheckIns);
    controls->addWidget(andLabel);
    controls->addWidget(m_previewTasks);
    controls->addWidget(tasksLabel);
    controls->addSpacing(16);
    controls->addWidget(filterLabel);
    controls->addWidget(m_previewFilter);
    controls->addStretch(1);
    layout->addLayout(controls);
    m_previewStatus = named(new QLabel(box), u"previewStatus"_s, tr("Preview status"));
    m_previewStatus->setWordWrap(true);
    m_previewStatus->setTextFormat(Qt::PlainText);
    layout->addWidget(m_previewStatus);
    m_previewTable = named(new QTableView(box), u"previewTable"_s, tr("Preview actions"));
    m_previewTable->setModel(m_previewProxy);
    m_previewTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setTabKeyNavigation(false);
    m_previewTable->setWordWrap(false);
    m_previewTable->verticalHeader()->hide();
    m_previewTable->horizontalHeader()->setStretchLastSection(false);
    m_previewTable->setColumnWidth(RulesPreviewModel::Source, 345);
    m_previewTable->setColumnWidth(RulesPreviewModel::Record, 140);
    m_previewTable->setColumnWidth(RulesPreviewModel::Action, 110);
    m_previewTable->horizontalHeader()->setSectionResizeMode(RulesPreviewModel::Detail, QHeaderView::Stretch);
    m_previewTable->setColumnWidth(RulesPreviewModel::Rule, 105);
    layout->addWidget(m_previewTable, 1);

    auto again = [this] { refreshPreview(); };
    connect(m_previewCheckIns, &QSpinBox::valueChanged, this, again);
    connect(m_previewTasks, &QSpinBox::valueChanged, this, again);
    connect(m_previewFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_previewProxy->setFilterRegularExpression(m_previewFilter->currentData().toString());
    });
    return box;
}

// ---- state ------------------------------------------------------------------------------------------------------

void RulesEditor::editForm(const QString& undoText, const QString& mergeKey,
                           const std::function<void(RuleSet&)>& change)
{
    if (m_updating) {
        return;
    }
    RuleSet rules = m_document->rules();
    change(rules);
    m_document->edit(rules, undoText, mergeKey);
}

void RulesEditor::onRulesChanged()
{
    updateForms();
    updateSummary();
    updateActions();
    refreshPreview();
}

void RulesEditor::updateForms()
{
    const RuleSet& r = m_document->rules();
    m_updating = true;
    auto setLine = [](QLineEdit* edit, const QString& text) {
        if (edit->text() != text) { // keeps the cursor while typing
            edit->setText(text);
        }
    };
    m_checkInNotes->setChecked(r.checkInNotes);
    if (m_noteTemplate->toPlainText() != r.noteTemplate) {
        m_noteTemplate->setPlainText(r.noteTemplate);
    }
    setLine(m_dateFormat, r.dateFormat);
    m_notesToCheckIns->setChecked(r.notesToCheckIns);
    setLine(m_noteCheckInType, r.noteCheckInType);
    m_tagSync->setChecked(r.tags);
    setLine(m_tagField, r.tagField);
    m_bulkThreshold->setValue(r.bulkThreshold);
    m_taskCheckIns->setChecked(r.taskCheckIns);
    setLine(m_taskCheckInType, r.taskCheckInType);
    setLine(m_taskCheckInComments, r.taskCheckInComments);
    m_noteTemplate->setEnabled(r.checkInNotes);
    m_dateFormat->setEnabled(r.checkInNotes);
    m_noteCheckInType->setEnabled(r.notesToCheckIns);
    m_tagField->setEnabled(r.tags);
    m_bulkThreshold->setEnabled(r.tags);
    m_taskCheckInType->setEnabled(r.taskCheckIns);
    m_taskCheckInComments->setEnabled(r.taskCheckIns);
    m_updating = false;
}

void RulesEditor::updateSummary()
{
    const QList<RuleIssue>& issues = m_document->issues();
    int errors = 0;
    int warnings = 0;
    for (const RuleIssue& i : issues) {
        (i.severity == RuleIssue::Severity::Error ? errors : warnings) += 1;
    }
    const RuleSet& r = m_document->rules();
    QString text;
    if (!r.anyEnabled()) {
        text = tr("No rules are on: the sync only matches and updates contacts. Add a rule, or start from the "
                  "examples.");
    } else if (errors == 0 && warnings == 0) {
        text = tr("%1 outcome, %2 follow-up and %3 routing rules, %4 user pairs; no problems.")
                   .arg(r.outcomes.size())
                   .arg(r.followUps.size())
                   .arg(r.routing.size())
                   .arg(r.users.size());
    } else {
        text = tr("%1 errors, %2 warnings (marked beside the rules; errors stop the rules from running).")
                   .arg(errors)
                   .arg(warnings);
        // Problems of no single rule have no row to sit beside: listed here.
        QStringList general;
        for (const RuleIssue& i : m_document->setIssues()) {
            general.append(i.message);
        }
        if (!general.isEmpty()) {
            text += u' ' + general.join(u' ');
        }
    }
    m_summary->setText(text);
    const QString icon = errors > 0 ? u":/icons/mapping-error.svg"_s
                                    : warnings > 0 ? u":/icons/mapping-warning.svg"_s : u":/icons/mapping-linked.svg"_s;
    m_summaryIcon->setPixmap(QIcon(icon).pixmap(QSize(18, 18), devicePixelRatioF()));
}

void RulesEditor::updateActions()
{
    QUndoStack* undo = m_document->undoStack();
    m_undoButton->defaultAction()->setEnabled(undo->canUndo());
    m_redoButton->defaultAction()->setEnabled(undo->canRedo());
    m_revertButton->setEnabled(!undo->isClean());
    m_saveButton->setText(undo->isClean() ? tr("&Save") : tr("&Save*"));
}

void RulesEditor::showMessage(const QString& text, bool error)
{
    m_message->setText(error ? tr("Error: %1").arg(text) : text);
    m_message->setVisible(!text.isEmpty());
    if (error) {
        qCInfo(lcUi) << "rules editor:" << text;
    }
}

QString RulesEditor::statusMessage() const
{
    return m_message->text();
}

QString RulesEditor::summary() const
{
    return m_summary->text();
}

QString RulesEditor::previewStatus() const
{
    return m_previewStatus->text();
}

bool RulesEditor::hasUnsavedChanges() const
{
    return m_document->isModified();
}

void RulesEditor::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

// ---- file -------------------------------------------------------------------------------------------------------

bool RulesEditor::save()
{
    if (m_document->hasErrors()) {
        showMessage(tr("Not saved: the rules have errors (marked beside the rules and listed above). Fix them, then "
                       "save."),
                    true);
        return false;
    }
    // Only the rules section is this screen's: the field rows and options the mapping screen saved stay as they are.
    MappingDocument doc;
    QString error;
    if (!fb::sync::loadMapping(m_path, &doc, &error)) {
        showMessage(tr("Not saved: %1 Fix or remove the mapping file first.").arg(error), true);
        return false;
    }
    doc.rules = m_document->rules().toJson();
    if (!fb::sync::saveMapping(m_path, doc, &error)) {
        showMessage(error, true);
        return false;
    }
    m_document->undoStack()->setClean();
    setMapping(doc);
    showMessage(tr("Saved. The next sync uses these rules (%1).").arg(QDir::toNativeSeparators(m_path)), false);
    Q_EMIT rulesSaved(doc);
    return true;
}

bool RulesEditor::revert()
{
    MappingDocument doc;
    QString error;
    RuleSet rules;
    bool ok = fb::sync::loadMapping(m_path, &doc, &error);
    if (ok) {
        ok = RuleSet::fromJson(doc.rules, &rules, &error);
    }
    setMapping(ok ? doc : MappingDocument::defaults());
    m_document->reset(ok ? rules : RuleSet());
    if (!ok) {
        showMessage(tr("%1 No rules are shown; saving replaces the rules section.").arg(error), true);
        return false;
    }
    showMessage({}, false);
    return true;
}

void RulesEditor::setMapping(const MappingDocument& mapping)
{
    QStringList highLevel;
    QStringList badger;
    writtenFields(mapping, &highLevel, &badger);
    m_document->setMappedFields(highLevel, badger);
}

RuleSet RulesEditor::exampleRules()
{
    RuleSet r = RuleSet::defaults();
    fb::sync::OutcomeRule met;
    met.id = u"met"_s;
    met.checkInTypes = {u"Meeting"_s};
    met.addTags = {u"hot-lead"_s};
    fb::sync::OutcomeRule won;
    won.id = u"won"_s;
    won.checkInTypes = {u"Closed Won"_s};
    won.addTags = {u"customer"_s};
    won.removeTags = {u"prospect"_s, u"hot-lead"_s};
    r.outcomes = {met, won};
    fb::sync::FollowUpRule followUp;
    followUp.id = u"follow-up"_s;
    followUp.checkInTypes = {u"Meeting"_s, u"Drop-in"_s};
    followUp.doneTypes = {u"Follow-up"_s, u"Closed Won"_s};
    followUp.title = u"Follow up: {type} at {account}"_s;
    followUp.body = u"{comments}"_s;
    followUp.dueDays = 3;
    followUp.assignee = u"contact"_s;
    r.followUps = {followUp};
    return r;
}

void RulesEditor::useExamples()
{
    m_document->edit(exampleRules(), tr("Use the example rules"));
    showMessage(tr("Example rules in place (not saved). Adapt them, then save; Undo brings your rules back."), false);
}

bool RulesEditor::saveExampleRulesIfNone(const QString& path, QString* error)
{
    MappingDocument doc;
    if (!fb::sync::loadMapping(path, &doc, error)) {
        return false;
    }
    if (!doc.rules.isEmpty()) {
        return true;
    }
    doc.rules = exampleRules().toJson();
    return fb::sync::saveMapping(path, doc, error);
}

// ---- live data and preview --------------------------------------------------------------------------------------

void RulesEditor::setSource(RulesSource* source)
{
    if (m_source) {
        disconnect(m_source, nullptr, this, nullptr);
    }
    m_source = source;
    if (!source) {
        return;
    }
    connect(source, &RulesSource::usersLoaded, this,
            [this](const RulesSource::Users& badger, const RulesSource::Users& highLevel) {
                m_badgerUsers = badger;
                m_highLevelUsers = highLevel;
                applySuggestions();
                m_usersStatus->setText(tr("Live lists: %1 Badger users, %2 HighLevel users (pick them in the cells, or "
                                          "type ids).")
                                           .arg(badger.size())
                                           .arg(highLevel.size()));
            });
    connect(source, &RulesSource::tagsLoaded, this, [this](const QStringList& tags) {
        m_tags = tags;
        applySuggestions();
    });
    connect(source, &RulesSource::loadFailed, this, [this](const QString& message) { m_usersStatus->setText(message); });
    m_usersStatus->setText(tr("Loading the users of both accounts\u2026"));
    source->load();
}

void RulesEditor::applySuggestions()
{
    auto same = [](const QStringList& values) {
        RuleTableModel::Choices c;
        for (const QString& v : values) {
            c.append({v, v});
        }
        return c;
    };
    auto labelled = [](const RuleTableModel::Choices& users) {
        RuleTableModel::Choices c;
        for (const auto& [name, id] : users) {
            c.append({name == id ? id : tr("%1 (%2)").arg(name, id), id});
        }
        return c;
    };
    for (RuleTableModel* m : std::initializer_list<RuleTableModel*>{m_outcomes, m_followUps, m_routing, m_users}) {
        m->setSuggestions(u"checkInTypes"_s, same(m_checkInTypes));
        m->setSuggestions(u"tags"_s, same(m_tags));
        m->setSuggestions(u"highLevelUsers"_s, m_highLevelUsers);
    }
    // The user map names a pair after the live entry it was picked from, so it wants the bare names.
    m_users->setSuggestions(u"badgerUsers"_s, m_badgerUsers);
    m_routing->setSuggestions(u"badgerUsers"_s, labelled(m_badgerUsers));
}

void RulesEditor::setLedgerPath(const QString& path)
{
    m_preview->setLedgerPath(path);
    refreshPreview();
}

void RulesEditor::refreshPreview()
{
    m_preview->request(m_document->rules(), m_previewCheckIns->value(), m_previewTasks->value());
}

void RulesEditor::onPreviewFinished(const RulesPreviewResult& result)
{
    m_previewModel->setItems(result.items);
    if (result.checkInTypes != m_checkInTypes && !result.checkInTypes.isEmpty()) {
        m_checkInTypes = result.checkInTypes;
        applySuggestions();
    }
    QString text;
    if (!result.error.isEmpty()) {
        text = tr("No preview: %1").arg(result.error);
    } else if (result.noLedger || result.checkInsInLedger == 0) {
        text = m_document->rules().readsCheckIns()
                   ? tr("No check-ins read yet. Fieldbridge reads check-ins once a saved rule needs them: save, and "
                        "the preview fills in after the next sync.")
                   : tr("No check-ins read yet: no rule needs them. Turn on check-in notes or add an outcome or "
                        "follow-up rule, save, and the preview fills in after the next sync.");
    } else {
        text = tr("%1 actions on the last %2 of %3 check-ins read and %4 completed tasks. Nothing is written until you "
                  "save and the sync runs.")
                   .arg(result.items.size())
                   .arg(result.checkInsExamined)
                   .arg(result.checkInsInLedger)
                   .arg(result.tasksExamined);
    }
    m_previewStatus->setText(text);
    Q_EMIT previewUpdated();
}

} // namespace fb::ui
