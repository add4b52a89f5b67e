// The mapping editor's models on their own: QAbstractItemModelTester on each, the field MIME payload, and every
// drop the field lists and the mapping table accept or refuse (dropMimeData called directly, as a view would).

#include "mapping/FieldListModel.h"
#include "mapping/FieldMime.h"
#include "mapping/MappingTableModel.h"
#include "mapping/TransformListModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace fb::ui;
using fb::sync::Direction;
using fb::sync::FieldCatalog;
using fb::sync::MappingDocument;
using fb::sync::MappingIssue;
using fb::sync::Side;

namespace {
using Tester = QAbstractItemModelTester;

FieldCatalog catalog()
{
    FieldCatalog c = FieldCatalog::standard();
    c.addHighLevelCustomFields(QJsonArray{
        QJsonObject{{u"id"_s, u"CfRegion0001"_s}, {u"name"_s, u"Region"_s}, {u"dataType"_s, u"TEXT"_s}},
        QJsonObject{{u"id"_s, u"CfRevenue001"_s}, {u"name"_s, u"Revenue"_s}, {u"dataType"_s, u"NUMERICAL"_s}}});
    c.addBadgerDatafields(QJsonArray{
        QJsonObject{{u"name"_s, u"ct3"_s}, {u"label"_s, u"Territory"_s}, {u"type"_s, u"text"_s}},
        QJsonObject{{u"name"_s, u"cn"_s}, {u"label"_s, u"Annual revenue"_s}, {u"type"_s, u"numeric"_s}}});
    return c;
}

std::unique_ptr<QMimeData> mime(Side side, const QString& id)
{
    return std::unique_ptr<QMimeData>(FieldMime::create({side, id}));
}

int rowOf(const MappingTableModel& model, const QString& hl, const QString& bg)
{
    for (int i = 0; i < model.rowCount(); ++i) {
        if (model.mappingRow(i)->highLevelField == hl && model.mappingRow(i)->badgerField == bg) {
            return i;
        }
    }
    return -1;
}

bool hasIssue(const QList<MappingIssue>& issues, const QString& fragment)
{
    return std::any_of(issues.cbegin(), issues.cend(), [&](const MappingIssue& i) { return i.message.contains(fragment); });
}
} // namespace

class TestMappingModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mimeRoundTrip_data();
    void mimeRoundTrip();
    void mimeRefusesForeignPayloads_data();
    void mimeRefusesForeignPayloads();

    void fieldListModelPassesTester();
    void fieldListMimeDataCarriesStableId();
    void fieldListDrop_data();
    void fieldListDrop();

    void tableModelPassesTesterThroughEveryEdit();
    void tableDrop_data();
    void tableDrop();
    void dropsAreUndoable();
    void typeMismatchIsAnErrorUntilUndone();
    void duplicateTargetAndMissingRequiredField();
    void incompleteRowIsAnError();

    void transformListModelPassesTester();
    void transformDescriptions_data();
    void transformDescriptions();
};

void TestMappingModels::mimeRoundTrip_data()
{
    QTest::addColumn<int>("side");
    QTest::addColumn<QString>("id");
    QTest::newRow("HighLevel standard field") << int(Side::HighLevel) << u"email"_s;
    QTest::newRow("HighLevel custom field") << int(Side::HighLevel) << u"customField:CfRegion0001"_s;
    QTest::newRow("Badger location field") << int(Side::Badger) << u"location.city"_s;
    QTest::newRow("Badger id with unicode") << int(Side::Badger) << u"custom_text3 \u00e9\u6771"_s;
}

void TestMappingModels::mimeRoundTrip()
{
    QFETCH(int, side);
    QFETCH(QString, id);
    auto data = mime(Side(side), id);
    QVERIFY(data->hasFormat(u"application/x-fieldbridge-field"_s));
    FieldRef back;
    QVERIFY(FieldMime::read(data.get(), &back));
    QCOMPARE(int(back.side), side);
    QCOMPARE(back.id, id);
}

void TestMappingModels::mimeRefusesForeignPayloads_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("not JSON") << "email"_ba;
    QTest::newRow("JSON array") << "[\"highlevel\",\"email\"]"_ba;
    QTest::newRow("unknown side") << "{\"side\":\"salesforce\",\"id\":\"email\"}"_ba;
    QTest::newRow("empty id") << "{\"side\":\"badger\",\"id\":\"\"}"_ba;
    QTest::newRow("no id") << "{\"side\":\"badger\"}"_ba;
}

