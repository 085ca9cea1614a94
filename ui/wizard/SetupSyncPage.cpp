#include "wizard/SetupSyncPage.h"

#include "wizard/NoticeBanner.h"
#include "wizard/SetupWizardController.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace {
constexpr int kObjectNameRole = Qt::UserRole + 1;
}

SetupSyncPage::SetupSyncPage(SetupWizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("syncPage"));
    setTitle(tr("Choose what to sync"));
    setSubTitle(tr("You can change all of this later by running the setup again on this workspace."));
    setFinalPage(true);

    auto *customersBox = new QGroupBox(tr("Customers"), this);
    m_allCustomers = new QRadioButton(customersBox);
    m_allCustomers->setObjectName(QStringLiteral("scopeAllCustomers"));
    m_linkedOnly = new QRadioButton(customersBox);
    m_linkedOnly->setObjectName(QStringLiteral("scopeLinkedOnly"));
    auto *linkHint =
        new QLabel(tr("Link a customer to a Salesforce account in Metronome (customer ▸ Settings ▸ "
                      "Linked Accounts) or on the Customers page."),
                   customersBox);
    linkHint->setWordWrap(true);
    linkHint->setForegroundRole(QPalette::PlaceholderText);
    linkHint->setContentsMargins(24, 0, 0, 0);
    auto *scopeGroup = new QButtonGroup(this);
    scopeGroup->addButton(m_allCustomers);
    scopeGroup->addButton(m_linkedOnly);
    auto *customersLayout = new QVBoxLayout(customersBox);
    customersLayout->addWidget(m_allCustomers);
    customersLayout->addWidget(m_linkedOnly);
    customersLayout->addWidget(linkHint);

    auto *scheduleBox = new QGroupBox(tr("When"), this);
    m_daily = new QRadioButton(tr("&Daily at"), scheduleBox);
    m_daily->setObjectName(QStringLiteral("scheduleDaily"));
    m_dailyTime = new QTimeEdit(scheduleBox);
    m_dailyTime->setObjectName(QStringLiteral("dailyTimeEdit"));
    m_dailyTime->setDisplayFormat(QStringLiteral("HH:mm"));
    m_every = new QRadioButton(tr("E&very"), scheduleBox);
    m_every->setObjectName(QStringLiteral("scheduleEvery"));
    m_hours = new QSpinBox(scheduleBox);
    m_hours->setObjectName(QStringLiteral("everyHoursSpin"));
    m_hours->setRange(1, 24);
    m_hours->setSuffix(tr(" hours"));
    m_scheduleSummary = new QLabel(scheduleBox);
    m_scheduleSummary->setObjectName(QStringLiteral("scheduleSummary"));
    m_scheduleSummary->setWordWrap(true);
    m_scheduleSummary->setForegroundRole(QPalette::PlaceholderText);
    auto *scheduleGroup = new QButtonGroup(this);
    scheduleGroup->addButton(m_daily);
    scheduleGroup->addButton(m_every);
    auto *scheduleLayout = new QGridLayout(scheduleBox);
    scheduleLayout->addWidget(m_daily, 0, 0);
    scheduleLayout->addWidget(m_dailyTime, 0, 1);
    scheduleLayout->addWidget(new QLabel(tr("UTC"), scheduleBox), 0, 2);
    scheduleLayout->addWidget(m_every, 1, 0);
    scheduleLayout->addWidget(m_hours, 1, 1);
    scheduleLayout->addWidget(m_scheduleSummary, 2, 0, 1, 4);
    scheduleLayout->setColumnStretch(3, 1);

    auto *objectsBox = new QGroupBox(tr("Salesforce objects"), this);
    m_objectModel = new QStandardItemModel(this);
    m_objects = new QListView(objectsBox);
    m_objects->setObjectName(QStringLiteral("objectsView"));
    m_objects->setModel(m_objectModel);
    m_objects->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_objects->setSelectionMode(QAbstractItemView::NoSelection);
    m_objects->setUniformItemSizes(true);
    m_objects->setSpacing(2);
    m_objectsSummary = new QLabel(objectsBox);
    m_objectsSummary->setObjectName(QStringLiteral("objectsSummary"));
    m_objectsSummary->setWordWrap(true);
    m_objectsSummary->setForegroundRole(QPalette::PlaceholderText);
    auto *all = new QPushButton(tr("Chec&k All"), objectsBox);
    all->setObjectName(QStringLiteral("selectAllObjectsButton"));
    auto *objectsBar = new QHBoxLayout;
    objectsBar->addWidget(m_objectsSummary, 1);
    objectsBar->addWidget(all);
    auto *objectsLayout = new QVBoxLayout(objectsBox);
    objectsLayout->addWidget(m_objects, 1);
    objectsLayout->addLayout(objectsBar);

    // What Complete setup is about to do, in one place.
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("setupSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setStyleSheet(
        QStringLiteral("QLabel#setupSummary { background: #f8fafc; border: 1px solid #e2e8f0; "
                       "border-radius: 6px; padding: 10px; color: #334155; }"));

    m_result = new NoticeBanner(this);
    m_result->setObjectName(QStringLiteral("finishResult"));

    auto *left = new QVBoxLayout;
    left->addWidget(customersBox);
    left->addWidget(scheduleBox);
    left->addStretch(1);
    left->addWidget(m_summary);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(objectsBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_result);

    connect(m_allCustomers, &QRadioButton::toggled, this, [this](bool on) {
        if (on) {
            m_controller->setScope(Sync::Scope::AllCustomers);
        }
    });
    connect(m_linkedOnly, &QRadioButton::toggled, this, [this](bool on) {
        if (on) {
            m_controller->setScope(Sync::Scope::LinkedOnly);
        }
    });
    connect(m_objectModel, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        if (!m_filling) {
            m_controller->setObjectSelected(item->data(kObjectNameRole).toString(),
                                            item->checkState() == Qt::Checked);
        }
    });
    connect(all, &QPushButton::clicked, this, [this]() {
        for (int row = 0; row < m_objectModel->rowCount(); ++row) {
            m_objectModel->item(row)->setCheckState(Qt::Checked);
        }
    });
    connect(m_daily, &QRadioButton::toggled, this, &SetupSyncPage::applySchedule);
    connect(m_dailyTime, &QTimeEdit::timeChanged, this, &SetupSyncPage::applySchedule);
    connect(m_hours, &QSpinBox::valueChanged, this, &SetupSyncPage::applySchedule);
    connect(m_controller, &SetupWizardController::changed, this, &SetupSyncPage::refresh);
}

