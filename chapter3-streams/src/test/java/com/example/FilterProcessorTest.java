package com.example;

/** 프로세서 API: the claims on {@link SimpleKafkaProcessor} with the book's {@link FilterProcessor}. */
class FilterProcessorTest extends FilterProcessorClaims {

    FilterProcessorTest() {
        super(FilterProcessor::new);
    }
}
