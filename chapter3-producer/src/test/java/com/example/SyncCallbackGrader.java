package com.example;

/** Exercise {@code sync-callback}: the sync-callback producer's claims on the student's class. */
class SyncCallbackGrader extends SyncCallbackClaims {

    SyncCallbackGrader() {
        super(com.example.exercise.ProducerWithSyncCallback::send);
    }
}
