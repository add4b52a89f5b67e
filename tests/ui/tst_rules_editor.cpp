// The rules editor as a user meets it, offscreen, against a real SandboxServer synced by a real SyncController (so
// the ledger holds real check-ins): creating an outcome rule and a follow-up task by keyboard in the real tables, the
// preview (computed in a pool thread) listing the check-ins and the tag/task they would produce, validation errors
// beside the offending row and Save refusing them, undo/redo, save and a rebuilt editor finding the rules intact
// (the mapping rows untouched), and the sync worker acting on the saved rules.

#include "tst_dashboard_support.h"

#include "rules/ApiRulesSource.h"
#include "rules/FollowUpRulesModel.h"
#include "rules/OutcomeRulesModel.h"
#include "rules/RoutingRulesModel.h"
#include "rules/RulesDocument.h"
#include "rules/RulesEditor.h"
#include "rules/RulesPreview.h"
#include "rules/RulesPreviewModel.h"
#include "rules/UserMapModel.h"

#include "api/BadgerRequests.h"
#include "api/HighLevelRequests.h"
#include "core/AppPaths.h"
#include "store/Database.h"
#include "sync/ExtrasSync.h"
#include "sync/ExtrasTags.h"
#include "sync/SyncConfig.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace fb;
using namespace fb::ui;
using fb::sync::RuleSet;

namespace {

// Types into the editor a table opened on `index` (a line edit, or the editable combo of a cell with suggestions)
// and commits with Return, as a user does after F2.
bool typeIntoCell(QTableView* view, const QModelIndex& index, const QString& text)
{
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_F2);
    QWidget* editor = QApplication::focusWidget();
    if (!editor || editor == view) {
        qWarning("no editor opened on (%d, %d)", index.row(), index.column());
        return false;
    }
    QLineEdit* line = qobject_cast<QLineEdit*>(editor);
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        line = combo->lineEdit();
    } else if (!line) {
        line = editor->findChild<QLineEdit*>(); // a spin box
    }
    if (!line) {
        return false;
    }
    line->selectAll();
    QTest::keyClicks(line, text);
    QTest::keyClick(line, Qt::Key_Return);
    // The delegate commits in a queued call after the editor saw the key.
    (void)QTest::qWaitFor([&] { return view->model()->data(index, Qt::EditRole).toString() == text; }, 2000);
    const QString now = view->model()->data(index, Qt::EditRole).toString();
    if (now != text) {
        qWarning("cell (%d, %d) holds \"%s\" after typing into a %s", index.row(), index.column(), qPrintable(now),
                 editor->metaObject()->className());
    }
    return now == text;
}

// What the ledger holds, read independently of the editor and the engine's preview.
int checkInsOfType(const QString& ledgerPath, const QString& type)
{
    store::Database db(ledgerPath);
    if (!db.connection().open()) {
        return -1;
    }
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT COUNT(*) FROM extras_checkins WHERE origin = 'badger' AND type = ?"_s);
    q.addBindValue(type);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

int totalCheckIns(const QString& ledgerPath)
{
    store::Database db(ledgerPath);
    if (!db.connection().open()) {
        return -1;
    }
    QSqlQuery q(db.connection());
    return q.exec(u"SELECT COUNT(*) FROM extras_checkins WHERE origin = 'badger'"_s) && q.next() ? q.value(0).toInt()
                                                                                                  : -1;
}

QList<sync::PreviewItem> itemsOf(RulesEditor* editor, const QString& action, const QString& ruleId)
{
    QList<sync::PreviewItem> out;
    for (const auto& item : editor->previewModel()->items()) {
        if (item.action == action && item.ruleId == ruleId) {
            out.append(item);
        }
    }
    return out;
}

} // namespace

class TestRulesEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void modelsFollowTheDocument();
    void createRulesAndPreviewThem();
    void validationErrorsBesideTheRowAndSaveRefused();
    void undoRedo();
    void saveAndRebuildIntact();
    void workerActsOnSavedRules();
    void previewWithoutLedgerExplains();
    void everyControlNamedAndReachableByKeyboard();
    void liveUsersAndTagsOffered();

