#include "KeychainSecretStore.h"

#include <QLoggingCategory>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>
#include <utility>

namespace {

Q_LOGGING_CATEGORY(lcSecrets, "herald.storage.secrets", QtWarningMsg)

const QString probeKey = QStringLiteral("herald-keychain-probe");

// A missing entry is an answer, not a failure: the caller simply has no secret stored yet.
bool succeeded(const QKeychain::Job* job)
{
    return job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
}

QString failureText(const QKeychain::Job* job, const QString& action)
{
    const QString detail = job->errorString().isEmpty()
                               ? KeychainSecretStore::tr("error %1").arg(int(job->error()))
                               : job->errorString();
    qCWarning(lcSecrets) << action << "failed for" << job->key() << ":" << detail;
    return KeychainSecretStore::tr("%1 failed: %2").arg(action, detail);
}

// Jobs get no parent: QtKeychain's backends call back into a job that is still running, so a
// job must not be deleted with its owner; autoDelete frees it once it has finished.
template <typename JobType> JobType* newJob(const QString& key)
{
    auto* job = new JobType(KeychainSecretStore::serviceName());
    job->setAutoDelete(true);
    job->setKey(key);
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject* parent)
    : SecretStore(parent)
{
}

QString KeychainSecretStore::serviceName()
{
    return QStringLiteral("Herald");
}

void KeychainSecretStore::read(const QString& key)
{
    auto* job = newJob<QKeychain::ReadPasswordJob>(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        if (succeeded(job))
            emit readFinished(key, job->textData(), QString());
        else
            emit readFinished(key, QString(), failureText(job, tr("Reading the password")));
    });
    job->start();
}

void KeychainSecretStore::write(const QString& key, const QString& secret)
{
    auto* job = newJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        emit writeFinished(key, succeeded(job) ? QString()
                                               : failureText(job, tr("Storing the password")));
    });
    job->start();
}

void KeychainSecretStore::remove(const QString& key)
{
    auto* job = newJob<QKeychain::DeletePasswordJob>(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        emit removeFinished(key, succeeded(job) ? QString()
                                                : failureText(job, tr("Removing the password")));
    });
    job->start();
}

QString KeychainSecretStore::description() const
{
    return tr("Passwords are kept in the system keychain.");
}

void KeychainSecretStore::probe(QObject* context, ProbeCallback done, int timeoutMs)
{
    // Shared by the job and the timer: whichever comes first answers, the other stays silent.
    auto pending = std::make_shared<ProbeCallback>(std::move(done));
    auto answer = [pending](bool available, const QString& why) {
        if (const ProbeCallback callback = std::exchange(*pending, nullptr))
            callback(available, why);
    };

    auto* job = newJob<QKeychain::ReadPasswordJob>(probeKey);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, answer] {
        if (succeeded(job))
            answer(true, QString());
        else
            answer(false, failureText(job, tr("Opening the keychain")));
    });
    QTimer::singleShot(timeoutMs, context, [answer, timeoutMs] {
        answer(false, tr("The keychain did not answer within %1 s.").arg(timeoutMs / 1000.0));
    });
    job->start();
}
