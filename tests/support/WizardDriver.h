#pragma once

// Drives the setup wizard the way a person does (clicks, typing, a browser following the
// sandbox's pages), for the wizard's UI and keychain tests and its screenshot driver.
// Header-only; GUI test executables only.

#include "SalesforceTestSupport.h"
#include "SandboxProcess.h"
#include "TestEnvironment.h"
#include "wizard/SandboxInfo.h"
#include "wizard/SetupWizard.h"
#include "wizard/SetupWizardController.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTest>

namespace WizardTest {

inline SandboxInfo infoOf(const SandboxProcess &sandbox)
{
    const SandboxProcess::Info &i = sandbox.info();
    SandboxInfo info;
    info.metronomeUrl = i.metronomeUrl;
    info.metronomeToken = i.metronomeToken;
    info.salesforceLoginUrl = i.salesforceLoginUrl;
    info.salesforceInstanceUrl = i.salesforceInstanceUrl;
    info.salesforceClientId = i.salesforceClientId;
    info.adminUrl = i.adminUrl;
    return info;
}

inline QString unescapeHtml(QString s)
{
    s.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    s.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    s.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    s.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    s.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return s;
}

// A page's first form: its action and hidden fields.
struct Form
{
    QUrl action;
    QList<QPair<QString, QString>> fields;
    bool found = false;
};

inline Form formOf(const QUrl &page, const QByteArray &body)
{
    static const QRegularExpression action(QStringLiteral("<form method=\"post\" action=\"([^\"]+)\">"));
    static const QRegularExpression hidden(
        QStringLiteral("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">"));
    const QString html = QString::fromUtf8(body);
    Form form;
    const QRegularExpressionMatch m = action.match(html);
    if (!m.hasMatch()) {
        return form;
    }
    form.found = true;
    form.action = page.resolved(QUrl(unescapeHtml(m.captured(1))));
    for (QRegularExpressionMatchIterator it = hidden.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch h = it.next();
        form.fields.append({h.captured(1), unescapeHtml(h.captured(2))});
    }
    return form;
}

// What a browser does with the authorize URL: GET it; with auto-approve it redirects at once,
// otherwise submit the Allow (or Deny) form; then GET the 302 Location, which is the wizard's
// loopback listener. Returns that last answer's status (0 when it never got there).
inline int followAuthorize(const QUrl &authorizeUrl, const QString &button = QStringLiteral("allow"))
{
    sftest::RawReply reply = sftest::raw("GET", authorizeUrl);
    if (reply.status == 200) {
        Form form = formOf(authorizeUrl, reply.body);
        if (!form.found) {
            return 0;
        }
        form.fields.append({QStringLiteral("decision"), button});
        reply = sftest::raw("POST", form.action, sftest::form(form.fields),
                            {{"Content-Type", "application/x-www-form-urlencoded"}});
    }
    if (reply.status != 302) {
        return 0;
    }
    return sftest::raw("GET", QUrl::fromEncoded(reply.header("Location"))).status;
}

// What the admin does on the sandbox's install page: pick who gets the package, click Install.
inline int submitInstallPage(const QUrl &installUrl, const QString &access = QStringLiteral("all"))
{
    const sftest::RawReply page = sftest::raw("GET", installUrl);
    Form form = formOf(installUrl, page.body);
    if (page.status != 200 || !form.found) {
        return 0;
    }
    form.fields.append({QStringLiteral("access"), access});
    return sftest::raw("POST", form.action, sftest::form(form.fields),
                       {{"Content-Type", "application/x-www-form-urlencoded"}})
        .status;
}

template<typename T>
T *child(const QObject *parent, const QString &name)
{
    return parent->findChild<T *>(name);
}

inline void click(QAbstractButton *button)
{
    // Check boxes and radio buttons take clicks on their indicator and label only, and may be
    // wider than both: click the indicator.
    const bool indicator = qobject_cast<QCheckBox *>(button) || qobject_cast<QRadioButton *>(button);
    QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier,
                      indicator ? QPoint(8, button->height() / 2) : QPoint());
}

inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// Steps through one wizard, waiting for the controller's asynchronous checks.
class Driver
{
public:
    explicit Driver(SetupWizard *wizard)
        : m_wizard(wizard)
    {}

    SetupWizard *wizard() const { return m_wizard; }
    SetupWizardController *controller() const { return m_wizard->controller(); }
    QAbstractButton *button(QWizard::WizardButton which) const { return m_wizard->button(which); }
    int page() const { return m_wizard->currentId(); }

    // Clicks Next (or Finish on the last page); true when the page moved on or the wizard closed.
    bool next()
    {
        const int before = page();
        QAbstractButton *b =
            button(before == SetupWizard::SyncPageId ? QWizard::FinishButton : QWizard::NextButton);
        if (!b->isVisible() || !b->isEnabled()) {
            return false;
        }
        click(b);
        return TestEnvironment::waitFor([&]() { return !m_wizard->isVisible() || page() != before; }, 20000);
    }

    // Step 1: the package is installed (the box), then Next.
    bool passPackagePage()
    {
        auto *installed = child<QCheckBox>(m_wizard, QStringLiteral("packageInstalledCheck"));
        if (!installed->isChecked()) {
            click(installed);
        }
        return next();
    }

    // Step 2: types the token (when given) and clicks Verify; waits for the answer.
    SetupWizardController::TokenState verify(const QString &token = QString())
    {
        auto *edit = child<QLineEdit>(m_wizard, QStringLiteral("tokenEdit"));
        if (!token.isNull()) {
            typeInto(edit, token);
        }
        click(child<QAbstractButton>(m_wizard, QStringLiteral("verifyButton")));
        TestEnvironment::waitFor(
            [&]() { return controller()->tokenState() != SetupWizardController::TokenState::Verifying; },
            30000);
        return controller()->tokenState();
    }

    // Step 3: Sign in, follow the browser through the sandbox's Allow page, wait for the checklist.
    SetupWizardController::SignInState signIn(const QString &buttonChoice = QStringLiteral("allow"))
    {
        click(child<QAbstractButton>(m_wizard, QStringLiteral("signInButton")));
        if (!TestEnvironment::waitFor([&]() { return !controller()->authorizeUrl().isEmpty(); }, 10000)) {
            return controller()->signInState();
        }
        m_lastCallbackStatus = followAuthorize(controller()->authorizeUrl(), buttonChoice);
        TestEnvironment::waitFor(
            [&]() {
                const auto s = controller()->signInState();
                return s == SetupWizardController::SignInState::Checked ||
                       s == SetupWizardController::SignInState::Failed;
            },
            30000);
        return controller()->signInState();
    }
    int lastCallbackStatus() const { return m_lastCallbackStatus; }

    // Steps 1–3 against a sandbox with the package installed; ends on step 4.
    bool toSyncPage()
    {
        return passPackagePage() && verify() == SetupWizardController::TokenState::Stored && next() &&
               signIn() == SetupWizardController::SignInState::Checked && next();
    }

private:
    SetupWizard *m_wizard;
    int m_lastCallbackStatus = 0;
};

} // namespace WizardTest
