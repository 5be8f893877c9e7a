package org.rhetorica.ingest;

/** An input cannot be read; the message says why, for the user. */
public final class InputException extends Exception {
    public InputException(String message) {
        super(message);
    }
}
