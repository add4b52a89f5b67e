// The mapping editor as a user meets it, offscreen, against a real SandboxServer (generated seed) through
// ApiMappingSource: live fields and samples, building rows by drag (synthetic drag events on the real views) and by
// keyboard, a type-mismatch error and its undo, row settings, transforms, save and reload, import and export.

#include "mapping/ApiMappingSource.h"
#include "mapping/FieldListModel.h"
#include "mapping/MappingEditor.h"
#include "mapping/MappingTableModel.h"
#include "mapping/RowPreview.h"
#include "mapping/TransformDialog.h"

#include "SandboxServer.h"
#include "core/AppPaths.h"
#include "generator/SeedGenerator.h"
#include "sync/RecordAdapter.h"
#include "sync/SyncConfig.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace fb::ui;
using fb::sync::Direction;
using fb::sync::FieldType;
using fb::sync::MappingDocument;
using fb::sync::Side;

namespace {
using Creds = fb::sandbox::GeneratedSeedCredentials;

// Sends the drag events a real drag would deliver to a view's viewport; true when the drop was accepted.
bool dropOn(QAbstractItemView* view, QMimeData* data, const QPoint& pos)
{
    QWidget* vp = view->viewport();
    QDragEnterEvent enter(pos, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(vp, &enter);
    QDragMoveEvent move(pos, Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(vp, &move);
    if (!move.isAccepted()) {
        QDragLeaveEvent leave;
        QApplication::sendEvent(vp, &leave);
        return false;
    }
    QDropEvent drop(QPointF(pos), Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(vp, &drop);
    return drop.isAccepted();
}

QModelIndex findField(QTreeView* view, const QString& id)
{
    QAbstractItemModel* m = view->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data(FieldListModel::FieldIdRole).toString() == id) {
            return m->index(r, 0);
        }
    }
    return {};
}

int rowOf(const MappingTableModel* model, const QString& hl, const QString& bg)
{
    for (int i = 0; i < model->rowCount(); ++i) {
        if (model->mappingRow(i)->highLevelField == hl && model->mappingRow(i)->badgerField == bg) {
            return i;
        }
    }
    return -1;
}

const fb::sync::FieldInfo* firstOfType(const fb::sync::FieldCatalog& catalog, Side side, FieldType type, bool custom)
{
    for (const auto& f : catalog.fields(side)) {
        if (f.type == type && f.custom == custom) {
            return &f;
        }
    }
    return nullptr;
}
} // namespace

class TestMappingEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void loadsLiveFieldsAndSamples();
    void loadFailureIsExplained();
    void buildByDrag();
    void buildByKeyboard();
    void typeMismatchWarningUndoAndSaveRefusal();
    void rowSettingsByKeyboard();
    void transformDialogEditsTheRow();
    void saveAndReloadIntact();
    void importExportRoundTrip();
    void importErrorsAreShown_data();
    void importErrorsAreShown();

private:
    std::unique_ptr<MappingEditor> openEditor(bool live = true);
    template <typename T>
    T* child(const QString& name)
    {
        T* w = m_editor->findChild<T*>(name);
        if (!w) {
            qWarning("no child %s", qPrintable(name));
        }
        return w;
    }

    QTemporaryDir m_data;
    fb::sandbox::SandboxServer m_server;
    fb::api::ServiceConfig m_highLevel;
    fb::api::ServiceConfig m_badger;
    QJsonObject m_sampleContact;
    QJsonObject m_sampleAccount;
    std::unique_ptr<MappingEditor> m_editor;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestMappingEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_data.isValid());
    fb::paths::setDataDirOverride(m_data.path());
    QString error;
    QVERIFY2(m_server.start(0, &error), qPrintable(error));
    m_server.loadSeed(fb::sandbox::generateSeed(12, 20261204));
    m_highLevel.baseUrl = m_server.highLevelBaseUrl();
    m_highLevel.credential = QString::fromLatin1(Creds::kHighLevelToken);
    m_highLevel.accountKey = QString::fromLatin1(Creds::kHighLevelLocationId);
    m_badger.baseUrl = m_server.badgerBaseUrl();
    m_badger.credential = QString::fromLatin1(Creds::kBadgerApiKey);
    m_badger.accountKey = u"sandbox"_s;
}

void TestMappingEditor::init()
{
    QFile::remove(fb::sync::mappingPath());
}

