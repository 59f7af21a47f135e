package com.example;

/** Exercise {@code key-producer}: the key producer's claims on the student's class. */
class KeyProducerGrader extends KeyProducerClaims {

    KeyProducerGrader() {
        super(com.example.exercise.ProducerWithKeyValue::send);
    }
}
