#pragma once

#include <QWidget>

class QListWidget;

namespace tfi {

// What the window shows before a repository is open: open a folder, a recent repository, or one
// of the bundled workshop examples.
class WelcomePage final : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void setRecentRepositories(const QStringList &paths);

Q_SIGNALS:
    void openRequested();
    void recentRequested(const QString &path);
    void exampleRequested(const QString &name);

private:
    QListWidget *m_recent;
    QListWidget *m_examples;
};

} // namespace tfi