void TestMappingEditor::cleanup()
{
    m_testers.clear();
    m_editor.reset();
}

std::unique_ptr<MappingEditor> TestMappingEditor::openEditor(bool live)
{
    auto editor = std::make_unique<MappingEditor>();
    editor->resize(1280, 1000);
    // Every model the editor shows is watched while the test drives it.
    for (QAbstractItemModel* m : std::initializer_list<QAbstractItemModel*>{
             editor->mappingModel(), editor->fieldModel(Side::HighLevel), editor->fieldModel(Side::Badger)}) {
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    if (live) {
        auto* source = new ApiMappingSource(m_highLevel, QString::fromLatin1(Creds::kHighLevelLocationId), m_badger,
                                            editor.get());
        connect(source, &MappingSource::samplesLoaded, this, [this](const QJsonObject& c, const QJsonObject& a) {
            m_sampleContact = c;
            m_sampleAccount = a;
        });
        editor->setSource(source);
    }
    editor->show();
    if (!QTest::qWaitForWindowActive(editor.get())) {
        qWarning("editor window not active");
    }
    if (live) {
        auto* preview = editor->findChild<RowPreview*>(u"rowPreview"_s);
        const auto standard = fb::sync::FieldCatalog::standard();
        if (!QTest::qWaitFor([&] {
                return preview->hasSamples()
                    && editor->catalog().fields(Side::HighLevel).size() > standard.fields(Side::HighLevel).size();
            }, 10000)) {
            qWarning("live data did not arrive: %s", qPrintable(editor->statusMessage()));
        }
    }
    return editor;
}

void TestMappingEditor::loadsLiveFieldsAndSamples()
{
    m_editor = openEditor();
    const auto standard = fb::sync::FieldCatalog::standard();
    QVERIFY(child<RowPreview>(u"rowPreview"_s)->hasSamples());
    // The custom fields of the generated seed arrived on both sides and are listed.
    for (Side side : {Side::HighLevel, Side::Badger}) {
        QVERIFY(m_editor->catalog().fields(side).size() > standard.fields(side).size());
        QCOMPARE(m_editor->fieldModel(side)->rowCount(), m_editor->catalog().fields(side).size());
    }
    QVERIFY2(m_editor->statusMessage().contains(u"Live fields loaded"_s), qPrintable(m_editor->statusMessage()));
    QVERIFY(!m_sampleContact.isEmpty());
    QVERIFY(!m_sampleAccount.isEmpty());

    // The email row previews the sample: its value on each side and what would be written.
    auto* table = child<QTableView>(u"mappingTable"_s);
    const int emailRow = rowOf(m_editor->mappingModel(), u"email"_s, u"email"_s);
    QVERIFY(emailRow >= 0);
    table->selectRow(emailRow);
    auto* preview = child<RowPreview>(u"rowPreview"_s);
    const auto hlValues = fb::sync::highLevelValues(m_sampleContact);
    const auto bgValues = fb::sync::badgerValues(m_sampleAccount);
    const QString hlEmail = hlValues.value(u"email"_s);
    QVERIFY(!hlEmail.isEmpty());
    QCOMPARE(preview->highLevelValue(), hlEmail);
    const auto* row = m_editor->mappingModel()->mappingRow(emailRow);
    const auto expected = fb::sync::convertValue(*row, hlEmail, Side::HighLevel, hlValues, m_editor->document().options);
    QCOMPARE(preview->toBadger(), expected.value);
    QCOMPARE(preview->toBadger(), hlEmail.trimmed().toLower());
    if (!bgValues.value(u"email"_s).isEmpty()) {
        QCOMPARE(preview->badgerValue(), bgValues.value(u"email"_s));
    }
    // One-way rows say so instead of a value.
    QVERIFY(m_editor->mappingModel()->setDirection(emailRow, Direction::ToHighLevel));
    QCOMPARE(preview->toBadger(), u"nothing (one way)"_s);
}

void TestMappingEditor::loadFailureIsExplained()
{
    m_editor = openEditor(false);
    fb::api::ServiceConfig wrong = m_highLevel;
    wrong.credential = u"pit-not-a-real-token"_s;
    auto* source = new ApiMappingSource(wrong, QString::fromLatin1(Creds::kHighLevelLocationId), m_badger,
                                        m_editor.get());
    QSignalSpy failed(source, &MappingSource::loadFailed);
    m_editor->setSource(source);
    QVERIFY(failed.wait(10000));
    QVERIFY2(m_editor->statusMessage().contains(u"HighLevel"_s), qPrintable(m_editor->statusMessage()));
    QVERIFY(child<QPushButton>(u"retryLoad"_s)->isVisible());
    // The standard fields stay usable.
    QCOMPARE(m_editor->fieldModel(Side::HighLevel)->rowCount(),
             fb::sync::FieldCatalog::standard().fields(Side::HighLevel).size());
}

void TestMappingEditor::buildByDrag()
{
    m_editor = openEditor();
    auto* hlView = child<QTreeView>(u"highLevelFieldList"_s);
    auto* bgView = child<QTreeView>(u"badgerFieldList"_s);
    auto* table = child<QTableView>(u"mappingTable"_s);
    MappingTableModel* model = m_editor->mappingModel();
    const int before = model->rowCount();

    // 1. A HighLevel field dropped on a Badger field pairs them.
    const QModelIndex website = findField(hlView, u"website"_s);
    const QModelIndex customerId = findField(bgView, u"customer_id"_s);
    QVERIFY(website.isValid() && customerId.isValid());
    std::unique_ptr<QMimeData> data(hlView->model()->mimeData({website}));
    QVERIFY(dropOn(bgView, data.get(), bgView->visualRect(customerId).center()));
    QCOMPARE(model->rowCount(), before + 1);
    QVERIFY(rowOf(model, u"website"_s, u"customer_id"_s) >= 0);
    QVERIFY(findField(bgView, u"customer_id"_s).data(FieldListModel::MappedRole).toBool());
    QCOMPARE(table->currentIndex().row(), before); // the new row is selected for its settings

    // 2. A custom field dropped on the table's empty space starts a row; a Badger field on that row completes it.
    const auto* hlCustom = firstOfType(m_editor->catalog(), Side::HighLevel, FieldType::Text, true);
    const auto* bgCustom = firstOfType(m_editor->catalog(), Side::Badger, FieldType::Text, true);
    QVERIFY(hlCustom && bgCustom);
    auto* filter = child<QLineEdit>(u"highLevelFieldFilter"_s);
    filter->setText(hlCustom->label); // the search filter narrows the list; drags go through the proxy
    QVERIFY(hlView->model()->rowCount() >= 1);
    data.reset(hlView->model()->mimeData({findField(hlView, hlCustom->id)}));
    const QRect last = table->visualRect(model->index(model->rowCount() - 1, 0));
    const QPoint empty(20, last.bottom() + 12);
    QVERIFY2(empty.y() < table->viewport()->height(), "the table needs empty space below its rows");
    QVERIFY(dropOn(table, data.get(), empty));
    const int half = model->rowCount() - 1;
    QCOMPARE(model->mappingRow(half)->highLevelField, hlCustom->id);
    QCOMPARE(model->rowSeverity(half), MappingTableModel::Severity::Error);
    data.reset(bgView->model()->mimeData({findField(bgView, bgCustom->id)}));
    const QPoint cell = table->visualRect(model->index(half, MappingTableModel::BadgerColumn)).center();
    QVERIFY(dropOn(table, data.get(), cell));
    QCOMPARE(model->mappingRow(half)->badgerField, bgCustom->id);
    QCOMPARE(model->rowSeverity(half), MappingTableModel::Severity::None);

    // 3. Dropping a field on a field of its own side is refused and changes nothing.
    data.reset(hlView->model()->mimeData({findField(hlView, hlCustom->id)}));
    QVERIFY(!dropOn(hlView, data.get(), hlView->visualRect(findField(hlView, hlCustom->id)).center()));
    QCOMPARE(m_editor->undoStack()->count(), 3);

    // Undo all three drops.
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    }
    QCOMPARE(m_editor->document(), MappingDocument::defaults());
}

