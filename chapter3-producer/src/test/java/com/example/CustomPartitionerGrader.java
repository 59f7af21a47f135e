package com.example;

/** Exercise {@code custom-partitioner}: the custom partitioner's claims on the student's partitioner. */
class CustomPartitionerGrader extends CustomPartitionerClaims {

    CustomPartitionerGrader() {
        super(com.example.exercise.CustomPartitioner.class);
    }
}
