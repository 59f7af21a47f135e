package com.example.common;

/** No broker answered at the configured address; the message is a one-line hint for the reader. */
public class BrokerUnreachableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BrokerUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