void TestMappingEditor::buildByKeyboard()
{
    m_editor = openEditor();
    MappingTableModel* model = m_editor->mappingModel();
    auto* hlFilter = child<QLineEdit>(u"highLevelFieldFilter"_s);
    auto* bgFilter = child<QLineEdit>(u"badgerFieldFilter"_s);
    auto* hlView = child<QTreeView>(u"highLevelFieldList"_s);
    auto* bgView = child<QTreeView>(u"badgerFieldList"_s);
    auto* table = child<QTableView>(u"mappingTable"_s);
    const int before = model->rowCount();

    // Search, move into the list, select with Space: on each side; then Ctrl+P pairs them.
    hlFilter->setFocus();
    QTest::keyClicks(hlFilter, u"website"_s);
    QTest::keyClick(hlFilter, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), hlView);
    QTest::keyClick(hlView, Qt::Key_Space);
    bgFilter->setFocus();
    QTest::keyClicks(bgFilter, u"external"_s);
    QTest::keyClick(bgFilter, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), bgView);
    QTest::keyClick(bgView, Qt::Key_Space);
    QTest::keyClick(bgView, Qt::Key_P, Qt::ControlModifier);
    QCOMPARE(model->rowCount(), before + 1);
    const int row = rowOf(model, u"website"_s, u"customer_id"_s);
    QCOMPARE(row, before);
    QCOMPARE(table->currentIndex().row(), row);

    // Ctrl+R puts the selected field into the selected row (what a drop on a row does).
    bgFilter->clear();
    QTest::keyClicks(bgFilter, u"notes"_s);
    QTest::keyClick(bgFilter, Qt::Key_Tab);
    QTest::keyClick(bgView, Qt::Key_Space);
    QTest::keyClick(bgView, Qt::Key_R, Qt::ControlModifier);
    QCOMPARE(model->mappingRow(row)->badgerField, u"notes"_s);
    QCOMPARE(model->mappingRow(row)->id, u"website~notes"_s);

    // Delete on the table removes the selected row; Ctrl+Z brings it back, Ctrl+Shift+Z removes it again.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    QCOMPARE(model->rowCount(), before);
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(model->mappingRow(row)->id, u"website~notes"_s);
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(model->rowCount(), before);
    QTest::keyClick(table, Qt::Key_Y, Qt::ControlModifier); // nothing left to redo: no change
    QCOMPARE(model->rowCount(), before);
}

