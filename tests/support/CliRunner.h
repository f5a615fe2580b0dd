#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

// Runs the herald-cli built beside the tests (HERALD_CLI may name another one) as a user would,
// and collects what it prints.
class CliRunner {
public:
    CliRunner();
    ~CliRunner();

    void setEnvironmentVariable(const QString& name, const QString& value);
    void start(const QStringList& arguments);
    // Runs to completion; returns the exit code (-1 when it did not finish in time).
    int run(const QStringList& arguments, int timeoutMs = 30'000);
    bool waitForFinished(int timeoutMs = 30'000);

    // Everything printed so far (reads what is available first).
    QByteArray standardOutput();
    QByteArray standardError();
    QList<QByteArray> outputLines();
    int exitCode() const { return m_process.exitCode(); }
    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    QProcess& process() { return m_process; }

private:
    void collect();

    QProcess m_process;
    QProcessEnvironment m_environment;
    QByteArray m_stdout;
    QByteArray m_stderr;
};
