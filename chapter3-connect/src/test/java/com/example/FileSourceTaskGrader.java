package com.example;

/** Exercise {@code file-source-task}: the file source task's claims on the student's task. */
class FileSourceTaskGrader extends FileSourceTaskClaims {

    FileSourceTaskGrader() {
        super(com.example.exercise.ExerciseFileSourceConnector.class);
    }
}
