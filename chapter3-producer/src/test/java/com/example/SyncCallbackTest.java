package com.example;

/** The sync-callback producer's claims on the book's listing, {@link ProducerWithSyncCallback}. */
class SyncCallbackTest extends SyncCallbackClaims {

    SyncCallbackTest() {
        super(ProducerWithSyncCallback::send);
    }
}