private:
    std::unique_ptr<RulesEditor> openEditor();
    template <typename T>
    T* child(const QString& name)
    {
        T* w = m_editor->findChild<T*>(name);
        if (!w) {
            qWarning("no child %s", qPrintable(name));
        }
        return w;
    }
    bool waitForPreview();

    QTemporaryDir m_data;
    uitest::UiSandbox m_sandbox;
    sync::WorkerSetup m_setup;
    std::unique_ptr<sync::SyncController> m_controller;
    std::unique_ptr<RulesEditor> m_editor;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestRulesEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_data.isValid());
    paths::setDataDirOverride(m_data.path());
    QString error;
    QVERIFY2(m_sandbox.start(16, 20261205, &error), qPrintable(error));
    // A first sync with check-in notes on reads every linked account's check-ins into the ledger.
    sync::MappingDocument mapping = sync::MappingDocument::defaults();
    RuleSet rules = RuleSet::defaults();
    rules.checkInAccountsPerRun = 1000;
    mapping.rules = rules.toJson();
    m_setup = m_sandbox.setup(mapping);
    m_controller = std::make_unique<sync::SyncController>();
    QSignalSpy finished(m_controller.get(), &sync::SyncController::runFinished);
    m_controller->open(m_setup);
    m_controller->syncNow();
    QVERIFY(finished.wait(60000));
    QVERIFY2(totalCheckIns(m_setup.databasePath) > 0, "the sync read no check-ins");
    QVERIFY(checkInsOfType(m_setup.databasePath, u"Meeting"_s) > 0);
    QVERIFY(checkInsOfType(m_setup.databasePath, u"Phone Call"_s) > 0);
}

void TestRulesEditor::init()
{
    // A mapping file with one custom row: saving the rules must leave it alone.
    sync::MappingDocument mapping = sync::MappingDocument::defaults();
    mapping.fields.removeLast();
    QString error;
    QVERIFY2(sync::saveMapping(sync::mappingPath(), mapping, &error), qPrintable(error));
}

void TestRulesEditor::cleanup()
{
    m_testers.clear();
    m_editor.reset();
}

