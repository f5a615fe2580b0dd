#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// What a test needs from the machine, and what happens when it is missing.
//
// A test whose external program is missing exits 77, which ctest reports as skipped
// (SKIP_RETURN_CODE 77): useful on a developer machine without redis-server. With
// HERALD_REQUIRE_SERVICES=1, as CI sets it, a missing program fails the test instead, so CI
// skips nothing.
class TestServices {
public:
    static void require(const QStringList& programs);
    static QString findProgram(const QString& name);
    // A loopback TCP port that was free a moment ago.
    static int freePort();
    // SIGTERM to the child's PID, SIGKILL after a grace period; always reaped (PID 1 on these
    // machines does not reap orphans).
    static void stopProcess(QProcess& process);
};

// main() for a Qt Test that needs external programs.
#define HERALD_TEST_MAIN(TestObject, ...)                                                          \
    int main(int argc, char* argv[])                                                               \
    {                                                                                              \
        QCoreApplication app(argc, argv);                                                          \
        TestServices::require(QStringList{__VA_ARGS__});                                           \
        TestObject test;                                                                           \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&test, argc, argv);                                                    \
    }

// The same for tests that need QApplication (widgets).
#define HERALD_TEST_MAIN_WIDGETS(TestObject, ...)                                                  \
    int main(int argc, char* argv[])                                                               \
    {                                                                                              \
        QApplication app(argc, argv);                                                              \
        TestServices::require(QStringList{__VA_ARGS__});                                           \
        TestObject test;                                                                           \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
