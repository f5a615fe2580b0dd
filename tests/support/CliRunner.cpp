#include "CliRunner.h"

#include "TestServices.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

CliRunner::CliRunner()
    : m_environment(QProcessEnvironment::systemEnvironment())
{
    m_environment.remove(QStringLiteral("HERALD_PASSWORD"));
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, [this] { collect(); });
    QObject::connect(&m_process, &QProcess::readyReadStandardError, [this] { collect(); });
}

CliRunner::~CliRunner()
{
    TestServices::stopProcess(m_process);
}

void CliRunner::setEnvironmentVariable(const QString& name, const QString& value)
{
    m_environment.insert(name, value);
}

void CliRunner::start(const QStringList& arguments)
{
    const QString program = qEnvironmentVariable("HERALD_CLI", QStringLiteral(HERALD_CLI_PATH));
    m_process.setProcessEnvironment(m_environment);
    m_process.start(program, arguments);
    m_process.waitForStarted(10'000);
}

int CliRunner::run(const QStringList& arguments, int timeoutMs)
{
    start(arguments);
    return waitForFinished(timeoutMs) ? m_process.exitCode() : -1;
}

bool CliRunner::waitForFinished(int timeoutMs)
{
    // Keep the event loop turning so our own readyRead handlers collect output.
    QDeadlineTimer deadline(timeoutMs);
    while (m_process.state() != QProcess::NotRunning && !deadline.hasExpired())
        m_process.waitForFinished(50);
    collect();
    return m_process.state() == QProcess::NotRunning;
}

void CliRunner::collect()
{
    m_stdout += m_process.readAllStandardOutput();
    m_stderr += m_process.readAllStandardError();
}

QByteArray CliRunner::standardOutput()
{
    collect();
    return m_stdout;
}

QByteArray CliRunner::standardError()
{
    collect();
    return m_stderr;
}

QList<QByteArray> CliRunner::outputLines()
{
    QList<QByteArray> lines = standardOutput().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}
