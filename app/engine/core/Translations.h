// Picks the user's language and installs Fieldbridge's and Qt's translators for it (desktop and headless alike).
#pragma once

#include <QString>
#include <QStringList>

class QTranslator;

namespace fb::i18n {

// The user's languages in order of preference: the Settings language when one is set (SyncConfig.language),
// otherwise the system's (QLocale::system().uiLanguages(): LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
QStringList preferredLanguages(const QString& setting);

// Where Fieldbridge's .qm files are looked for, in order: the installed tree beside the binary
// (<bin>/../share/fieldbridge/translations, which the build tree mirrors) then the copies embedded under :/i18n.
QStringList translationDirectories();

// Loads <name>_<language>.qm for the first preferred language that has one, from the first directory holding it.
// English is the source language: when it comes before any translated language nothing is loaded (a user on en_US
// with German as a fallback reads English). Returns the language loaded ("de", "es") or an empty string.
QString loadTranslation(QTranslator& translator, const QString& name, const QStringList& languages,
                        const QStringList& directories);

// Installs the app's and qtbase's translators (owned by the application object) for `languages`; returns the
// language of Fieldbridge's translation or an empty string when the app stays English.
QString installTranslators(const QStringList& languages);

} // namespace fb::i18n