void TestMappingEditor::typeMismatchWarningUndoAndSaveRefusal()
{
    m_editor = openEditor();
    MappingTableModel* model = m_editor->mappingModel();
    const auto* number = firstOfType(m_editor->catalog(), Side::Badger, FieldType::Number, true);
    QVERIFY2(number, "the generated seed has a numeric Badger datafield");
    auto* hlFilter = child<QLineEdit>(u"highLevelFieldFilter"_s);
    auto* bgFilter = child<QLineEdit>(u"badgerFieldFilter"_s);
    hlFilter->setFocus();
    QTest::keyClicks(hlFilter, u"Website"_s);
    QTest::keyClick(hlFilter, Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    bgFilter->setFocus();
    QTest::keyClicks(bgFilter, number->label);
    QTest::keyClick(bgFilter, Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::ControlModifier);
    const int row = rowOf(model, u"website"_s, number->id);
    QVERIFY(row >= 0);

    // The row carries the error icon and tooltip; the summary and the row panel say it too.
    auto* table = child<QTableView>(u"mappingTable"_s);
    const QString tip = table->model()->index(row, MappingTableModel::HighLevelColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"Type mismatch"_s), qPrintable(tip));
    QVERIFY(!table->model()->index(row, MappingTableModel::HighLevelColumn).data(Qt::DecorationRole).isNull());
    QVERIFY2(m_editor->summary().contains(u"1 error"_s), qPrintable(m_editor->summary()));
    QVERIFY(child<QLabel>(u"rowIssues"_s)->text().contains(u"Type mismatch"_s));

    // Save refuses with a message and writes nothing.
    QSignalSpy saved(m_editor.get(), &MappingEditor::mappingSaved);
    QTest::keyClick(table, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved.size(), 0);
    QVERIFY2(m_editor->statusMessage().startsWith(u"Not saved"_s), qPrintable(m_editor->statusMessage()));
    QVERIFY(!QFile::exists(fb::sync::mappingPath()));

    // Undo removes the mismatch; now Save works.
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(rowOf(model, u"website"_s, number->id), -1);
    QVERIFY2(m_editor->summary().contains(u"no problems"_s), qPrintable(m_editor->summary()));
    QTest::keyClick(table, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(saved.size(), 1);
    QVERIFY(QFile::exists(fb::sync::mappingPath()));
}

void TestMappingEditor::rowSettingsByKeyboard()
{
    m_editor = openEditor();
    MappingTableModel* model = m_editor->mappingModel();
    auto* table = child<QTableView>(u"mappingTable"_s);
    const int row = rowOf(model, u"city"_s, u"location.city"_s);
    table->setFocus();
    table->selectRow(row);
    auto* direction = child<QComboBox>(u"directionCombo"_s);
    auto* conflict = child<QComboBox>(u"conflictCombo"_s);
    auto* enabled = child<QWidget>(u"enabledCheck"_s);
    direction->setFocus();
    QTest::keyClick(direction, Qt::Key_Down);
    QVERIFY(model->mappingRow(row)->direction == Direction::ToBadger);
    QCOMPARE(table->model()->index(row, MappingTableModel::DirectionColumn).data().toString(), u"\u2192"_s);
    conflict->setFocus();
    QTest::keyClick(conflict, Qt::Key_End);
    QVERIFY(model->mappingRow(row)->conflict == fb::sync::ConflictPolicy::AskMe);
    enabled->setFocus();
    QTest::keyClick(enabled, Qt::Key_Space);
    QVERIFY(!model->mappingRow(row)->enabled);
    QCOMPARE(m_editor->undoStack()->count(), 3);
    QVERIFY(m_editor->hasUnsavedChanges());
    // Undo walks the row back one setting at a time, and the panel follows.
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(model->mappingRow(row)->enabled);
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(conflict->currentData().toInt(), int(fb::sync::ConflictPolicy::NewestWins));
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(model->mappingRow(row)->direction == Direction::Both);
    QVERIFY(!m_editor->hasUnsavedChanges());
    // Reset to default is one undo step too.
    QVERIFY(model->removeMappingRow(0));
    m_editor->resetToDefault();
    QCOMPARE(m_editor->document().fields, MappingDocument::defaults().fields);
    m_editor->undoStack()->undo();
    QCOMPARE(model->rowCount(), MappingDocument::defaults().fields.size() - 1);
}

void TestMappingEditor::transformDialogEditsTheRow()
{
    m_editor = openEditor();
    MappingTableModel* model = m_editor->mappingModel();
    auto* table = child<QTableView>(u"mappingTable"_s);
    const int row = rowOf(model, u"phone"_s, u"phone_number"_s);
    table->selectRow(row);
    QTest::mouseClick(child<QPushButton>(u"editTransforms"_s), Qt::LeftButton);
    TransformDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_editor->findChild<TransformDialog*>(u"transformDialog"_s)) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    auto* list = dialog->findChild<QListView*>(u"transformList"_s);
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->currentIndex().row(), 0);
    auto* region = dialog->findChild<QLineEdit*>(u"phoneRegion"_s);
    QVERIFY(region->isVisible());
    QTest::keyClicks(region, u"gb"_s);
    // Add a trim in front (added last, moved up).
    auto* kind = dialog->findChild<QComboBox*>(u"transformKind"_s);
    kind->setCurrentIndex(kind->findData(u"trim"_s));
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"addTransform"_s), Qt::LeftButton);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"moveTransformUp"_s), Qt::LeftButton);
    // A template in a two-way row is explained before it is accepted.
    kind->setCurrentIndex(kind->findData(u"template"_s));
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"addTransform"_s), Qt::LeftButton);
    QVERIFY(!dialog->problem().isEmpty());
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"removeTransform"_s), Qt::LeftButton);
    QVERIFY(dialog->problem().isEmpty());
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"transformOk"_s), Qt::LeftButton);
    const auto& transforms = model->mappingRow(row)->transforms;
    QCOMPARE(transforms.size(), 2);
    QCOMPARE(transforms.at(0).kind, u"trim"_s);
    QCOMPARE(transforms.at(1).kind, u"phone"_s);
    QCOMPARE(transforms.at(1).params.value(u"region"_s).toString(), u"GB"_s);
    QVERIFY(table->model()->index(row, MappingTableModel::TransformColumn).data().toString().contains(u"(GB)"_s));
    m_editor->undoStack()->undo();
    QCOMPARE(model->mappingRow(row)->transforms, MappingDocument::defaults().fields.at(row).transforms);
}