void SetupSyncPage::initializePage()
{
    setButtonText(QWizard::FinishButton, m_controller->mode() == SetupWizardController::Mode::EditWorkspace
                                             ? tr("&Save Changes")
                                             : tr("&Complete Setup"));
    (m_controller->scope() == Sync::Scope::LinkedOnly ? m_linkedOnly : m_allCustomers)->setChecked(true);
    const Schedule schedule = m_controller->schedule();
    m_filling = true;
    m_dailyTime->setTime(schedule.anchor());
    m_hours->setValue(schedule.kind() == Schedule::Kind::EveryHours ? schedule.hours() : 6);
    (schedule.kind() == Schedule::Kind::EveryHours ? m_every : m_daily)->setChecked(true);
    m_filling = false;
    fillObjects();
    refresh();
}

void SetupSyncPage::fillObjects()
{
    // The objects of the package found in step 3, in the order a sync loads them.
    const std::optional<PackageDefinition> def = m_controller->package();
    const QString variant = def ? def->name() : QString();
    if (variant == m_filledVariant && m_objectModel->rowCount() > 0) {
        return;
    }
    m_filledVariant = variant;
    m_filling = true;
    m_objectModel->clear();
    if (def) {
        for (const PackageObject *object : def->loadOrder()) {
            // Every object is Metronome's; the prefix only costs width.
            QString label = object->label;
            if (label.startsWith(QLatin1String("Metronome "))) {
                label = label.mid(10);
            }
            auto *item = new QStandardItem(label);
            item->setCheckable(true);
            item->setCheckState(m_controller->isObjectSelected(object->name) ? Qt::Checked : Qt::Unchecked);
            item->setData(object->name, kObjectNameRole);
            item->setToolTip(object->name);
            m_objectModel->appendRow(item);
        }
    }
    m_filling = false;
}

void SetupSyncPage::applySchedule()
{
    if (m_filling) {
        return;
    }
    const QTime at = m_dailyTime->time();
    m_controller->setSchedule(m_every->isChecked() ? Schedule::everyHours(m_hours->value(), at)
                                                   : Schedule::daily(at));
}

