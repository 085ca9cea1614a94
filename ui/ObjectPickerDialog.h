#pragma once

#include <QDialog>

class PackageDefinition;
class QDialogButtonBox;
class QListView;
class QStandardItemModel;

// "Only these objects…": the package's objects in load order, with check boxes. Children
// picked without their parents are fine (lookups use the parent's external ID); the dialog
// says so rather than forbidding it.
class ObjectPickerDialog : public QDialog
{
    Q_OBJECT

public:
    ObjectPickerDialog(const PackageDefinition &package, const QStringList &checked,
                       QWidget *parent = nullptr);

    QStringList selectedObjects() const;
    void setChecked(const QStringList &objects);

private:
    void updateOk();

    QStandardItemModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
