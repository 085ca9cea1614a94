#pragma once

#include <QColor>
#include <QWidget>

class QLabel;

// An inline message on a wizard page: an icon, a bold title and the explanation, tinted by
// kind. Errors say what went wrong and what to do next; no message boxes in the wizard.
class NoticeBanner : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Info,
        Success,
        Warning,
        Error
    };

    explicit NoticeBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &title, const QString &text = QString());
    void clear();

    Kind kind() const { return m_kind; }
    QString title() const;
    QString text() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Kind m_kind = Kind::Info;
    QColor m_background;
    QColor m_border;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
};