void SetupSyncPage::refresh()
{
    const QLocale locale;
    if (m_controller->hasMetronomeFindings()) {
        const WorkspaceSetup::MetronomeFindings &f = m_controller->metronomeFindings();
        m_allCustomers->setText(tr("&All customers (%1)").arg(locale.toString(f.customers)));
        m_linkedOnly->setText(tr("Only customers &linked to a Salesforce account (%1)")
                                  .arg(locale.toString(f.linkedCustomers)));
    } else {
        m_allCustomers->setText(tr("&All customers"));
        m_linkedOnly->setText(tr("Only customers &linked to a Salesforce account"));
    }

    const int selected = static_cast<int>(m_controller->selectedObjects().size());
    const int total = m_objectModel->rowCount();
    m_objectsSummary->setText(selected == 0 ? tr("Choose at least one object.")
                              : selected == total
                                  ? tr("All %1 objects of the package.").arg(total)
                                  : tr("%1 of %2 objects. Children of an unchecked object still find "
                                       "their parent by its external ID.")
                                        .arg(selected)
                                        .arg(total));
    m_objectsSummary->setStyleSheet(selected == 0 ? QStringLiteral("color: #b91c1c;") : QString());

    m_dailyTime->setEnabled(true);
    m_hours->setEnabled(m_every->isChecked());
    const Schedule schedule = m_controller->schedule();
    const QDateTime next = schedule.nextAfter(QDateTime::currentDateTimeUtc());
    m_scheduleSummary->setText(
        m_controller->mode() == SetupWizardController::Mode::EditWorkspace
            ? tr("%1. Next scheduled sync: %2 UTC.")
                  .arg(schedule.describe(), locale.toString(next, QStringLiteral("ddd d MMM, HH:mm")))
            : tr("%1. The first sync starts right after setup; the next scheduled one is %2 UTC.")
                  .arg(schedule.describe(), locale.toString(next, QStringLiteral("ddd d MMM, HH:mm"))));

    const bool editing = m_controller->mode() == SetupWizardController::Mode::EditWorkspace;
    const QString customers =
        m_controller->hasMetronomeFindings()
            ? (m_controller->scope() == Sync::Scope::LinkedOnly
                   ? tr("%1 linked customers")
                         .arg(locale.toString(m_controller->metronomeFindings().linkedCustomers))
                   : tr("%1 customers").arg(locale.toString(m_controller->metronomeFindings().customers)))
            : (m_controller->scope() == Sync::Scope::LinkedOnly ? tr("the linked customers")
                                                                : tr("every customer"));
    const QString user = m_controller->connectedUsername();
    const QString objects = selected == 1 ? tr("1 object") : tr("%1 objects").arg(selected);
    const QString as = user.isEmpty() ? tr("the signed-in user") : user;
    m_summary->setText(
        (editing
             ? tr("<b>Save changes</b> updates workspace <b>%1</b> (%2): it syncs %3 into %4 as %5.")
             : tr("<b>Complete setup</b> creates workspace <b>%1</b> (%2) and starts its first sync in the "
                  "background: %3 into %4 as %5."))
            .arg(m_controller->workspaceName().trimmed().toHtmlEscaped(),
                 m_controller->environment().trimmed().toHtmlEscaped(), customers.toHtmlEscaped(),
                 objects.toHtmlEscaped(), as.toHtmlEscaped()) +
        QStringLiteral("<br>") + tr("Then: %1.").arg(schedule.describe().toHtmlEscaped()));

    if (!m_controller->finishError().isEmpty()) {
        m_result->showMessage(
            NoticeBanner::Kind::Error, tr("The workspace could not be saved"),
            tr("%1\n\nNothing was changed. Fix the problem, then try again, or go back to the "
               "step it names.")
                .arg(m_controller->finishError()));
    } else {
        m_result->clear();
    }
    emit completeChanged();
}

bool SetupSyncPage::isComplete() const
{
    return m_controller->isSyncStepComplete() && !m_controller->isBusy();
}

bool SetupSyncPage::validatePage()
{
    // Complete setup is asynchronous when editing (secrets move): the wizard closes once the
    // controller reports finished().
    if (!m_controller->isFinished() && !m_controller->isBusy()) {
        m_controller->finish();
    }
    return m_controller->isFinished();
}
