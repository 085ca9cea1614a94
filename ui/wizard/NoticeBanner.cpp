#include "wizard/NoticeBanner.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace {

struct Tint
{
    const char *background;
    const char *border;
    const char *text;
    const char *icon;
};

Tint tintFor(NoticeBanner::Kind kind)
{
    switch (kind) {
    case NoticeBanner::Kind::Success:
        return {"#f0fdf4", "#bbf7d0", "#14532d", ":/icons/state-ok.svg"};
    case NoticeBanner::Kind::Warning:
        return {"#fffbeb", "#fde68a", "#78350f", ":/icons/state-warning.svg"};
    case NoticeBanner::Kind::Error:
        return {"#fef2f2", "#fecaca", "#7f1d1d", ":/icons/state-failed.svg"};
    case NoticeBanner::Kind::Info:
        break;
    }
    return {"#eff6ff", "#bfdbfe", "#1e3a5f", ":/icons/state-idle.svg"};
}

} // namespace

NoticeBanner::NoticeBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("noticeBanner"));
    m_icon = new QLabel(this);
    m_icon->setFixedSize(20, 20);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("noticeTitle"));
    m_title->setWordWrap(true);
    QFont font = m_title->font();
    font.setWeight(QFont::DemiBold);
    m_title->setFont(font);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("noticeText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *words = new QVBoxLayout;
    words->setSpacing(2);
    words->addWidget(m_title);
    words->addWidget(m_text);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 12, 8);
    layout->setSpacing(8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(words, 1);
    hide();
}

void NoticeBanner::showMessage(Kind kind, const QString &title, const QString &text)
{
    m_kind = kind;
    const Tint tint = tintFor(kind);
    setStyleSheet(
        QStringLiteral("QFrame#noticeBanner { background: %1; border: 1px solid %2; border-radius: 6px; }"
                       " QFrame#noticeBanner QLabel { color: %3; background: transparent; }")
            .arg(QLatin1String(tint.background), QLatin1String(tint.border), QLatin1String(tint.text)));
    m_icon->setPixmap(QIcon(QLatin1String(tint.icon)).pixmap(18, 18));
    m_title->setText(title);
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
    show();
}

void NoticeBanner::clear()
{
    m_title->clear();
    m_text->clear();
    hide();
}

QString NoticeBanner::title() const
{
    return m_title->text();
}

QString NoticeBanner::text() const
{
    return m_text->text();
}
