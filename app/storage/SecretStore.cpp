#include "SecretStore.h"

SecretStore::SecretStore(QObject* parent)
    : QObject(parent)
{
}

// Defined here so the vtable and the moc output have one home.
SecretStore::~SecretStore() = default;
