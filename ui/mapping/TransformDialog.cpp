#include "TransformDialog.h"

#include "TransformListModel.h"
#include "sync/Transforms.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fb::ui {

namespace {
template <typename W>
W* named(W* widget, const QString& objectName, const QString& accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    return widget;
}

QWidget* page(QWidget* parent, const QString& explanation, QFormLayout** form)
{
    auto* w = new QWidget(parent);
    auto* layout = new QVBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* text = new QLabel(explanation, w);
    text->setWordWrap(true);
    layout->addWidget(text);
    *form = new QFormLayout;
    layout->addLayout(*form);
    layout->addStretch(1);
    return w;
}
} // namespace

TransformDialog::TransformDialog(const fb::sync::FieldMapping& row, const QString& rowTitle, QWidget* parent)
    : QDialog(parent)
    , m_row(row)
    , m_model(new TransformListModel(this))
{
    setObjectName(u"transformDialog"_s);
    setWindowTitle(tr("Transforms: %1").arg(rowTitle));
    setAccessibleName(windowTitle());
    m_model->setTransforms(row.transforms);

    auto* outer = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Transforms change a value on its way to the other side, in this order."), this);
    intro->setWordWrap(true);
    outer->addWidget(intro);

    auto* body = new QHBoxLayout;
    outer->addLayout(body, 1);

    auto* left = new QVBoxLayout;
    body->addLayout(left, 1);
    m_list = named(new QListView(this), u"transformList"_s, tr("Transforms in order"));
    m_list->setModel(m_model);
    m_list->setMinimumWidth(240);
    left->addWidget(m_list, 1);
    auto* addRow = new QHBoxLayout;
    m_kind = named(new QComboBox(this), u"transformKind"_s, tr("Kind of transform to add"));
    for (const QString& kind : TransformListModel::kinds()) {
        m_kind->addItem(TransformListModel::kindLabel(kind), kind);
    }
    m_add = named(new QPushButton(tr("&Add"), this), u"addTransform"_s, tr("Add transform"));
    addRow->addWidget(m_kind, 1);
    addRow->addWidget(m_add);
    left->addLayout(addRow);
    auto* moveRow = new QHBoxLayout;
    m_remove = named(new QPushButton(tr("&Remove"), this), u"removeTransform"_s, tr("Remove transform"));
    m_up = named(new QPushButton(tr("Move &up"), this), u"moveTransformUp"_s, tr("Move transform up"));
    m_down = named(new QPushButton(tr("Move do&wn"), this), u"moveTransformDown"_s, tr("Move transform down"));
    moveRow->addWidget(m_remove);
    moveRow->addWidget(m_up);
    moveRow->addWidget(m_down);
    left->addLayout(moveRow);

    m_pages = named(new QStackedWidget(this), u"transformParameters"_s, tr("Transform settings"));
    m_pages->setMinimumWidth(300);
    body->addWidget(m_pages, 1);

    QFormLayout* form = nullptr;
    m_pages->addWidget(new QLabel(tr("Select a transform to change its settings."), m_pages)); // 0: none
    m_pages->addWidget(page(m_pages, tr("Removes spaces at the start and end of the value."), &form)); // 1: trim

    auto* casePage = page(m_pages, tr("Changes the letter case of the value."), &form); // 2: case
    m_caseMode = named(new QComboBox(casePage), u"caseMode"_s, tr("Letter case"));
    m_caseMode->addItem(tr("lower case"), u"lower"_s);
    m_caseMode->addItem(tr("UPPER CASE"), u"upper"_s);
    m_caseMode->addItem(tr("Title Case"), u"title"_s);
    m_caseOnly = named(new QComboBox(casePage), u"caseOnly"_s, tr("Apply when writing to"));
    m_caseOnly->addItem(tr("Both sides"), QString());
    m_caseOnly->addItem(tr("HighLevel only"), u"highlevel"_s);
    m_caseOnly->addItem(tr("Badger only"), u"badger"_s);
    form->addRow(tr("&Case:"), m_caseMode);
    form->addRow(tr("&When writing to:"), m_caseOnly);
    m_pages->addWidget(casePage);

    auto* phonePage = page(m_pages, tr("Writes phone numbers in international form (+14155550132)."), &form); // 3
    m_phoneRegion = named(new QLineEdit(phonePage), u"phoneRegion"_s, tr("Region for numbers without a country code"));
    m_phoneRegion->setPlaceholderText(tr("mapping default"));
    m_phoneRegion->setMaxLength(2);
    form->addRow(tr("&Region (e.g. US, GB):"), m_phoneRegion);
    m_pages->addWidget(phonePage);

    auto* datePage = page(m_pages, tr("Reformats dates between the sides (yyyy = year, MM = month, dd = day)."), &form);
    m_dateHighLevel = named(new QLineEdit(datePage), u"dateHighLevel"_s, tr("Date format in HighLevel"));
    m_dateBadger = named(new QLineEdit(datePage), u"dateBadger"_s, tr("Date format in Badger"));
    form->addRow(tr("&HighLevel format:"), m_dateHighLevel);
    form->addRow(tr("&Badger format:"), m_dateBadger);
    m_pages->addWidget(datePage); // 4

    auto* mapPage = page(m_pages,
                         tr("One pair per line: HighLevel value = Badger value. Values not listed pass unchanged."),
                         &form);
    m_mapValues = named(new QPlainTextEdit(mapPage), u"mapValues"_s, tr("Value pairs"));
    m_mapValues->setTabChangesFocus(true);
    m_mapCaseInsensitive = named(new QCheckBox(tr("&Ignore letter case"), mapPage), u"mapCaseInsensitive"_s,
                                 tr("Ignore letter case"));
    form->addRow(m_mapValues);
    form->addRow(m_mapCaseInsensitive);
    m_pages->addWidget(mapPage); // 5

    auto* templatePage = page(
        m_pages, tr("Builds the value from fields of the source record, e.g. {firstName} {lastName}. One way only."),
        &form);
    m_template = named(new QLineEdit(templatePage), u"templateText"_s, tr("Template"));
    form->addRow(tr("&Template:"), m_template);
    m_pages->addWidget(templatePage); // 6

    auto* namePage = page(m_pages, tr("How a full name is written and split into first and last name."), &form);
    m_nameFormat = named(new QComboBox(namePage), u"nameFormat"_s, tr("Name format"));
    m_nameFormat->addItem(tr("First Last"), u"first_last"_s);
    m_nameFormat->addItem(tr("Last, First"), u"last_comma_first"_s);
    form->addRow(tr("&Format:"), m_nameFormat);
    m_pages->addWidget(namePage); // 7

    m_problem = named(new QLabel(this), u"transformProblem"_s, tr("Problem with the transforms"));
    m_problem->setWordWrap(true);
    outer->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"transformButtons"_s);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"transformOk"_s);
    m_ok->setAccessibleName(tr("Apply transforms"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"transformCancel"_s);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    outer->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_add, &QPushButton::clicked, this, &TransformDialog::addTransform);
    connect(m_remove, &QPushButton::clicked, this, [this] { m_model->remove(currentRow()); updateState(); });
    connect(m_up, &QPushButton::clicked, this, [this] {
        const int at = currentRow();
        if (m_model->move(at, -1)) {
            m_list->setCurrentIndex(m_model->index(at - 1));
        }
    });
    connect(m_down, &QPushButton::clicked, this, [this] {
        const int at = currentRow();
        if (m_model->move(at, +1)) {
            m_list->setCurrentIndex(m_model->index(at + 1));
        }
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &TransformDialog::showCurrent);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TransformDialog::showCurrent);
    for (QComboBox* c : {m_caseMode, m_caseOnly, m_nameFormat}) {
        connect(c, &QComboBox::currentIndexChanged, this, &TransformDialog::storeParams);
    }
    for (QLineEdit* e : {m_phoneRegion, m_dateHighLevel, m_dateBadger, m_template}) {
        connect(e, &QLineEdit::textChanged, this, &TransformDialog::storeParams);
    }
    connect(m_mapValues, &QPlainTextEdit::textChanged, this, &TransformDialog::storeParams);
    connect(m_mapCaseInsensitive, &QCheckBox::toggled, this, &TransformDialog::storeParams);

    if (m_model->rowCount() > 0) {
        m_list->setCurrentIndex(m_model->index(0));
    }
    showCurrent();
    resize(680, 420);
}

