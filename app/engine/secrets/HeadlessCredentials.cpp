#include "HeadlessCredentials.h"

#include "core/Redaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace fb::secrets {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(fb::secrets::HeadlessCredentials)
};

QString serviceLabel(fb::api::Service service)
{
    return service == fb::api::Service::HighLevel ? u"HighLevel"_s : u"Badger Maps"_s;
}

QString unquote(QString v)
{
    v = v.trimmed();
    if (v.size() >= 2 && ((v.startsWith(u'"') && v.endsWith(u'"')) || (v.startsWith(u'\'') && v.endsWith(u'\'')))) {
        v = v.mid(1, v.size() - 2);
    }
    return v;
}

// INI section/key pairs that mean one of the environment variable names.
QString variableForSectionKey(const QString& section, const QString& key)
{
    const QString s = section.toLower();
    const QString k = key.toLower();
    const bool ghl = s == u"highlevel"_s || s == u"ghl"_s;
    const bool badger = s == u"badger"_s;
    const bool isToken = k == u"token"_s || k == u"api_key"_s || k == u"apikey"_s;
    const bool isLocation = k == u"location_id"_s || k == u"locationid"_s;
    if (ghl && isToken) {
        return environmentVariableName(fb::api::Service::HighLevel, CredentialField::Token);
    }
    if (ghl && isLocation) {
        return environmentVariableName(fb::api::Service::HighLevel, CredentialField::LocationId);
    }
    if (badger && isToken) {
        return environmentVariableName(fb::api::Service::Badger, CredentialField::Token);
    }
    return {};
}

} // namespace

QString environmentVariableName(fb::api::Service service, CredentialField field)
{
    if (service == fb::api::Service::HighLevel) {
        return field == CredentialField::Token ? u"FIELDBRIDGE_GHL_TOKEN"_s : u"FIELDBRIDGE_GHL_LOCATION_ID"_s;
    }
    return field == CredentialField::Token ? u"FIELDBRIDGE_BADGER_TOKEN"_s : QString();
}

CredentialResult fromEnvironment(const QProcessEnvironment& environment, fb::api::Service service,
                                 CredentialField field)
{
    const QString name = environmentVariableName(service, field);
    const QString value = name.isEmpty() ? QString() : environment.value(name).trimmed();
    if (value.isEmpty()) {
        return CredentialResult::failure(CredentialError::NotFound, Tr::tr("%1 is not set.").arg(name), {},
                                         CredentialSource::Environment);
    }
    if (field == CredentialField::Token) {
        fb::redact::registerSecret(value);
    }
    return CredentialResult::success(value, CredentialSource::Environment);
}

TokenFile TokenFile::parse(const QByteArray& contents, QString* error)
{
    TokenFile file;
    QString section;
    int lineNumber = 0;
    const QList<QByteArray> lines = contents.split('\n');
    for (const QByteArray& raw : lines) {
        ++lineNumber;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';')) {
            continue;
        }
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            section = line.mid(1, line.size() - 2).trimmed();
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0) {
            // Never quote the line: it may be a bare token pasted without a key.
            if (error && error->isEmpty()) {
                *error = Tr::tr("line %1 is not of the form key=value").arg(lineNumber);
            }
            continue;
        }
        QString key = line.left(eq).trimmed();
        if (key.startsWith(u"export "_s)) { // a file that can also be sourced by a shell
            key = key.mid(7).trimmed();
        }
        const QString value = unquote(line.mid(eq + 1));
        QString variable = key.startsWith(u"FIELDBRIDGE_"_s) ? key : variableForSectionKey(section, key);
        if (!variable.isEmpty() && !value.isEmpty()) {
            file.m_values.insert(variable, value);
        }
    }
    return file;
}

CredentialResult TokenFile::load(const QString& path, TokenFile* out)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return CredentialResult::failure(CredentialError::NotFound,
                                         Tr::tr("The token file %1 does not exist. Check the path given with "
                                            "--token-file.")
                                             .arg(path),
                                         {}, CredentialSource::TokenFile);
    }
    const QFileDevice::Permissions p = info.permissions();
    const QFileDevice::Permissions exposed =
        QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    if (p & exposed) {
        const int mode = ((p & QFileDevice::ReadOwner) ? 0400 : 0) | ((p & QFileDevice::WriteOwner) ? 0200 : 0)
            | ((p & QFileDevice::ExeOwner) ? 0100 : 0) | ((p & QFileDevice::ReadGroup) ? 040 : 0)
            | ((p & QFileDevice::WriteGroup) ? 020 : 0) | ((p & QFileDevice::ExeGroup) ? 010 : 0)
            | ((p & QFileDevice::ReadOther) ? 04 : 0) | ((p & QFileDevice::WriteOther) ? 02 : 0)
            | ((p & QFileDevice::ExeOther) ? 01 : 0);
        return CredentialResult::failure(
            CredentialError::InsecureFile,
            Tr::tr("The token file %1 can be read or changed by other users (permissions %2). Fieldbridge refuses to use "
               "it: run \"chmod 600 %1\" and try again.")
                .arg(path, QString::number(mode, 8).rightJustified(4, u'0')),
            {}, CredentialSource::TokenFile);
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return CredentialResult::failure(CredentialError::NotFound,
                                         Tr::tr("The token file %1 cannot be read: %2.").arg(path, f.errorString()), {},
                                         CredentialSource::TokenFile);
    }
    // A token file is a few lines; anything large is the wrong file.
    if (f.size() > 64 * 1024) {
        return CredentialResult::failure(CredentialError::Other,
                                         Tr::tr("The token file %1 is larger than 64 KiB; it is probably not a token "
                                            "file.")
                                             .arg(path),
                                         {}, CredentialSource::TokenFile);
    }
    QString syntaxError;
    TokenFile parsed = parse(f.readAll(), &syntaxError);
    parsed.m_path = path;
    if (parsed.m_values.isEmpty()) {
        return CredentialResult::failure(
            CredentialError::Other,
            Tr::tr("The token file %1 holds no Fieldbridge keys (%2). Write lines such as FIELDBRIDGE_BADGER_TOKEN=... "
               "or an INI section [badger] with token=...")
                .arg(path, syntaxError.isEmpty() ? Tr::tr("no key=value lines") : syntaxError),
            {}, CredentialSource::TokenFile);
    }
    for (auto it = parsed.m_values.cbegin(); it != parsed.m_values.cend(); ++it) {
        if (it.key().endsWith(u"_TOKEN"_s)) {
            fb::redact::registerSecret(it.value());
        }
    }
    if (out) {
        *out = parsed;
    }
    CredentialResult r = CredentialResult::success({}, CredentialSource::TokenFile);
    r.detail = syntaxError;
    return r;
}

CredentialResult TokenFile::value(fb::api::Service service, CredentialField field) const
{
    const QString name = environmentVariableName(service, field);
    const QString v = name.isEmpty() ? QString() : m_values.value(name);
    if (v.isEmpty()) {
        return CredentialResult::failure(CredentialError::NotFound,
                                         Tr::tr("The token file %1 has no %2 entry for %3.")
                                             .arg(m_path, name.isEmpty() ? Tr::tr("such") : name, serviceLabel(service)),
                                         {}, CredentialSource::TokenFile);
    }
    return CredentialResult::success(v, CredentialSource::TokenFile);
}

} // namespace fb::secrets
