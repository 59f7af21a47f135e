package com.example;

/** The key producer's claims on the book's listing, {@link ProducerWithKeyValue}. */
class KeyProducerTest extends KeyProducerClaims {

    KeyProducerTest() {
        super(ProducerWithKeyValue::send);
    }
}