QList<fb::sync::Transform> TransformDialog::transforms() const
{
    return m_model->transforms();
}

QString TransformDialog::problem() const
{
    fb::sync::FieldMapping edited = m_row;
    edited.transforms = m_model->transforms();
    QString problem = fb::sync::checkTransforms(edited);
    const bool oneWay = std::any_of(edited.transforms.cbegin(), edited.transforms.cend(),
                                    [](const fb::sync::Transform& t) { return t.kind == u"template"_s; });
    if (problem.isEmpty() && oneWay && edited.direction == fb::sync::Direction::Both) {
        problem = tr("A template fills a field one way: set the row's direction before saving.");
    }
    return problem;
}

int TransformDialog::currentRow() const
{
    return m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
}

void TransformDialog::addTransform()
{
    const int row = m_model->append(m_kind->currentData().toString());
    m_list->setCurrentIndex(m_model->index(row));
    updateState();
}

void TransformDialog::showCurrent()
{
    const int row = currentRow();
    m_loading = true;
    if (row < 0) {
        m_pages->setCurrentIndex(0);
    } else {
        const fb::sync::Transform& t = m_model->transforms().at(row);
        const QJsonObject& p = t.params;
        const int pageIndex = int(TransformListModel::kinds().indexOf(t.kind)) + 1;
        m_pages->setCurrentIndex(pageIndex > 0 ? pageIndex : 0);
        auto select = [](QComboBox* c, const QString& value) { c->setCurrentIndex(std::max(0, c->findData(value))); };
        if (t.kind == u"case"_s) {
            select(m_caseMode, p.value(u"mode"_s).toString());
            select(m_caseOnly, p.value(u"only"_s).toString());
        } else if (t.kind == u"phone"_s) {
            m_phoneRegion->setText(p.value(u"region"_s).toString());
        } else if (t.kind == u"date"_s) {
            m_dateHighLevel->setText(p.value(u"highlevel"_s).toString());
            m_dateBadger->setText(p.value(u"badger"_s).toString());
        } else if (t.kind == u"map"_s) {
            QStringList lines;
            const QJsonObject values = p.value(u"values"_s).toObject();
            for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
                lines.append(QString(it.key() + u" = "_s + it.value().toString()));
            }
            m_mapValues->setPlainText(lines.join(u'\n'));
            m_mapCaseInsensitive->setChecked(p.value(u"caseInsensitive"_s).toBool());
        } else if (t.kind == u"template"_s) {
            m_template->setText(p.value(u"template"_s).toString());
        } else if (t.kind == u"name"_s) {
            select(m_nameFormat, p.value(u"format"_s).toString());
        }
    }
    m_loading = false;
    updateState();
}