void TestMappingEditor::saveAndReloadIntact()
{
    m_editor = openEditor();
    MappingTableModel* model = m_editor->mappingModel();
    const auto* hlCustom = firstOfType(m_editor->catalog(), Side::HighLevel, FieldType::Text, true);
    const auto* bgCustom = firstOfType(m_editor->catalog(), Side::Badger, FieldType::Text, true);
    QVERIFY(hlCustom && bgCustom);
    const int row = model->addPair(hlCustom->id, bgCustom->id);
    QVERIFY(model->setConflictPolicy(row, fb::sync::ConflictPolicy::BadgerWins));
    QVERIFY(model->setRowEnabled(rowOf(model, u"state"_s, u"location.state"_s), false));
    QVERIFY(model->removeMappingRow(rowOf(model, u"postalCode"_s, u"location.zipcode"_s)));
    QSignalSpy saved(m_editor.get(), &MappingEditor::mappingSaved);
    QVERIFY(m_editor->save());
    QCOMPARE(saved.size(), 1);
    const auto savedDoc = saved.first().first().value<MappingDocument>();
    QCOMPARE(savedDoc.fields, m_editor->document().fields);
    QVERIFY(!m_editor->hasUnsavedChanges());
    const auto fields = m_editor->document().fields;
    m_editor.reset();
    m_testers.clear();

    // A new editor on the same data directory (what a restart with --data-dir does) shows the saved rows.
    m_editor = openEditor();
    QCOMPARE(m_editor->document().fields, fields);
    QVERIFY(!m_editor->mappingModel()->hasErrors());
    MappingDocument onDisk;
    QString error;
    QVERIFY(fb::sync::loadMapping(fb::sync::mappingPath(), &onDisk, &error));
    QCOMPARE(onDisk.fields, fields);
}

