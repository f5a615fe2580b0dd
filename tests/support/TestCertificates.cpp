#include "TestCertificates.h"

#include <QFile>
#include <QProcess>

bool TestCertificates::openssl(const QStringList& arguments, QString* error) const
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(30'000) || process.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed: %2")
                     .arg(arguments.join(u' '), QString::fromUtf8(process.readAllStandardError()));
        return false;
    }
    return true;
}

bool TestCertificates::makeCa(const QString& name, QString* error) const
{
    return openssl({"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-keyout",
                    name + ".key", "-out", name + ".crt", "-subj", "/CN=Herald Test " + name},
                   error);
}

bool TestCertificates::makeSigned(const QString& name, const QString& subject,
                                  const QString& altNames, QString* error) const
{
    QFile ext(m_dir.filePath(name + QStringLiteral(".ext")));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write(altNames.isEmpty() ? QByteArray("extendedKeyUsage=clientAuth\n")
                                 : "subjectAltName=" + altNames.toUtf8() + "\n");
    ext.close();
    return openssl({"req", "-newkey", "rsa:2048", "-nodes", "-keyout", name + ".key", "-out",
                    name + ".csr", "-subj", subject},
                   error) &&
           openssl({"x509", "-req", "-in", name + ".csr", "-CA", "ca.crt", "-CAkey", "ca.key",
                    "-CAcreateserial", "-days", "2", "-out", name + ".crt", "-extfile",
                    name + ".ext"},
                   error);
}

bool TestCertificates::generate(QString* error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    return makeCa(QStringLiteral("ca"), error) && makeCa(QStringLiteral("otherca"), error) &&
           makeSigned(QStringLiteral("server"), QStringLiteral("/CN=localhost"),
                      QStringLiteral("DNS:localhost,IP:127.0.0.1"), error) &&
           makeSigned(QStringLiteral("wrongname"), QStringLiteral("/CN=wrong.example"),
                      QStringLiteral("DNS:wrong.example"), error) &&
           makeSigned(QStringLiteral("client"), QStringLiteral("/CN=herald-client"), QString(),
                      error);
}
