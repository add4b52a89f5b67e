// Renders the mapping editor at 1280x800 against a sandbox seeded with generated data, in the default and a dark
// palette: mapping_screenshot <output dir>  ->  mapping.png, mapping-dark.png. Run with QT_QPA_PLATFORM=offscreen.

#include "mapping/ApiMappingSource.h"
#include "mapping/MappingEditor.h"
#include "mapping/MappingTableModel.h"
#include "mapping/RowPreview.h"

#include "SandboxServer.h"
#include "core/AppPaths.h"
#include "generator/SeedGenerator.h"

#include <QApplication>
#include <QDir>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace fb::ui;
using fb::sync::FieldType;
using fb::sync::Side;

namespace {
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb5));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x47));
    p.setColor(QPalette::Mid, QColor(0x30, 0x32, 0x35));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    }
    return p;
}

bool render(const fb::sandbox::SandboxServer& server, const QString& path)
{
    using Creds = fb::sandbox::GeneratedSeedCredentials;
    fb::api::ServiceConfig hl;
    hl.baseUrl = server.highLevelBaseUrl();
    hl.credential = QString::fromLatin1(Creds::kHighLevelToken);
    hl.accountKey = QString::fromLatin1(Creds::kHighLevelLocationId);
    fb::api::ServiceConfig bg;
    bg.baseUrl = server.badgerBaseUrl();
    bg.credential = QString::fromLatin1(Creds::kBadgerApiKey);
    bg.accountKey = u"sandbox"_s;

    MappingEditor editor;
    auto* source = new ApiMappingSource(hl, QString::fromLatin1(Creds::kHighLevelLocationId), bg, &editor);
    editor.setSource(source);
    editor.resize(1280, 800);
    editor.show();
    auto* preview = editor.findChild<RowPreview*>(u"rowPreview"_s);
    if (!QTest::qWaitFor([&] { return preview->hasSamples(); }, 10000)) {
        std::fprintf(stderr, "no sample records: %s\n", qPrintable(editor.statusMessage()));
        return false;
    }
    // A state worth seeing: a custom pair (selected, previewed) and a row with a type mismatch.
    const auto& catalog = editor.catalog();
    auto first = [&](Side side, FieldType type) -> QString {
        for (const auto& f : catalog.fields(side)) {
            if (f.custom && f.type == type) {
                return f.id;
            }
        }
        return {};
    };
    MappingTableModel* model = editor.mappingModel();
    const int custom = model->addPair(first(Side::HighLevel, FieldType::Text), first(Side::Badger, FieldType::Text));
    model->addPair(u"website"_s, first(Side::Badger, FieldType::Number));
    auto* table = editor.findChild<QTableView*>(u"mappingTable"_s);
    table->selectRow(custom >= 0 ? custom : 2);
    QTest::qWait(50);
    if (!editor.grab().save(path)) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}
} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    QDir().mkpath(out);
    QTemporaryDir data;
    fb::paths::setDataDirOverride(data.path());
    fb::sandbox::SandboxServer server;
    QString error;
    if (!server.start(0, &error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    server.loadSeed(fb::sandbox::generateSeed(25, 20261204));
    if (!render(server, QDir(out).filePath(u"mapping.png"_s))) {
        return 1;
    }
    QApplication::setPalette(darkPalette());
    if (!render(server, QDir(out).filePath(u"mapping-dark.png"_s))) {
        return 1;
    }
    return 0;
}