void TransformDialog::storeParams()
{
    const int row = currentRow();
    if (m_loading || row < 0) {
        return;
    }
    const QString kind = m_model->transforms().at(row).kind;
    QJsonObject p;
    if (kind == u"case"_s) {
        p.insert(u"mode"_s, m_caseMode->currentData().toString());
        if (!m_caseOnly->currentData().toString().isEmpty()) {
            p.insert(u"only"_s, m_caseOnly->currentData().toString());
        }
    } else if (kind == u"phone"_s) {
        if (!m_phoneRegion->text().trimmed().isEmpty()) {
            p.insert(u"region"_s, m_phoneRegion->text().trimmed().toUpper());
        }
    } else if (kind == u"date"_s) {
        p.insert(u"highlevel"_s, m_dateHighLevel->text().trimmed());
        p.insert(u"badger"_s, m_dateBadger->text().trimmed());
    } else if (kind == u"map"_s) {
        QJsonObject values;
        const QStringList lines = m_mapValues->toPlainText().split(u'\n');
        for (const QString& line : lines) {
            const qsizetype eq = line.indexOf(u'=');
            if (eq > 0) {
                values.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
            }
        }
        p.insert(u"values"_s, values);
        if (m_mapCaseInsensitive->isChecked()) {
            p.insert(u"caseInsensitive"_s, true);
        }
    } else if (kind == u"template"_s) {
        p.insert(u"template"_s, m_template->text());
    } else if (kind == u"name"_s) {
        p.insert(u"format"_s, m_nameFormat->currentData().toString());
    } else {
        p = m_model->transforms().at(row).params;
    }
    m_model->setParams(row, p);
    updateState();
}

void TransformDialog::updateState()
{
    const int row = currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
    const QString p = problem();
    m_problem->setText(p);
    m_problem->setVisible(!p.isEmpty());
    m_ok->setEnabled(fb::sync::checkTransforms([&] {
                         fb::sync::FieldMapping edited = m_row;
                         edited.transforms = m_model->transforms();
                         return edited;
                     }())
                         .isEmpty());
}

} // namespace fb::ui
