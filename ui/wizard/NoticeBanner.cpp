#include "wizard/NoticeBanner.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPainter>
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
    return {"#eff6ff", "#bfdbfe", "#1e3a5f", ":/icons/state-info.svg"};
}

} // namespace

NoticeBanner::NoticeBanner(QWidget *parent)
    : QWidget(parent)
{
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
    // Painted, not style-sheeted: pages give their banners object names of their own.
    m_background = QColor(QLatin1String(tint.background));
    m_border = QColor(QLatin1String(tint.border));
    QPalette words = palette();
    words.setColor(QPalette::WindowText, QColor(QLatin1String(tint.text)));
    m_title->setPalette(words);
    m_text->setPalette(words);
    m_icon->setPixmap(QIcon(QLatin1String(tint.icon)).pixmap(18, 18));
    m_title->setText(title);
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
    show();
    update();
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

void NoticeBanner::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(m_border, 1));
    painter.setBrush(m_background);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
}
