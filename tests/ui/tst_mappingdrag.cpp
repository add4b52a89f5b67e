// A real mouse drag in a real X window (Xvfb, QT_QPA_PLATFORM=xcb): QDrag::exec runs its nested loop while a timer
// moves the pointer over the target and releases the button (docs: toolchain.md §5). Offscreen cannot do this: there
// QDrag::exec returns at once.

#include "mapping/FieldListModel.h"
#include "mapping/MappingEditor.h"
#include "mapping/MappingTableModel.h"

#include "core/AppPaths.h"
#include "HarnessRequirement.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace fb::ui;
using fb::sync::Side;

namespace {
QModelIndex findField(QTreeView* view, const QString& id)
{
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const QModelIndex i = view->model()->index(r, 0);
        if (i.data(FieldListModel::FieldIdRole).toString() == id) {
            return i;
        }
    }
    return {};
}

// Presses on `from` in the source viewport, moves past the drag distance, and lets a timer finish the drag over
// `to` in the target viewport once QDrag::exec is running.
void realDrag(QWidget* sourceViewport, QPoint from, QWidget* targetViewport, QPoint to)
{
    QTimer::singleShot(200, targetViewport, [targetViewport, to] {
        QTest::mouseMove(targetViewport, to - QPoint(3, 0));
        QTest::mouseMove(targetViewport, to);
        QTest::mouseRelease(targetViewport, Qt::LeftButton, {}, to);
    });
    const int distance = QApplication::startDragDistance() + 5;
    QTest::mousePress(sourceViewport, Qt::LeftButton, {}, from);
    QTest::mouseMove(sourceViewport, from + QPoint(distance, 0));
    QTest::mouseMove(sourceViewport, from + QPoint(2 * distance, 2));
}
} // namespace

class TestMappingDrag : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dragFieldOntoOtherSideField();
    void dragFieldOntoTableThenOntoRow();

private:
    QTemporaryDir m_data;
};

void TestMappingDrag::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_data.isValid());
    fb::paths::setDataDirOverride(m_data.path());
    // A real mouse drag needs a real X server (Xvfb with QT_QPA_PLATFORM=xcb).
    FB_REQUIRE_HARNESS_PART(QGuiApplication::platformName() == u"xcb"_s, "a real X server (Xvfb, QT_QPA_PLATFORM=xcb)");
}

void TestMappingDrag::dragFieldOntoOtherSideField()
{
    MappingEditor editor;
    editor.resize(1280, 900);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto* hl = editor.findChild<QTreeView*>(u"highLevelFieldList"_s);
    auto* bg = editor.findChild<QTreeView*>(u"badgerFieldList"_s);
    const QModelIndex website = findField(hl, u"website"_s);
    const QModelIndex customerId = findField(bg, u"customer_id"_s);
    QVERIFY(website.isValid() && customerId.isValid());
    MappingTableModel* model = editor.mappingModel();
    const int before = model->rowCount();
    realDrag(hl->viewport(), hl->visualRect(website).center(), bg->viewport(), bg->visualRect(customerId).center());
    QTRY_COMPARE(model->rowCount(), before + 1);
    QCOMPARE(model->mappingRow(before)->highLevelField, u"website"_s);
    QCOMPARE(model->mappingRow(before)->badgerField, u"customer_id"_s);
    // A copy: the field stays in its list, now marked as mapped.
    QVERIFY(findField(hl, u"website"_s).data(FieldListModel::MappedRole).toBool());
}

void TestMappingDrag::dragFieldOntoTableThenOntoRow()
{
    MappingEditor editor;
    editor.resize(1280, 1000);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto* hl = editor.findChild<QTreeView*>(u"highLevelFieldList"_s);
    auto* bg = editor.findChild<QTreeView*>(u"badgerFieldList"_s);
    auto* table = editor.findChild<QTableView*>(u"mappingTable"_s);
    MappingTableModel* model = editor.mappingModel();
    const int before = model->rowCount();
    const QRect last = table->visualRect(model->index(before - 1, 0));
    const QPoint empty(30, last.bottom() + 15);
    QVERIFY(empty.y() < table->viewport()->height());
    const QModelIndex source = findField(hl, u"source"_s);
    realDrag(hl->viewport(), hl->visualRect(source).center(), table->viewport(), empty);
    QTRY_COMPARE(model->rowCount(), before + 1);
    QCOMPARE(model->mappingRow(before)->highLevelField, u"source"_s);
    QVERIFY(model->mappingRow(before)->badgerField.isEmpty());
    QTest::qWait(300); // let the first drag's nested loop wind down before the next press
    const QModelIndex notes = findField(bg, u"customer_id"_s);
    const QPoint cell = table->visualRect(model->index(before, MappingTableModel::BadgerColumn)).center();
    realDrag(bg->viewport(), bg->visualRect(notes).center(), table->viewport(), cell);
    QTRY_COMPARE(model->mappingRow(before)->badgerField, u"customer_id"_s);
    QCOMPARE(model->rowSeverity(before), MappingTableModel::Severity::None);
}

QTEST_MAIN(TestMappingDrag)
#include "tst_mappingdrag.moc"
