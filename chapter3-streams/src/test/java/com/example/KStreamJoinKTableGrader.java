package com.example;

/** Exercise {@code kstream-join-ktable}: the KStream–KTable join's claims on the student's topology. */
class KStreamJoinKTableGrader extends KStreamJoinKTableClaims {

    KStreamJoinKTableGrader() {
        super(com.example.exercise.KStreamJoinKTable::buildTopology);
    }
}
