package com.example;

/** Exercise {@code sync-commit}: the claims of {@link ConsumerWithSyncCommit} on the student's class. */
class SyncCommitGrader extends SyncCommitClaims {

    SyncCommitGrader() {
        super(com.example.exercise.ConsumerWithSyncCommit::run);
    }
}
