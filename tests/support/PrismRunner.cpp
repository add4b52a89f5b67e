#include "PrismRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

using namespace Qt::StringLiterals;

namespace fb::testsupport {

namespace {

QJsonObject schemaAt(const QJsonObject& spec, const QString& name)
{
    return spec.value(u"components").toObject().value(u"schemas").toObject().value(name).toObject();
}

void setSchema(QJsonObject& spec, const QString& name, const QJsonObject& schema)
{
    QJsonObject components = spec.value(u"components").toObject();
    QJsonObject schemas = components.value(u"schemas").toObject();
    if (!schemas.contains(name))
        return;
    schemas.insert(name, schema);
    components.insert(u"schemas"_s, schemas);
    spec.insert(u"components"_s, components);
}

void setProperty(QJsonObject& spec, const QString& schemaName, const QString& property, const QJsonObject& value)
{
    QJsonObject schema = schemaAt(spec, schemaName);
    QJsonObject properties = schema.value(u"properties").toObject();
    if (!properties.contains(property))
        return;
    properties.insert(property, value);
    schema.insert(u"properties"_s, properties);
    setSchema(spec, schemaName, schema);
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

QList<SpecPatch> ghlSpecPatches()
{
    QList<SpecPatch> patches;
    patches.append({u"NOTES §11.1: dateOfBirth is a date string, not an object"_s, [](QJsonObject& spec) {
                        for (const QString& dto : {u"CreateContactDto"_s, u"UpdateContactDto"_s, u"UpsertContactDto"_s})
                            setProperty(spec, dto, u"dateOfBirth"_s,
                                        QJsonObject {{u"type"_s, u"string"_s}, {u"nullable"_s, true}});
                    }});
    patches.append(
        {u"NOTES §11.2: declare the {type} path parameter (add|remove) of bulk tag updates"_s, [](QJsonObject& spec) {
             QJsonObject paths = spec.value(u"paths").toObject();
             const QString path = u"/contacts/bulk/tags/update/{type}"_s;
             if (!paths.contains(path))
                 return;
             QJsonObject item = paths.value(path).toObject();
             QJsonObject post = item.value(u"post").toObject();
             QJsonArray params = post.value(u"parameters").toArray();
             params.append(QJsonObject {
                 {u"name"_s, u"type"_s},
                 {u"in"_s, u"path"_s},
                 {u"required"_s, true},
                 {u"schema"_s,
                  QJsonObject {{u"type"_s, u"string"_s}, {u"enum"_s, QJsonArray {u"add"_s, u"remove"_s}}}}});
             post.insert(u"parameters"_s, params);
             item.insert(u"post"_s, post);
             paths.insert(path, item);
             spec.insert(u"paths"_s, paths);
         }});
    patches.append(
        {u"NOTES §11.3: numeric/monetary/file custom field values are numbers, arrays or strings"_s,
         [](QJsonObject& spec) {
             const QJsonObject any {
                 {u"oneOf"_s,
                  QJsonArray {QJsonObject {{u"type"_s, u"string"_s}}, QJsonObject {{u"type"_s, u"number"_s}},
                              QJsonObject {{u"type"_s, u"array"_s}}, QJsonObject {{u"type"_s, u"object"_s}}}}};
             for (const QString& s : {u"NumericField"_s, u"MonetoryField"_s, u"FileField"_s})
                 setProperty(spec, s, u"field_value"_s, any);
             // The read side has the same defect: a checkbox/multi-select value is an array, a numeric one a number.
             setProperty(spec, u"CustomFieldSchema"_s, u"value"_s, any);
         }});
    patches.append(
        {u"Response defect: bulk tag update 'responses' items are objects, not strings (NOTES §2)"_s,
         [](QJsonObject& spec) {
             setProperty(spec, u"UpdateTagsResponseDTO"_s, u"responses"_s,
                         QJsonObject {{u"type"_s, u"array"_s}, {u"items"_s, QJsonObject {{u"type"_s, u"object"_s}}}});
         }});
    patches.append(
        {u"Response defect: location task search 'tasks' items are task objects, not arrays (NOTES §2)"_s,
         [](QJsonObject& spec) {
             setProperty(spec, u"LocationTaskListSuccessfulResponseDto"_s, u"tasks"_s,
                         QJsonObject {{u"type"_s, u"array"_s}, {u"items"_s, QJsonObject {{u"type"_s, u"object"_s}}}});
         }});
    return patches;
}

PrismRunner::PrismRunner() = default;

PrismRunner::~PrismRunner()
{
    stop();
}

QString PrismRunner::executable()
{
    const QString fromEnv = qEnvironmentVariable("FIELDBRIDGE_PRISM");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStringLiteral(FIELDBRIDGE_PRISM_BIN);
}

QString PrismRunner::contractsDir()
{
    return QStringLiteral(FIELDBRIDGE_TESTSUPPORT_CONTRACTS_DIR);
}

bool PrismRunner::prepareSpec(const QString& specRelativePath, const QList<SpecPatch>& patches, QString* error)
{
    const QString api = specRelativePath.section(u'/', 0, 0);
    const QDir source(contractsDir() + u'/' + api);
    if (!source.exists()) {
        *error = u"contract folder missing: "_s + source.path();
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        *error = u"cannot create a temporary directory"_s;
        return false;
    }
    QDirIterator it(source.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = m_dir->filePath(api + u'/' + source.relativeFilePath(file));
        QDir().mkpath(QFileInfo(target).path());
        if (!QFile::copy(file, target)) {
            *error = u"cannot copy "_s + file;
            return false;
        }
    }
    m_specPath = m_dir->filePath(specRelativePath);
    QFile spec(m_specPath);
    if (!spec.open(QIODevice::ReadOnly)) {
        *error = u"spec missing: "_s + specRelativePath;
        return false;
    }
    QJsonObject root = QJsonDocument::fromJson(spec.readAll()).object();
    spec.close();
    m_applied.clear();
    for (const SpecPatch& patch : patches) {
        const QJsonObject before = root;
        patch.apply(root);
        if (root != before)
            m_applied.append(patch.name);
    }
    QFile::setPermissions(m_specPath, QFile::ReadOwner | QFile::WriteOwner);
    if (!spec.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = u"cannot write the patched spec"_s;
        return false;
    }
    spec.write(QJsonDocument(root).toJson());
    return true;
}

bool PrismRunner::start(Mode mode, const QUrl& upstream, QString* error, int timeoutMs)
{
    stop();
    const QString program = executable();
    if (!QFileInfo(program).isExecutable()) {
        *error = u"Prism not found at "_s + program
            + u" (install it: source scripts/deps.sh && fieldbridge_install_prism, or set FIELDBRIDGE_PRISM)"_s;
        return false;
    }
    if (m_specPath.isEmpty()) {
        *error = u"prepareSpec() first"_s;
        return false;
    }
    const quint16 port = freePort();
    QStringList args;
    if (mode == Mode::Mock) {
        args << u"mock"_s << m_specPath;
    } else {
        args << u"proxy"_s << m_specPath << upstream.toString();
    }
    args << u"-h"_s << u"127.0.0.1"_s << u"-p"_s << QString::number(port);
    m_log.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(program, args);
    if (!m_process->waitForStarted(10000)) {
        *error = u"cannot start Prism: "_s + m_process->errorString();
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        m_process->waitForReadyRead(200);
        m_log += m_process->readAll();
        if (m_log.contains("Prism is listening on")) {
            m_baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
            return true;
        }
        if (m_process->state() != QProcess::Running) {
            *error = u"Prism exited during start-up: "_s + QString::fromUtf8(m_log.right(2000));
            return false;
        }
    }
    *error = u"Prism did not start within %1 ms: "_s.arg(timeoutMs) + QString::fromUtf8(m_log.right(2000));
    stop();
    return false;
}

bool PrismRunner::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

void PrismRunner::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_log += m_process->readAll();
    m_process.reset();
    m_baseUrl = QUrl();
}

QJsonArray PrismRunner::violations(const QByteArray& header)
{
    if (header.isEmpty())
        return {};
    return QJsonDocument::fromJson(header).array();
}

QJsonArray PrismRunner::violations(const QNetworkReply* reply)
{
    return violations(reply->rawHeader("sl-violations"));
}

QJsonArray PrismRunner::errors(const QJsonArray& violations)
{
    QJsonArray out;
    for (const QJsonValue& v : violations) {
        if (v.toObject().value(u"severity").toString() == u"Error")
            out.append(v);
    }
    return out;
}

} // namespace fb::testsupport
