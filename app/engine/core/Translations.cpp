#include "core/Translations.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace fb::i18n {

QStringList preferredLanguages(const QString& setting)
{
    return setting.isEmpty() ? QLocale::system().uiLanguages() : QStringList{setting};
}

QStringList translationDirectories()
{
    return {QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../share/fieldbridge/translations"_s),
            u":/i18n"_s};
}

QString loadTranslation(QTranslator& translator, const QString& name, const QStringList& languages,
                        const QStringList& directories)
{
    for (const QString& language : languages) {
        const QLocale locale(language);
        if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
            return {};
        }
        // uiLanguages() spells them de-DE; QTranslator::load falls back from de_DE to de by itself.
        const QString code = QString(language).replace(u'-', u'_');
        for (const QString& directory : directories) {
            if (translator.load(name + u'_' + code, directory)) {
                return QLocale::languageToCode(locale.language());
            }
        }
    }
    return {};
}

QString installTranslators(const QStringList& languages)
{
    auto* app = QCoreApplication::instance();
    auto* fieldbridge = new QTranslator(app);
    const QString loaded = loadTranslation(*fieldbridge, u"fieldbridge"_s, languages, translationDirectories());
    if (loaded.isEmpty()) {
        delete fieldbridge;
        return {};
    }
    QCoreApplication::installTranslator(fieldbridge);
    // Qt's own dialogs and buttons (qt6-translations-l10n); only in the language Fieldbridge itself speaks.
    auto* qt = new QTranslator(app);
    if (!loadTranslation(*qt, u"qtbase"_s, {loaded}, {QLibraryInfo::path(QLibraryInfo::TranslationsPath)}).isEmpty()) {
        QCoreApplication::installTranslator(qt);
    } else {
        qCInfo(lcApp) << "no Qt translation for" << loaded;
        delete qt;
    }
    return loaded;
}

} // namespace fb::i18n
