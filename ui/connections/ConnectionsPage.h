#pragma once
// The Connections screen: one page per service (HighLevel, Badger Maps) in tabs, and whether the app is on the
// simulated accounts or the real ones.

#include <QWidget>

class QLabel;
class QTabWidget;

namespace fb::secrets {
class CredentialStore;
}

namespace fb::ui {

class BadgerConnectionPage;
class HighLevelConnectionPage;

class ConnectionsPage : public QWidget
{
    Q_OBJECT

public:
    // store is not owned; it must live in the GUI thread.
    explicit ConnectionsPage(secrets::CredentialStore* store, QWidget* parent = nullptr);

    HighLevelConnectionPage* highLevelPage() const { return m_highLevel; }
    BadgerConnectionPage* badgerPage() const { return m_badger; }
    // One line above the tabs: which accounts the app syncs now.
    void setModeText(const QString& text);

Q_SIGNALS:
    // A secret was saved or removed, or the non-secret settings changed: the app re-decides which accounts to use.
    void credentialsChanged();

private:
    QLabel* m_mode;
    QTabWidget* m_tabs;
    HighLevelConnectionPage* m_highLevel;
    BadgerConnectionPage* m_badger;
};

} // namespace fb::ui
