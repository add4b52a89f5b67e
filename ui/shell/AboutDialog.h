#pragma once
// Help → About: version, licence and what Fieldbridge is.

#include <QDialog>

namespace fb::ui {

class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

} // namespace fb::ui
