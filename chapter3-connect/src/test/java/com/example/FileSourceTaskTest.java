package com.example;

/** The file source task's claims on the project's {@link SingleFileSourceTask} (through its connector). */
class FileSourceTaskTest extends FileSourceTaskClaims {

    FileSourceTaskTest() {
        super(SingleFileSourceConnector.class);
    }
}