void TestMappingModels::mimeRefusesForeignPayloads()
{
    QFETCH(QByteArray, payload);
    QMimeData data;
    data.setData(FieldMime::mimeType(), payload);
    FieldRef out;
    QVERIFY(!FieldMime::read(&data, &out));
    QMimeData text;
    text.setText(u"email"_s); // plain text of the right id is not a field drag
    QVERIFY(!FieldMime::read(&text, &out));
}

void TestMappingModels::fieldListModelPassesTester()
{
    FieldListModel model(Side::Badger);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setCatalog(FieldCatalog::standard());
    model.setCatalog(catalog());
    QCOMPARE(model.rowCount(), catalog().fields(Side::Badger).size());
    QCOMPARE(model.columnCount(), 2);
    const int territory = model.rowOf(u"custom_text3"_s);
    QVERIFY(territory >= 0);
    QVERIFY(model.index(territory, 0).data(FieldListModel::CustomRole).toBool());
    QCOMPARE(model.index(territory, 1).data().toString(), u"text"_s);
    QVERIFY(!model.index(territory, 0).data(FieldListModel::MappedRole).toBool());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setMappedIds({u"custom_text3"_s});
    QCOMPARE(changed.size(), 1);
    QVERIFY(model.index(territory, 0).data(FieldListModel::MappedRole).toBool());
    QVERIFY(model.index(territory, 0).data(Qt::ToolTipRole).toString().contains(u"Already mapped"_s));
    model.setMappedIds({u"custom_text3"_s});
    QCOMPARE(changed.size(), 1); // no change, no signal
    const int accountName = model.rowOf(u"last_name"_s);
    QVERIFY(model.index(accountName, 0).data(FieldListModel::RequiredRole).toBool());
}

void TestMappingModels::fieldListMimeDataCarriesStableId()
{
    FieldListModel model(Side::HighLevel);
    model.setCatalog(catalog());
    const int row = model.rowOf(u"customField:CfRegion0001"_s);
    QVERIFY(row >= 0);
    QCOMPARE(model.mimeTypes(), QStringList{u"application/x-fieldbridge-field"_s});
    std::unique_ptr<QMimeData> data(model.mimeData({model.index(row, 1), model.index(row, 0)}));
    QVERIFY(data);
    FieldRef ref;
    QVERIFY(FieldMime::read(data.get(), &ref));
    QVERIFY(ref.side == Side::HighLevel);
    QCOMPARE(ref.id, u"customField:CfRegion0001"_s);
    QVERIFY(!model.mimeData({}));
    QCOMPARE(model.supportedDragActions(), Qt::CopyAction);
}

void TestMappingModels::fieldListDrop_data()
{
    QTest::addColumn<int>("listSide");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("droppedSide");
    QTest::addColumn<QString>("dropped");
    QTest::addColumn<int>("action");
    QTest::addColumn<bool>("onItem");
    QTest::addColumn<QString>("expectHighLevel"); // empty: refused
    QTest::addColumn<QString>("expectBadger");
    QTest::newRow("HighLevel field onto a Badger field")
        << int(Side::Badger) << u"custom_text3"_s << int(Side::HighLevel) << u"customField:CfRegion0001"_s
        << int(Qt::CopyAction) << true << u"customField:CfRegion0001"_s << u"custom_text3"_s;
    QTest::newRow("Badger field onto a HighLevel field")
        << int(Side::HighLevel) << u"website"_s << int(Side::Badger) << u"customer_id"_s << int(Qt::CopyAction)
        << true << u"website"_s << u"customer_id"_s;
    QTest::newRow("same side refused") << int(Side::HighLevel) << u"website"_s << int(Side::HighLevel) << u"email"_s
                                       << int(Qt::CopyAction) << true << QString() << QString();
    QTest::newRow("unknown field refused") << int(Side::HighLevel) << u"website"_s << int(Side::Badger)
                                           << u"custom_text9"_s << int(Qt::CopyAction) << true << QString()
                                           << QString();
    QTest::newRow("between fields refused") << int(Side::HighLevel) << u"website"_s << int(Side::Badger)
                                            << u"customer_id"_s << int(Qt::CopyAction) << false << QString()
                                            << QString();
    QTest::newRow("move action refused") << int(Side::HighLevel) << u"website"_s << int(Side::Badger)
                                         << u"customer_id"_s << int(Qt::MoveAction) << true << QString() << QString();
}

