package com.example;

/** Exercise {@code record-commit}: the claims of {@link ConsumerWithSyncOffsetCommit} on the student's class. */
class RecordCommitGrader extends RecordCommitClaims {

    RecordCommitGrader() {
        super(com.example.exercise.ConsumerWithSyncOffsetCommit::run);
    }
}
