#pragma once

#include <QWidget>

class QLabel;

namespace kasir {

// One field of a form: caption above (with a required mark), the editor, and a line for its
// message right under it, so that a problem is shown where it is.
class FormField : public QWidget
{
    Q_OBJECT

public:
    FormField(const QString &caption, QWidget *editor, QWidget *parent = nullptr);

    QWidget *editor() const { return m_editor; }
    QLabel *captionLabel() const { return m_caption; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *helpLabel() const { return m_help; } // setCaptionBeside() with a help text only

    void setCaption(const QString &caption);
    void setRequired(bool required);
    bool isRequired() const { return m_required; }
    // Empty clears it. The editor is marked red while there is a message.
    void setError(const QString &message);
    QString error() const;
    // How many lines the message line keeps (2 by default).
    void setMessageLines(int lines);
    // A softer line under the field when there is no error (what will happen, a hint).
    void setHint(const QString &hint);
    // For a form whose captions stand beside the fields (a QFormLayout row, Settings): no
    // caption above the editor, `help` always shown under it, and the message line only while
    // there is a message, wrapped in full.
    void setCaptionBeside(const QString &help = QString());

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateCaption();
    void showMessage();

    QLabel *m_caption;
    QWidget *m_editor;
    QLabel *m_error;
    QLabel *m_help = nullptr;
    QString m_captionText;
    QString m_hint;
    QString m_message;
    bool m_required = false;
    bool m_beside = false;
    int m_messageLines = 2;
};

} // namespace kasir