void TestMappingModels::fieldListDrop()
{
    QFETCH(int, listSide);
    QFETCH(QString, target);
    QFETCH(int, droppedSide);
    QFETCH(QString, dropped);
    QFETCH(int, action);
    QFETCH(bool, onItem);
    QFETCH(QString, expectHighLevel);
    QFETCH(QString, expectBadger);
    FieldListModel model{Side(listSide)};
    model.setCatalog(catalog());
    QSignalSpy paired(&model, &FieldListModel::pairDropped);
    auto data = mime(Side(droppedSide), dropped);
    const int row = model.rowOf(target);
    QVERIFY(row >= 0);
    const QModelIndex parent = onItem ? model.index(row, 0) : QModelIndex();
    const int dropRow = onItem ? -1 : row;
    const bool accepted = !expectHighLevel.isEmpty();
    QCOMPARE(model.canDropMimeData(data.get(), Qt::DropAction(action), dropRow, -1, parent), accepted);
    QCOMPARE(model.dropMimeData(data.get(), Qt::DropAction(action), dropRow, -1, parent), accepted);
    QCOMPARE(paired.size(), accepted ? 1 : 0);
    if (accepted) {
        QCOMPARE(paired.first().at(0).toString(), expectHighLevel);
        QCOMPARE(paired.first().at(1).toString(), expectBadger);
    }
}

void TestMappingModels::tableModelPassesTesterThroughEveryEdit()
{
    QUndoStack undo;
    MappingTableModel model(&undo);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setCatalog(catalog());
    model.setDocument(MappingDocument::defaults());
    const int rows = model.rowCount();
    QCOMPARE(rows, MappingDocument::defaults().fields.size());
    QVERIFY(model.addPair(u"website"_s, u"customer_id"_s) >= 0);
    QVERIFY(model.addPair(u"customField:CfRegion0001"_s, QString(), 0) == 0);
    QVERIFY(model.setRowField(0, Side::Badger, u"custom_text3"_s));
    QVERIFY(model.setDirection(1, Direction::ToHighLevel));
    QVERIFY(model.setConflictPolicy(1, fb::sync::ConflictPolicy::AskMe));
    QVERIFY(model.setRowEnabled(2, false));
    QVERIFY(model.setData(model.index(3, MappingTableModel::EnabledColumn), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(model.setTransforms(4, {}));
    QVERIFY(model.removeMappingRow(5));
    MappingDocument other = MappingDocument::defaults();
    other.fields.resize(3);
    model.replaceDocument(other, u"replace"_s);
    QCOMPARE(model.rowCount(), 3);
    // Walk the whole history back and forth with the tester watching every signal.
    while (undo.canUndo()) {
        undo.undo();
    }
    QCOMPARE(model.document(), MappingDocument::defaults());
    while (undo.canRedo()) {
        undo.redo();
    }
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.setDirection(99, Direction::Both));
    QVERIFY(!model.setRowEnabled(0, model.mappingRow(0)->enabled)); // no change, no undo step
    QCOMPARE(undo.count(), 10);
}

void TestMappingModels::tableDrop_data()
{
    QTest::addColumn<int>("side");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("targetRow");   // -1: empty space below the rows
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("expectHighLevel");
    QTest::addColumn<QString>("expectBadger");
    // Default rows: 0 firstName~first_name, 1 lastName~last_name, 2 email~email, 3 phone~phone_number, ...
    QTest::newRow("HighLevel field replaces a row's HighLevel side")
        << int(Side::HighLevel) << u"customField:CfRegion0001"_s << 0 << true << u"customField:CfRegion0001"_s
        << u"first_name"_s;
    QTest::newRow("Badger field replaces a row's Badger side")
        << int(Side::Badger) << u"custom_text3"_s << 1 << true << u"lastName"_s << u"custom_text3"_s;
    QTest::newRow("HighLevel field on empty space starts a row")
        << int(Side::HighLevel) << u"website"_s << -1 << true << u"website"_s << QString();
    QTest::newRow("Badger field on empty space starts a row")
        << int(Side::Badger) << u"notes"_s << -1 << true << QString() << u"notes"_s;
    QTest::newRow("the row's own field is refused") << int(Side::Badger) << u"email"_s << 2 << false << QString()
                                                    << QString();
    QTest::newRow("a field no catalog knows is refused")
        << int(Side::HighLevel) << u"customField:gone"_s << 0 << false << QString() << QString();
}

void TestMappingModels::tableDrop()
{
    QFETCH(int, side);
    QFETCH(QString, field);
    QFETCH(int, targetRow);
    QFETCH(bool, accepted);
    QFETCH(QString, expectHighLevel);
    QFETCH(QString, expectBadger);
    QUndoStack undo;
    MappingTableModel model(&undo);
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setCatalog(catalog());
    model.setDocument(MappingDocument::defaults());
    const int before = model.rowCount();
    auto data = mime(Side(side), field);
    // A view passes the cell for a drop on an item, and row -1 with no parent for empty space.
    const int column = side == int(Side::HighLevel) ? MappingTableModel::HighLevelColumn : MappingTableModel::BadgerColumn;
    const QModelIndex parent = targetRow >= 0 ? model.index(targetRow, column) : QModelIndex();
    QCOMPARE(model.canDropMimeData(data.get(), Qt::CopyAction, -1, -1, parent), accepted);
    QCOMPARE(model.dropMimeData(data.get(), Qt::CopyAction, -1, -1, parent), accepted);
    QCOMPARE(undo.count(), accepted ? 1 : 0);
    if (!accepted) {
        QCOMPARE(model.document(), MappingDocument::defaults());
        return;
    }
    const int row = targetRow >= 0 ? targetRow : before;
    QCOMPARE(model.rowCount(), targetRow >= 0 ? before : before + 1);
    QCOMPARE(model.mappingRow(row)->highLevelField, expectHighLevel);
    QCOMPARE(model.mappingRow(row)->badgerField, expectBadger);
    QCOMPARE(model.mappingRow(row)->id, QString(expectHighLevel + u'~' + expectBadger));
    // Copy is the only action: a move would ask the source list to drop the field.
    QVERIFY(!model.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, parent));
}

