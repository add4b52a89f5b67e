// SVG icons stay sharp at 2x scaling: every icon in resources/icons (the app icon among them), asked from QIcon at a
// device pixel ratio of 2 as a high-DPI screen does, is a pixmap with twice the pixels, drawn at that resolution: it
// matches QSvgRenderer drawing the SVG straight at 2x, and differs from a 1x rendering scaled up (what a missing SVG
// icon engine or a PNG icon would give), which the test also measures so it cannot pass on blurry icons.

#include "shell/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QImage renderDirect(const QString& path, const QSize& pixels)
{
    QSvgRenderer renderer(path);
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    renderer.render(&p, QRectF(QPointF(0, 0), QSizeF(pixels)));
    return image;
}

// Mean absolute difference per channel over all pixels, 0..255.
double difference(const QImage& a, const QImage& b)
{
    const QImage x = a.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    if (x.size() != y.size()) {
        return 255.0;
    }
    double sum = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto* p = reinterpret_cast<const QRgb*>(x.constScanLine(row));
        const auto* q = reinterpret_cast<const QRgb*>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            sum += std::abs(qRed(p[col]) - qRed(q[col])) + std::abs(qGreen(p[col]) - qGreen(q[col]))
                   + std::abs(qBlue(p[col]) - qBlue(q[col])) + std::abs(qAlpha(p[col]) - qAlpha(q[col]));
        }
    }
    return sum / (4.0 * x.width() * x.height());
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sharpAtTwiceTheScale_data();
    void sharpAtTwiceTheScale();
    void everySourceIconIsInTheResources();
    void windowIconIsTheAppIcon();
};

void TestIcons::sharpAtTwiceTheScale_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("size");
    const QStringList icons = QDir(u":/icons"_s).entryList({u"*.svg"_s}, QDir::Files, QDir::Name);
    QVERIFY(icons.contains(u"fieldbridge.svg"_s));
    for (const QString& name : icons) {
        for (int size : {16, 24, 32, 64}) {
            QTest::addRow("%s at %d px", qPrintable(name), size) << QString(u":/icons/"_s + name) << size;
        }
    }
}

void TestIcons::sharpAtTwiceTheScale()
{
    QFETCH(QString, path);
    QFETCH(int, size);
    const QIcon icon(path);
    QVERIFY(!icon.isNull());
    const QPixmap pixmap = icon.pixmap(QSize(size, size), 2.0);
    QCOMPARE(pixmap.devicePixelRatio(), 2.0);
    QSvgRenderer renderer(path);
    QVERIFY(renderer.isValid());
    // The icon keeps its aspect ratio inside the square: its longer side has all the 2x pixels.
    QCOMPARE(std::max(pixmap.width(), pixmap.height()), 2 * size);

    const QSize pixels = pixmap.size();
    const QImage sharp = renderDirect(path, pixels);
    const QImage blurry = renderDirect(path, pixels / 2).scaled(pixels, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const double fromIcon = difference(pixmap.toImage(), sharp);
    const double fromUpscaled = difference(blurry, sharp);
    // Measured, not assumed: an upscaled 1x image is clearly further from the 2x rendering than the icon is.
    QVERIFY2(fromUpscaled > 0.5, qPrintable(u"the 1x/2x renderings hardly differ (%1): the check would be blind"_s.arg(fromUpscaled)));
    QVERIFY2(fromIcon < fromUpscaled / 4,
             qPrintable(u"%1 at %2 px: differs from the 2x rendering by %3 (an upscaled 1x image: %4)"_s.arg(path)
                            .arg(size)
                            .arg(fromIcon)
                            .arg(fromUpscaled)));
}

void TestIcons::everySourceIconIsInTheResources()
{
    // A new icon file that nobody added to the resources would be missed by the check above.
    const QStringList source = QDir(QStringLiteral(FIELDBRIDGE_ICON_DIR)).entryList({u"*.svg"_s}, QDir::Files, QDir::Name);
    QVERIFY(!source.isEmpty());
    QCOMPARE(QDir(u":/icons"_s).entryList({u"*.svg"_s}, QDir::Files, QDir::Name), source);
}

void TestIcons::windowIconIsTheAppIcon()
{
    // The main window's icon (title bar, task bar, about box) is the app's SVG, drawn at 2x too.
    fb::ui::MainWindow window;
    const QPixmap big = window.windowIcon().pixmap(QSize(128, 128), 2.0);
    QCOMPARE(big.devicePixelRatio(), 2.0);
    QCOMPARE(std::max(big.width(), big.height()), 256);
    const double fromIcon = difference(big.toImage(), renderDirect(u":/icons/fieldbridge.svg"_s, big.size()));
    QVERIFY2(fromIcon < 1.0, qPrintable(QString::number(fromIcon)));
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
