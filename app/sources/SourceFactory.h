#pragma once

#include "storage/ConnectionProfile.h"

class QObject;
class Source;

// Makes the Source a connection profile describes: its URL's scheme picks the kind (redis://,
// rediss://, socketio+ws://, nchan+ws://, ws://, and their TLS forms). The one place that knows
// every kind, so the tray app and herald-cli create sources the same way.
class SourceFactory {
public:
    // `secret` is the Redis password or the gateway's token. Returns nullptr and sets *error
    // when the profile cannot be used as it is (e.g. an unusable URL or header).
    static Source* create(const ConnectionProfile& profile, const QString& secret, QObject* parent,
                          QString* error = nullptr);
};