void TestMappingModels::dropsAreUndoable()
{
    QUndoStack undo;
    MappingTableModel model(&undo);
    model.setCatalog(catalog());
    model.setDocument(MappingDocument::defaults());
    // Empty space, then the other side onto the new row: a complete row built by two drops.
    auto hl = mime(Side::HighLevel, u"customField:CfRegion0001"_s);
    QVERIFY(model.dropMimeData(hl.get(), Qt::CopyAction, -1, -1, {}));
    const int row = model.rowCount() - 1;
    QCOMPARE(model.rowSeverity(row), MappingTableModel::Severity::Error); // waiting for its Badger field
    auto bg = mime(Side::Badger, u"custom_text3"_s);
    QVERIFY(model.dropMimeData(bg.get(), Qt::CopyAction, -1, -1, model.index(row, MappingTableModel::HighLevelColumn)));
    QCOMPARE(model.mappingRow(row)->badgerField, u"custom_text3"_s);
    QCOMPARE(model.rowSeverity(row), MappingTableModel::Severity::None);
    QCOMPARE(model.mappingRow(row)->transforms.size(), 1); // a text field starts with trim
    undo.undo();
    QCOMPARE(model.mappingRow(row)->badgerField, QString());
    undo.undo();
    QCOMPARE(model.document(), MappingDocument::defaults());
    undo.redo();
    undo.redo();
    QCOMPARE(model.mappingRow(row)->id, u"customField:CfRegion0001~custom_text3"_s);
    // A half row that would become a copy of an existing pair refuses the drop.
    auto first = mime(Side::Badger, u"first_name"_s);
    QVERIFY(model.dropMimeData(first.get(), Qt::CopyAction, -1, -1, {}));
    const int half = model.rowCount() - 1;
    auto firstName = mime(Side::HighLevel, u"firstName"_s);
    const QModelIndex cell = model.index(half, MappingTableModel::HighLevelColumn);
    QVERIFY(!model.canDropMimeData(firstName.get(), Qt::CopyAction, -1, -1, cell));
    QVERIFY(!model.dropMimeData(firstName.get(), Qt::CopyAction, -1, -1, cell));
    QCOMPARE(model.mappingRow(half)->highLevelField, QString());
}

void TestMappingModels::typeMismatchIsAnErrorUntilUndone()
{
    QUndoStack undo;
    MappingTableModel model(&undo);
    model.setCatalog(catalog());
    model.setDocument(MappingDocument::defaults());
    QVERIFY(!model.hasErrors());
    // Email text into a numeric Badger field loses its meaning.
    const int row = model.addPair(u"website"_s, u"custom_numeric"_s);
    QVERIFY(row >= 0);
    QCOMPARE(model.rowSeverity(row), MappingTableModel::Severity::Error);
    QVERIFY(hasIssue(model.rowIssues(row), u"Type mismatch"_s));
    const QString tip = model.index(row, MappingTableModel::BadgerColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"Type mismatch"_s), qPrintable(tip));
    QVERIFY(!model.index(row, MappingTableModel::HighLevelColumn).data(Qt::DecorationRole).isNull());
    QVERIFY(model.hasErrors());
    // One way from Badger to HighLevel is fine: a number is valid text.
    QVERIFY(model.setDirection(row, Direction::ToHighLevel));
    QCOMPARE(model.rowSeverity(row), MappingTableModel::Severity::None);
    undo.undo();
    QCOMPARE(model.rowSeverity(row), MappingTableModel::Severity::Error);
    undo.undo();
    QCOMPARE(rowOf(model, u"website"_s, u"custom_numeric"_s), -1);
    QVERIFY(!model.hasErrors());
}

