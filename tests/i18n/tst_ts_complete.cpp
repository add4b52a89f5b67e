// Every translations/*.ts file is complete: no unfinished or empty entries, every plural form filled, the same %1..%99
// and %n placeholders as the English source, and a keyboard mnemonic (&) wherever the source has one.

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // the translation's type attribute: unfinished, vanished, obsolete or empty
    QStringList forms;
};

QList<Message> readTs(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == u"name"_s) {
            context = xml.readElementText();
        } else if (name == u"message"_s) {
            m = Message{context, {}, xml.attributes().value(u"numerus"_s) == u"yes"_s, {}, {}};
        } else if (name == u"source"_s) {
            m.source = xml.readElementText();
        } else if (name == u"translation"_s) {
            m.type = xml.attributes().value(u"type"_s).toString();
            if (m.numerus) {
                while (xml.readNextStartElement()) {
                    m.forms << xml.readElementText(); // <numerusform>
                }
            } else {
                m.forms << xml.readElementText();
            }
            messages << m;
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
    }
    return messages;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(u"%(\\d{1,2}|n)"_s);
    QSet<QString> found;
    for (const auto& match : re.globalMatch(text)) {
        found.insert(match.captured(0));
    }
    return found;
}

int mnemonics(QString text)
{
    text.remove(u"&&"_s);
    static const QRegularExpression entity(u"&[a-zA-Z]+;"_s); // a literal &nbsp; etc. in rich text is no mnemonic
    text.remove(entity);
    return int(text.count(u'&'));
}

} // namespace

class TestTsComplete : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data();
    void complete();
};

void TestTsComplete::complete_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QString::fromUtf8(FIELDBRIDGE_SOURCE_DIR) + u"/translations"_s);
    const QStringList files = dir.entryList({u"*.ts"_s}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 2, "translations/ should hold at least the German and Spanish .ts files");
    for (const QString& f : files) {
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
}

void TestTsComplete::complete()
{
    QFETCH(QString, path);
    QString error;
    const QList<Message> messages = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);
    QStringList problems;
    for (const Message& m : messages) {
        const QString where = u"[%1] \"%2\": "_s.arg(m.context, m.source.left(60));
        if (!m.type.isEmpty()) {
            problems << where + m.type;
            continue;
        }
        if (m.forms.isEmpty()) {
            problems << where + u"no translation"_s;
            continue;
        }
        const QSet<QString> want = placeholders(m.source);
        for (const QString& form : m.forms) {
            if (form.trimmed().isEmpty() && !m.source.trimmed().isEmpty()) {
                problems << where + u"empty translation"_s;
            } else if (placeholders(form) != want) {
                problems << where + u"placeholders differ: "_s + form.left(60);
            } else if ((mnemonics(m.source) > 0) != (mnemonics(form) > 0)) {
                problems << where + u"keyboard mnemonic (&) lost or added: "_s + form.left(60);
            }
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"%1 problem(s) in %2:\n  "_s.arg(problems.size()).arg(path) + problems.mid(0, 40).join(u"\n  "_s)));
}

QTEST_GUILESS_MAIN(TestTsComplete)
#include "tst_ts_complete.moc"
