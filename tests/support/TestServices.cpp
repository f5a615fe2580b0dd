#include "TestServices.h"

#include <QStandardPaths>
#include <QTcpServer>
#include <cstdio>
#include <cstdlib>

void TestServices::require(const QStringList& programs)
{
    for (const QString& program : programs) {
        if (!findProgram(program).isEmpty())
            continue;
        const bool required = qEnvironmentVariableIntValue("HERALD_REQUIRE_SERVICES") == 1;
        std::fprintf(stderr, "%s: %s is not installed\n", required ? "FAIL" : "SKIP",
                     qPrintable(program));
        std::exit(required ? 1 : 77);
    }
}

QString TestServices::findProgram(const QString& name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty()) // redis-server and nginx live in sbin on some systems
        path = QStandardPaths::findExecutable(
            name, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    return path;
}

void TestServices::stopProcess(QProcess& process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

int TestServices::freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return -1;
    return server.serverPort();
}
