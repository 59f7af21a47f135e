package com.example;

/** 리밸런스 리스너: the claims on {@link ConsumerWithRebalanceListener} with the fixed {@link RebalanceListener}. */
class RebalanceListenerTest extends RebalanceListenerClaims {

    RebalanceListenerTest() {
        super(RebalanceListener::new);
    }
}
