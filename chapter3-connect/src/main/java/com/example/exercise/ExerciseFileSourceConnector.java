package com.example.exercise;

import org.apache.kafka.connect.connector.Task;

/**
 * The exercise's connector: the book's {@link com.example.SingleFileSourceConnector} with the student's task,
 * {@link SingleFileSourceTask}. Nothing to write here. (Its own name, so the worker's short alias
 * {@code SingleFileSourceConnector} still means the book's connector.)
 */
public class ExerciseFileSourceConnector extends com.example.SingleFileSourceConnector {

    @Override
    public Class<? extends Task> taskClass() {
        return SingleFileSourceTask.class;
    }
}
