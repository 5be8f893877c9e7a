package org.rhetorica.io;

/**
 * Something a user gave (a corpus file, a folder, a list of known claims) is not what it should be.
 * The message names the file, line or value and what is wrong, so that the command line can report
 * it in one line, unlike a bug, which shows its stack trace.
 */
public class InvalidInputException extends RuntimeException {
    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