void TestMappingModels::duplicateTargetAndMissingRequiredField()
{
    QUndoStack undo;
    MappingTableModel model(&undo);
    model.setCatalog(catalog());
    model.setDocument(MappingDocument::defaults());
    const int row = model.addPair(u"companyName"_s, u"last_name"_s);
    QVERIFY(hasIssue(model.rowIssues(row), u"written by two rows"_s));
    QCOMPARE(model.rowSeverity(row), MappingTableModel::Severity::Error);
    undo.undo();
    QVERIFY(!model.hasErrors());
    // Without a row writing Badger's account name, Badger accounts cannot be created.
    QVERIFY(model.removeMappingRow(rowOf(model, u"lastName"_s, u"last_name"_s)));
    QVERIFY(hasIssue(model.documentIssues(), u"Account name"_s));
    QVERIFY(model.hasErrors());
    undo.undo();
    QVERIFY(model.documentIssues().isEmpty());
}

void TestMappingModels::incompleteRowIsAnError()
{
    QUndoStack undo;
    MappingTableModel model(&undo);
    model.setCatalog(catalog());
    const int row = model.addPair(QString(), u"notes"_s);
    QVERIFY(row >= 0);
    QVERIFY(hasIssue(model.rowIssues(row), u"Choose a HighLevel field"_s));
    QCOMPARE(model.index(row, MappingTableModel::HighLevelColumn).data().toString(), u"(drop a HighLevel field here)"_s);
    QVERIFY(model.mappedIds(Side::Badger).contains(u"notes"_s));
    QVERIFY(!model.mappedIds(Side::HighLevel).contains(QString()));
}

void TestMappingModels::transformListModelPassesTester()
{
    TransformListModel model;
    Tester tester(&model, Tester::FailureReportingMode::QtTest);
    model.setTransforms(MappingDocument::defaults().fields.at(2).transforms); // trim, lower case
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.append(u"phone"_s), 2);
    QVERIFY(model.setParams(2, {{u"region"_s, u"GB"_s}}));
    QVERIFY(model.move(2, -1));
    QCOMPARE(model.transforms().at(1).kind, u"phone"_s);
    QVERIFY(model.move(0, +1));
    QCOMPARE(model.transforms().at(0).kind, u"phone"_s);
    QVERIFY(!model.move(0, -1));
    QVERIFY(!model.move(2, +1));
    QVERIFY(model.remove(1));
    QVERIFY(!model.remove(5));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(TransformListModel::KindRole).toString(), u"phone"_s);
    QCOMPARE(model.index(0).data().toString(), u"Phone to E.164 (GB)"_s);
}

void TestMappingModels::transformDescriptions_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<QString>("text");
    QTest::newRow("trim") << u"trim"_s << QJsonObject{} << u"Trim spaces"_s;
    QTest::newRow("case for one side") << u"case"_s << QJsonObject{{u"mode"_s, u"title"_s}, {u"only"_s, u"badger"_s}}
                                       << u"Title case (into Badger only)"_s;
    QTest::newRow("phone, mapping default region") << u"phone"_s << QJsonObject{} << u"Phone to E.164"_s;
    QTest::newRow("date") << u"date"_s << TransformListModel::defaultParams(u"date"_s)
                          << u"Date yyyy-MM-dd \u21c4 MM/dd/yyyy"_s;
    QTest::newRow("map") << u"map"_s
                         << QJsonObject{{u"values"_s, QJsonObject{{u"A"_s, u"1"_s}, {u"B"_s, u"2"_s}}}}
                         << u"Map 2 values"_s;
    QTest::newRow("unknown kind") << u"rot13"_s << QJsonObject{} << u"Unknown transform \u201crot13\u201d"_s;
}

void TestMappingModels::transformDescriptions()
{
    QFETCH(QString, kind);
    QFETCH(QJsonObject, params);
    QFETCH(QString, text);
    QCOMPARE(TransformListModel::describe(fb::sync::Transform{kind, params}), text);
}

QTEST_MAIN(TestMappingModels)
#include "tst_mappingmodels.moc"
