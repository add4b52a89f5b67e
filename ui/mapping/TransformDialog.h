#pragma once
// Edits one mapping row's transform list: add, remove, reorder, and each transform's parameters.

#include "sync/Mapping.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace fb::ui {

class TransformListModel;

class TransformDialog : public QDialog
{
    Q_OBJECT

public:
    TransformDialog(const fb::sync::FieldMapping& row, const QString& rowTitle, QWidget* parent = nullptr);

    QList<fb::sync::Transform> transforms() const;
    TransformListModel* model() const { return m_model; }
    // The problem checkTransforms() finds in the list as edited, empty when it is fine.
    QString problem() const;

private:
    void addTransform();
    void showCurrent();
    void storeParams();
    void updateState();
    int currentRow() const;

    fb::sync::FieldMapping m_row;
    TransformListModel* m_model;
    QListView* m_list;
    QComboBox* m_kind;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    QStackedWidget* m_pages;
    QLabel* m_problem;
    QPushButton* m_ok;
    bool m_loading = false;

    QComboBox* m_caseMode;
    QComboBox* m_caseOnly;
    QLineEdit* m_phoneRegion;
    QLineEdit* m_dateHighLevel;
    QLineEdit* m_dateBadger;
    QPlainTextEdit* m_mapValues;
    QCheckBox* m_mapCaseInsensitive;
    QLineEdit* m_template;
    QComboBox* m_nameFormat;
};

} // namespace fb::ui
