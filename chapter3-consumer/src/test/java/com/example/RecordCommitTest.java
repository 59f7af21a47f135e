package com.example;

/** 동기 오프셋 커밋 (레코드 단위): the claims on the book's listing, {@link ConsumerWithSyncOffsetCommit}. */
class RecordCommitTest extends RecordCommitClaims {

    RecordCommitTest() {
        super(ConsumerWithSyncOffsetCommit::run);
    }
}
