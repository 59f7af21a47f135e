package com.example;

/** Exercise {@code rebalance-listener}: the rebalance listener's claims on the student's listener. */
class RebalanceListenerGrader extends RebalanceListenerClaims {

    RebalanceListenerGrader() {
        super(com.example.exercise.RebalanceListener::new);
    }
}