std::unique_ptr<RulesEditor> TestRulesEditor::openEditor()
{
    auto editor = std::make_unique<RulesEditor>();
    editor->resize(1280, 900);
    editor->preview()->setDebounce(50);
    for (QAbstractItemModel* m : std::initializer_list<QAbstractItemModel*>{
             editor->outcomeModel(), editor->followUpModel(), editor->routingModel(), editor->userMapModel(),
             editor->previewModel(), editor->findChild<QSortFilterProxyModel*>(u"rulesPreviewProxy"_s)}) {
        m_testers.push_back(
            std::make_unique<QAbstractItemModelTester>(m, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    editor->setLedgerPath(m_setup.databasePath);
    editor->show();
    if (!QTest::qWaitForWindowActive(editor.get())) {
        qWarning("editor window not active");
    }
    return editor;
}

bool TestRulesEditor::waitForPreview()
{
    QSignalSpy updated(m_editor.get(), &RulesEditor::previewUpdated);
    return QTest::qWaitFor([&] { return !m_editor->preview()->isBusy() && updated.count() > 0; }, 15000);
}

void TestRulesEditor::modelsFollowTheDocument()
{
    m_editor = openEditor();
    // Every list of the set, edited through the document, shows in its model (the testers watch each change).
    RuleSet rules = RulesEditor::exampleRules();
    rules.users = {{u"5001"_s, u"hl-1"_s, u"Sam"_s}};
    rules.routing = {{u"r1"_s, u"customer"_s, u"5001"_s, true, false}};
    m_editor->document()->edit(rules, u"test"_s);
    QCOMPARE(m_editor->outcomeModel()->rowCount(), int(rules.outcomes.size()));
    QCOMPARE(m_editor->followUpModel()->rowCount(), 1);
    QCOMPARE(m_editor->routingModel()->rowCount(), 1);
    QCOMPARE(m_editor->userMapModel()->rowCount(), 1);
    QCOMPARE(m_editor->routingModel()->index(0, RoutingRulesModel::BadgerUser).data().toString(), u"Sam (5001)"_s);
    QCOMPARE(m_editor->followUpModel()->index(0, FollowUpRulesModel::Assignee).data().toString(),
             FollowUpRulesModel::assigneeText(rules, u"contact"_s));
    QCOMPARE(m_editor->followUpModel()->index(0, FollowUpRulesModel::Assignee).data(Qt::EditRole).toString(),
             u"contact"_s);
    // A check cell toggles by its check state role, as a view does on Space.
    QModelIndex setBadger = m_editor->routingModel()->index(0, RoutingRulesModel::SetBadger);
    QVERIFY(m_editor->routingModel()->flags(setBadger) & Qt::ItemIsUserCheckable);
    QVERIFY(m_editor->routingModel()->setData(setBadger, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(m_editor->document()->rules().routing.first().setBadger);
    // Ids are not editable: tasks already opened are remembered by rule id.
    QVERIFY(!(m_editor->outcomeModel()->flags(m_editor->outcomeModel()->index(0, 0)) & Qt::ItemIsEditable));
}

void TestRulesEditor::createRulesAndPreviewThem()
{
    m_editor = openEditor();
    QVERIFY(waitForPreview());
    // No rule in the file yet: nothing would happen, and the preview says so.
    QCOMPARE(m_editor->previewModel()->rowCount(), 0);
    QVERIFY2(m_editor->previewStatus().startsWith(u"0 actions"_s), qPrintable(m_editor->previewStatus()));
    // Check-in notes on (keyboard: the tab's mnemonic, then Space on the box): one note per check-in looked at.
    child<QTabWidget>(u"rulesTabs"_s)->setCurrentIndex(int(RulesEditor::Tab::NotesAndTags));
    auto* notesCheck = child<QCheckBox>(u"checkInNotesCheck"_s);
    notesCheck->setFocus();
    QTest::keyClick(notesCheck, Qt::Key_Space);
    QVERIFY(m_editor->document()->rules().checkInNotes);
    auto* checkIns = child<QSpinBox>(u"previewCheckInsSpin"_s);
    checkIns->setFocus();
    checkIns->selectAll();
    QTest::keyClicks(checkIns, u"1000"_s);
    QVERIFY(waitForPreview());
    const int total = totalCheckIns(m_setup.databasePath);
    QCOMPARE(itemsOf(m_editor.get(), u"note"_s, {}).size(), total);
    QVERIFY2(m_editor->previewStatus().contains(QString::number(total)), qPrintable(m_editor->previewStatus()));

    // Outcome rule by keyboard: Add, then the trigger and the tag typed into the cells.
    child<QTabWidget>(u"rulesTabs"_s)->setCurrentIndex(int(RulesEditor::Tab::Outcomes));
    auto* outcomes = child<QTableView>(u"outcomeTable"_s);
    QTest::mouseClick(child<QPushButton>(u"outcomeTableAdd"_s), Qt::LeftButton);
    QCOMPARE(m_editor->outcomeModel()->rowCount(), 1);
    auto* model = m_editor->outcomeModel();
    QVERIFY(typeIntoCell(outcomes, model->index(0, OutcomeRulesModel::CheckInTypes), u"Meeting"_s));
    QVERIFY(typeIntoCell(outcomes, model->index(0, OutcomeRulesModel::AddTags), u"hot-lead"_s));
    const QString outcomeId = model->index(0, OutcomeRulesModel::Id).data().toString();
    QCOMPARE(m_editor->document()->rules().outcomes.first().addTags, QStringList{u"hot-lead"_s});
    QCOMPARE(model->index(0, model->problemsColumn()).data(RuleTableModel::SeverityRole).toInt(), 0);

    // Follow-up rule: a task for each phone call.
    child<QTabWidget>(u"rulesTabs"_s)->setCurrentIndex(int(RulesEditor::Tab::FollowUps));
    auto* followUps = child<QTableView>(u"followUpTable"_s);
    QTest::mouseClick(child<QPushButton>(u"followUpTableAdd"_s), Qt::LeftButton);
    auto* fu = m_editor->followUpModel();
    QVERIFY(typeIntoCell(followUps, fu->index(0, FollowUpRulesModel::CheckInTypes), u"Phone Call"_s));
    QVERIFY(typeIntoCell(followUps, fu->index(0, FollowUpRulesModel::Title), u"Call back {account}"_s));
    QVERIFY(typeIntoCell(followUps, fu->index(0, FollowUpRulesModel::DueDays), u"5"_s));
    const QString followUpId = fu->index(0, FollowUpRulesModel::Id).data().toString();
    QVERIFY(child<QLabel>(u"placeholderHelp"_s)->text().contains(u"{account}"_s));

    // The preview follows (debounced, off the UI thread): one tag per Meeting, one task per Phone Call.
    QVERIFY(waitForPreview());
    const auto tags = itemsOf(m_editor.get(), u"tag_add"_s, outcomeId);
    QCOMPARE(tags.size(), checkInsOfType(m_setup.databasePath, u"Meeting"_s));
    for (const auto& item : tags) {
        QVERIFY2(item.source.contains(u"Meeting"_s), qPrintable(item.source));
        QVERIFY2(item.detail.startsWith(u"hot-lead"_s), qPrintable(item.detail));
    }
    const auto tasks = itemsOf(m_editor.get(), u"task_open"_s, followUpId);
    QCOMPARE(tasks.size(), checkInsOfType(m_setup.databasePath, u"Phone Call"_s));
    for (const auto& item : tasks) {
        QVERIFY2(item.source.contains(u"Phone Call"_s), qPrintable(item.source));
        QVERIFY2(item.detail.startsWith(u"Call back "_s + item.record), qPrintable(item.detail));
    }
    // The table shows them; the filter narrows to tags only.
    auto* filter = child<QComboBox>(u"previewFilter"_s);
    filter->setCurrentIndex(filter->findText(tr("Tags")));
    auto* previewTable = child<QTableView>(u"previewTable"_s);
    QCOMPARE(previewTable->model()->rowCount(), int(tags.size()));
    QCOMPARE(previewTable->model()->index(0, RulesPreviewModel::Action).data().toString(),
             RulesPreviewModel::actionText(u"tag_add"_s));
}

void TestRulesEditor::validationErrorsBesideTheRowAndSaveRefused()
{
    m_editor = openEditor();
    const QByteArray before = [] {
        QFile f(sync::mappingPath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    auto* outcomes = child<QTableView>(u"outcomeTable"_s);
    QTest::mouseClick(child<QPushButton>(u"outcomeTableAdd"_s), Qt::LeftButton);
    auto* model = m_editor->outcomeModel();
    // A trigger but no tag: the engine's validation says so, beside the row.
    QVERIFY(typeIntoCell(outcomes, model->index(0, OutcomeRulesModel::CheckInTypes), u"Meeting"_s));
    const QModelIndex problems = model->index(0, model->problemsColumn());
    QCOMPARE(problems.data(RuleTableModel::SeverityRole).toInt(), 2);
    const QString id = model->index(0, 0).data().toString();
    QVERIFY2(problems.data().toString().contains(id), qPrintable(problems.data().toString()));
    QVERIFY(!model->index(0, 0).data(Qt::DecorationRole).isNull());
    QVERIFY2(m_editor->summary().contains(u"1 errors"_s), qPrintable(m_editor->summary()));

    // A follow-up with an unknown placeholder: its own row, its own message.
    child<QTabWidget>(u"rulesTabs"_s)->setCurrentIndex(int(RulesEditor::Tab::FollowUps));
    QTest::mouseClick(child<QPushButton>(u"followUpTableAdd"_s), Qt::LeftButton);
    auto* fu = m_editor->followUpModel();
    auto* followUps = child<QTableView>(u"followUpTable"_s);
    QVERIFY(typeIntoCell(followUps, fu->index(0, FollowUpRulesModel::CheckInTypes), u"Drop-in"_s));
    QCOMPARE(fu->index(0, fu->problemsColumn()).data(RuleTableModel::SeverityRole).toInt(), 0);
    QVERIFY(typeIntoCell(followUps, fu->index(0, FollowUpRulesModel::Title), u"Visit {acount}"_s));
    QCOMPARE(fu->index(0, fu->problemsColumn()).data(RuleTableModel::SeverityRole).toInt(), 2);
    QVERIFY(fu->index(0, fu->problemsColumn()).data().toString().contains(u"{acount}"_s));

    // Save refuses and the file stays as it was.
    QTest::mouseClick(child<QPushButton>(u"rulesSaveButton"_s), Qt::LeftButton);
    QVERIFY2(m_editor->statusMessage().contains(u"Not saved"_s), qPrintable(m_editor->statusMessage()));
    QFile after(sync::mappingPath());
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);

    // Fixed: the title, and the outcome rule removed with the keyboard (Delete in the table).
    QVERIFY(typeIntoCell(followUps, fu->index(0, FollowUpRulesModel::Title), u"Visit {account}"_s));
    QCOMPARE(fu->index(0, fu->problemsColumn()).data(RuleTableModel::SeverityRole).toInt(), 0);
    child<QTabWidget>(u"rulesTabs"_s)->setCurrentIndex(int(RulesEditor::Tab::Outcomes));
    outcomes->setFocus();
    outcomes->setCurrentIndex(model->index(0, 1));
    QTest::keyClick(outcomes, Qt::Key_Delete);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!m_editor->document()->hasErrors());
    QVERIFY(m_editor->save());
}

void TestRulesEditor::undoRedo()
{
    m_editor = openEditor();
    QTest::mouseClick(child<QPushButton>(u"exampleRulesButton"_s), Qt::LeftButton);
    const RuleSet examples = RulesEditor::exampleRules();
    QCOMPARE(m_editor->document()->rules(), examples);
    QVERIFY(m_editor->hasUnsavedChanges());
    // Typing into the note template is one undo step, however many keys.
    child<QTabWidget>(u"rulesTabs"_s)->setCurrentIndex(int(RulesEditor::Tab::NotesAndTags));
    auto* noteTemplate = child<QWidget>(u"noteTemplateEdit"_s);
    noteTemplate->setFocus();
    QTest::keyClick(noteTemplate, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(noteTemplate, u" by {createdBy}"_s);
    QVERIFY(m_editor->document()->rules().noteTemplate.endsWith(u" by {createdBy}"_s));
    QTest::keyClick(m_editor.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_editor->document()->rules(), examples);
    QTest::mouseClick(child<QToolButton>(u"rulesUndoButton"_s), Qt::LeftButton);
    QCOMPARE(m_editor->document()->rules(), RuleSet());
    QCOMPARE(m_editor->outcomeModel()->rowCount(), 0);
    QTest::mouseClick(child<QToolButton>(u"rulesRedoButton"_s), Qt::LeftButton);
    QCOMPARE(m_editor->document()->rules(), examples);
    // Revert drops the changes.
    QTest::mouseClick(child<QPushButton>(u"rulesRevertButton"_s), Qt::LeftButton);
    QCOMPARE(m_editor->document()->rules(), RuleSet());
    QVERIFY(!m_editor->hasUnsavedChanges());
}

void TestRulesEditor::saveAndRebuildIntact()
{
    m_editor = openEditor();
    sync::MappingDocument mappingBefore;
    QString error;
    QVERIFY(sync::loadMapping(sync::mappingPath(), &mappingBefore, &error));

    auto* outcomes = child<QTableView>(u"outcomeTable"_s);
    QTest::mouseClick(child<QPushButton>(u"outcomeTableAdd"_s), Qt::LeftButton);
    auto* model = m_editor->outcomeModel();
    QVERIFY(typeIntoCell(outcomes, model->index(0, OutcomeRulesModel::CheckInTypes), u"Meeting"_s));
    QVERIFY(typeIntoCell(outcomes, model->index(0, OutcomeRulesModel::AddTags), u"hot-lead"_s));
    child<QTabWidget>(u"rulesTabs"_s)->setCurrentIndex(int(RulesEditor::Tab::Routing));
    auto* users = child<QTableView>(u"userMapTable"_s);
    QTest::mouseClick(child<QPushButton>(u"userMapTableAdd"_s), Qt::LeftButton);
    // Half a pair is an error of that row.
    QVERIFY(typeIntoCell(users, m_editor->userMapModel()->index(0, UserMapModel::BadgerUser), u"5001"_s));
    QCOMPARE(m_editor->userMapModel()->index(0, 3).data(RuleTableModel::SeverityRole).toInt(), 2);
    QVERIFY(typeIntoCell(users, m_editor->userMapModel()->index(0, UserMapModel::HighLevelUser), u"hl-user-1"_s));
    QVERIFY(typeIntoCell(users, m_editor->userMapModel()->index(0, UserMapModel::Name), u"Sam"_s));
    QCOMPARE(m_editor->userMapModel()->index(0, 3).data(RuleTableModel::SeverityRole).toInt(), 0);
    child<QTabWidget>(u"rulesTabs"_s)->setCurrentIndex(int(RulesEditor::Tab::Completion));
    auto* taskCheckIns = child<QCheckBox>(u"taskCheckInsCheck"_s);
    taskCheckIns->setFocus();
    QTest::keyClick(taskCheckIns, Qt::Key_Space);
    QVERIFY(m_editor->document()->rules().taskCheckIns);

    QSignalSpy saved(m_editor.get(), &RulesEditor::rulesSaved);
    QTest::keyClick(m_editor.get(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved.count(), 1);
    QVERIFY(!m_editor->hasUnsavedChanges());
    const RuleSet edited = m_editor->document()->rules();

    // A new editor (as after restarting the app) reads them back, and the mapping rows are untouched.
    m_testers.clear();
    m_editor.reset();
    m_editor = openEditor();
    QCOMPARE(m_editor->document()->rules(), edited);
    QCOMPARE(m_editor->outcomeModel()->index(0, OutcomeRulesModel::AddTags).data().toString(), u"hot-lead"_s);
    QCOMPARE(m_editor->userMapModel()->index(0, UserMapModel::Name).data().toString(), u"Sam"_s);
    sync::MappingDocument mappingAfter;
    QVERIFY(sync::loadMapping(sync::mappingPath(), &mappingAfter, &error));
    QCOMPARE(mappingAfter.fields, mappingBefore.fields);
    QCOMPARE(mappingAfter.options, mappingBefore.options);
    // What the sync reads from the file is exactly this rule set, and it passes the engine's own check.
    RuleSet forSync;
    QList<sync::RuleIssue> issues;
    QVERIFY(sync::ExtrasSync::loadRules(mappingAfter, &forSync, &issues));
    QCOMPARE(forSync, edited);
    QCOMPARE(saved.first().at(0).value<sync::MappingDocument>(), mappingAfter);
}

void TestRulesEditor::workerActsOnSavedRules()
{
    m_editor = openEditor();
    // Tag every Meeting account "hot-lead", save, hand the saved document to the worker as the app does, sync.
    RuleSet rules = m_editor->document()->rules();
    sync::OutcomeRule met;
    met.id = u"met"_s;
    met.checkInTypes = {u"Meeting"_s};
    met.addTags = {u"hot-lead"_s};
    rules.outcomes = {met};
    rules.checkInNotes = true;
    rules.checkInAccountsPerRun = 1000;
    m_editor->document()->edit(rules, u"test"_s);
    QSignalSpy saved(m_editor.get(), &RulesEditor::rulesSaved);
    QVERIFY(m_editor->save());

    // Rules act on check-ins that arrive after them (history is not replayed): a rep logs a meeting now.
    QString account;
    QString contact;
    {
        store::Database db(m_setup.databasePath);
        QVERIFY(db.connection().open());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT badger_id, ghl_id FROM links WHERE entity = 'contact' AND state = 'linked' "
                       "ORDER BY id LIMIT 1"_s));
        QVERIFY(q.next());
        account = q.value(0).toString();
        contact = q.value(1).toString();
    }
    api::badger::CheckInInput meeting;
    meeting.customer = account.toLongLong();
    meeting.type = u"Meeting"_s;
    meeting.comments = u"Demo went well"_s;
    const api::ApiResult logged = m_sandbox.send(api::badger::request::createCheckIn(meeting));
    QVERIFY2(logged.ok(), qPrintable(logged.message));
    QSignalSpy finished(m_controller.get(), &sync::SyncController::runFinished);
    m_controller->setMapping(saved.first().at(0).value<sync::MappingDocument>());
    m_controller->syncNow();
    QVERIFY(finished.wait(60000));

    // The linked HighLevel contact carries the tag now.
    const api::ApiResult r = m_sandbox.send(api::ghl::request::getContact(contact));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QStringList tags;
    for (const QJsonValue& t : r.json.toObject().value(u"contact"_s).toObject().value(u"tags"_s).toArray()) {
        tags.append(t.toString());
    }
    QVERIFY2(sync::tagKeys(tags).contains(u"hot-lead"_s), qPrintable(contact + u": "_s + tags.join(u", "_s)));
    // And the preview lists the new check-in with the tag already in place.
    const QString checkInId = QString::number(logged.json.toObject().value(u"id"_s).toInteger());
    m_editor->refreshPreview();
    QVERIFY(waitForPreview());
    QList<sync::PreviewItem> forNew;
    for (const auto& item : itemsOf(m_editor.get(), u"tag_add"_s, u"met"_s)) {
        if (item.source.contains(u"#"_s + checkInId + u" "_s)) {
            forNew.append(item);
        }
    }
    QCOMPARE(forNew.size(), 1);
    QVERIFY2(forNew.first().detail.startsWith(u"hot-lead"_s) && forNew.first().detail != u"hot-lead"_s,
             qPrintable(forNew.first().detail));
}

void TestRulesEditor::previewWithoutLedgerExplains()
{
    m_editor = openEditor();
    m_editor->setLedgerPath(m_data.filePath(u"no-such-ledger.sqlite"_s));
    QVERIFY(waitForPreview());
    QCOMPARE(m_editor->previewModel()->rowCount(), 0);
    QVERIFY2(m_editor->previewStatus().contains(u"No check-ins read yet"_s), qPrintable(m_editor->previewStatus()));
    QVERIFY(!QFile::exists(m_data.filePath(u"no-such-ledger.sqlite"_s))); // the preview never creates a ledger
}

void TestRulesEditor::everyControlNamedAndReachableByKeyboard()
{
    m_editor = openEditor();
    // Every control the screen creates has an objectName (tests, screenshots) and an accessible name (screen
    // readers); the inner parts of composite widgets (a spin box's line edit, a table's header) are theirs.
    int checked = 0;
    for (QWidget* w : m_editor->findChildren<QWidget*>()) {
        const bool control = qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w)
            || qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QAbstractItemView*>(w)
            || qobject_cast<QPlainTextEdit*>(w);
        QWidget* parent = w->parentWidget();
        const bool inner = w->objectName().startsWith(u"qt_"_s) || qobject_cast<QAbstractSpinBox*>(parent)
            || qobject_cast<QComboBox*>(parent) || qobject_cast<QTabBar*>(parent)
            || qobject_cast<QAbstractItemView*>(parent) || (parent && qobject_cast<QAbstractItemView*>(parent->parentWidget()));
        if (!control || inner) {
            continue;
        }
        ++checked;
        QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    QVERIFY(checked > 25);
    // Mnemonics switch the pages; Tab leaves a table instead of walking its cells.
    auto* tabs = child<QTabWidget>(u"rulesTabs"_s);
    QTest::keyClick(m_editor.get(), Qt::Key_T, Qt::AltModifier);
    QCOMPARE(tabs->currentIndex(), int(RulesEditor::Tab::FollowUps));
    QTest::keyClick(m_editor.get(), Qt::Key_R, Qt::AltModifier);
    QCOMPARE(tabs->currentIndex(), int(RulesEditor::Tab::Routing));
    QTest::keyClick(m_editor.get(), Qt::Key_N, Qt::AltModifier);
    QCOMPARE(tabs->currentIndex(), int(RulesEditor::Tab::NotesAndTags));
    QTest::keyClick(m_editor.get(), Qt::Key_L, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), child<QSpinBox>(u"previewCheckInsSpin"_s));
    auto* table = child<QTableView>(u"previewTable"_s);
    QVERIFY(!table->tabKeyNavigation());
    QVERIFY(!child<QTableView>(u"outcomeTable"_s)->tabKeyNavigation());
}

void TestRulesEditor::liveUsersAndTagsOffered()
{
    m_editor = openEditor();
    auto* source = new ApiRulesSource(sync::highLevelServiceConfig(m_setup), m_setup.config.locationId,
                                      sync::badgerServiceConfig(m_setup), m_editor.get());
    QSignalSpy users(source, &RulesSource::usersLoaded);
    QSignalSpy tags(source, &RulesSource::tagsLoaded);
    m_editor->setSource(source);
    QVERIFY(users.wait(10000));
    QVERIFY(tags.count() > 0 || tags.wait(10000));

    // The connected Badger user and the location's tags, as the APIs give them.
    const api::ApiResult profile = m_sandbox.send(api::badger::request::profile());
    QVERIFY(profile.ok());
    const QString me = QString::number(profile.json.toObject().value(u"id"_s).toInteger());
    const QString myName = QString(profile.json.toObject().value(u"first_name"_s).toString() + u' '
                                   + profile.json.toObject().value(u"last_name"_s).toString())
                               .trimmed();
    const api::ApiResult locationTags = m_sandbox.send(api::ghl::request::listLocationTags(m_setup.config.locationId));
    QVERIFY(locationTags.ok());
    const QJsonArray tagList = locationTags.json.toObject().value(u"tags"_s).toArray();
    QVERIFY(!tagList.isEmpty());

    child<QTabWidget>(u"rulesTabs"_s)->setCurrentIndex(int(RulesEditor::Tab::Routing));
    QTest::mouseClick(child<QPushButton>(u"userMapTableAdd"_s), Qt::LeftButton);
    auto* model = m_editor->userMapModel();
    QStringList offered;
    for (const QVariant& v : model->index(0, UserMapModel::BadgerUser).data(RuleTableModel::ChoicesRole).toList()) {
        offered.append(v.toMap().value(u"value"_s).toString());
    }
    QVERIFY2(offered.contains(me), qPrintable(offered.join(u", "_s)));
    QVERIFY(!model->index(0, UserMapModel::HighLevelUser).data(RuleTableModel::ChoicesRole).toList().isEmpty());
    // Picking the live entry in the cell's combo stores the id and names the pair.
    auto* table = child<QTableView>(u"userMapTable"_s);
    table->setFocus();
    table->setCurrentIndex(model->index(0, UserMapModel::BadgerUser));
    QTest::keyClick(table, Qt::Key_F2);
    auto* combo = qobject_cast<QComboBox*>(QApplication::focusWidget()->parentWidget());
    if (!combo) {
        combo = qobject_cast<QComboBox*>(QApplication::focusWidget());
    }
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(me));
    QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE(m_editor->document()->rules().users.first().badgerUser, me);
    QCOMPARE(m_editor->document()->rules().users.first().name, myName.isEmpty() ? QString() : myName);
    // Tags are offered where rules name tags.
    child<QTabWidget>(u"rulesTabs"_s)->setCurrentIndex(int(RulesEditor::Tab::Outcomes));
    QTest::mouseClick(child<QPushButton>(u"outcomeTableAdd"_s), Qt::LeftButton);
    QCOMPARE(m_editor->outcomeModel()->index(0, OutcomeRulesModel::AddTags).data(RuleTableModel::ChoicesRole).toList().size(),
             tagList.size());
}

QTEST_MAIN(TestRulesEditor)
#include "tst_rules_editor.moc"
