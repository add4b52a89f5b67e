#include "AboutDialog.h"

#include "BuildInfo.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fb::ui {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Fieldbridge"));

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/icons/fieldbridge.svg"_s).pixmap(QSize(64, 64), devicePixelRatio()));

    auto* text = new QLabel(this);
    text->setObjectName(u"aboutText"_s);
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setWordWrap(true);
    text->setText(tr("<h2>Fieldbridge %1</h2>"
                     "<p>Keeps Badger Maps and HighLevel in sync, two-way, within each service's rate budget.</p>"
                     "<p>Copyright © 2026 the Fieldbridge developers.</p>"
                     "<p>This program is free software: you can redistribute it and/or modify it under the terms of "
                     "the GNU General Public License as published by the Free Software Foundation, either version 3 "
                     "of the License, or (at your option) any later version (GPL-3.0-or-later). It comes with "
                     "ABSOLUTELY NO WARRANTY.</p>")
                      .arg(QString::fromLatin1(build::version)));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    resize(480, 300);
}

} // namespace fb::ui
