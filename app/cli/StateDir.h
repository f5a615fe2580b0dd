#pragma once

#include <QString>

// Where herald-cli keeps its history and stream cursors: by default the tray app's own data
// folder and file, so `listen` resumes where the tray app stopped and `history` shows what either
// of them stored.
class StateDir {
public:
    // The tray app's data folder (QStandardPaths::AppDataLocation of the application "herald").
    static QString defaultPath();
    // The history database in `dir`: the same file name the tray app uses.
    static QString historyFile(const QString& dir);
};
