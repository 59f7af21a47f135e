package com.example;

/** 동기 오프셋 커밋: the claims on the book's listing, {@link ConsumerWithSyncCommit}. */
class SyncCommitTest extends SyncCommitClaims {

    SyncCommitTest() {
        super(ConsumerWithSyncCommit::run);
    }
}
