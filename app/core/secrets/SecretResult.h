#pragma once

#include <QString>

// What a keychain operation came back with. Every failure carries a message a user can act on.
struct SecretResult
{
    enum class Status
    {
        Ok,
        NotFound,  // no entry under that key (or a locked keyring that hides it)
        NoService, // no Secret Service / keychain is reachable
        Locked,    // the keyring exists but is locked
        Denied,    // the user or the system refused access
        Failed     // anything else
    };

    Status status = Status::Failed;
    QString value;  // the secret, only for a successful read
    QString detail; // the backend's own words, for logs and "details"

    bool ok() const { return status == Status::Ok; }
    // Explains the problem and what to do about it.
    QString userMessage() const;
    static QString statusName(Status status);
};
