#include "ObjectPickerDialog.h"

#include "package/PackageDefinition.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

ObjectPickerDialog::ObjectPickerDialog(const PackageDefinition &package, const QStringList &checked,
                                       QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Sync Only These Objects"));
    setObjectName(QStringLiteral("objectPickerDialog"));

    auto *intro =
        new QLabel(tr("Sync the checked objects now. Only rows that changed since the last sync are "
                      "sent; parents are not added for you, so a child whose parent is not in "
                      "Salesforce yet fails with a lookup error."),
                   this);
    intro->setWordWrap(true);

    m_model = new QStandardItemModel(this);
    for (const PackageObject *object : package.loadOrder()) {
        auto *item = new QStandardItem(object->label);
        item->setData(object->name, Qt::UserRole);
        item->setToolTip(object->name);
        item->setCheckable(true);
        item->setEditable(false);
        item->setCheckState(checked.contains(object->name) ? Qt::Checked : Qt::Unchecked);
        m_model->appendRow(item);
    }
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("objectList"));
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    if (m_model->rowCount() > 0) {
        m_list->setCurrentIndex(m_model->index(0, 0));
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sync Selected"));
    auto *all = m_buttons->addButton(tr("Select &All"), QDialogButtonBox::ResetRole);
    auto *none = m_buttons->addButton(tr("Select &None"), QDialogButtonBox::ResetRole);
    connect(all, &QPushButton::clicked, this, [this]() {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            m_model->item(row)->setCheckState(Qt::Checked);
        }
    });
    connect(none, &QPushButton::clicked, this, [this]() { setChecked({}); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &QStandardItemModel::itemChanged, this, &ObjectPickerDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    resize(460, 520);
    updateOk();
}

QStringList ObjectPickerDialog::selectedObjects() const
{
    QStringList out;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->item(row)->checkState() == Qt::Checked) {
            out.append(m_model->item(row)->data(Qt::UserRole).toString());
        }
    }
    return out;
}

void ObjectPickerDialog::setChecked(const QStringList &objects)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem *item = m_model->item(row);
        item->setCheckState(objects.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                  : Qt::Unchecked);
    }
}

void ObjectPickerDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!selectedObjects().isEmpty());
}