void TestMappingEditor::importExportRoundTrip()
{
    m_editor = openEditor(false);
    MappingTableModel* model = m_editor->mappingModel();
    QVERIFY(model->addPair(u"website"_s, u"customer_id"_s) >= 0);
    QVERIFY(model->setDirection(0, Direction::ToHighLevel));
    const auto fields = m_editor->document().fields;
    const QString path = QDir(m_data.path()).filePath(u"exported.json"_s);
    QVERIFY(m_editor->exportTo(path));
    m_editor->resetToDefault();
    QCOMPARE(m_editor->document().fields, MappingDocument::defaults().fields);
    QVERIFY(m_editor->importFrom(path));
    QCOMPARE(m_editor->document().fields, fields);
    QVERIFY2(m_editor->statusMessage().contains(u"Imported 10"_s), qPrintable(m_editor->statusMessage()));
    m_editor->undoStack()->undo(); // the import is one step
    QCOMPARE(m_editor->document().fields, MappingDocument::defaults().fields);
    // A half-built row cannot be exported (the file format needs both fields).
    QVERIFY(model->addPair(u"website"_s, QString()) >= 0);
    QVERIFY(!m_editor->exportTo(QDir(m_data.path()).filePath(u"half.json"_s)));
    QVERIFY(m_editor->statusMessage().contains(u"only one field"_s));
    QVERIFY(!QFile::exists(QDir(m_data.path()).filePath(u"half.json"_s)));
}

void TestMappingEditor::importErrorsAreShown_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
    QTest::addColumn<QString>("message");
    QTest::newRow("missing file") << QByteArray() << u"does not exist"_s;
    QTest::newRow("not JSON") << "{ nope"_ba << u"not valid JSON"_s;
    QTest::newRow("another program's JSON") << "{\"name\":\"x\"}"_ba << u"not a Fieldbridge mapping"_s;
    QTest::newRow("newer format") << "{\"format\":\"fieldbridge-mapping\",\"version\":99,\"fields\":[]}"_ba
                                  << u"newer Fieldbridge"_s;
    QTest::newRow("row without a Badger field")
        << "{\"format\":\"fieldbridge-mapping\",\"version\":1,\"fields\":[{\"highlevel\":\"email\"}]}"_ba
        << u"needs both"_s;
}

void TestMappingEditor::importErrorsAreShown()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    m_editor = openEditor(false);
    const QString path = QDir(m_data.path()).filePath(u"import.json"_s);
    QFile::remove(path);
    if (!content.isEmpty()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    QVERIFY(!m_editor->importFrom(path));
    QVERIFY2(m_editor->statusMessage().startsWith(u"Not imported"_s), qPrintable(m_editor->statusMessage()));
    QVERIFY2(m_editor->statusMessage().contains(message), qPrintable(m_editor->statusMessage()));
    QCOMPARE(m_editor->document().fields, MappingDocument::defaults().fields);
    QCOMPARE(m_editor->undoStack()->count(), 0);
}

QTEST_MAIN(TestMappingEditor)
#include "tst_mappingeditor.moc"
