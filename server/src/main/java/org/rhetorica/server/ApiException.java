package org.rhetorica.server;

/** A request the API answers with an error status and a message for the client. */
final class ApiException extends RuntimeException {
    private final int status;

    ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }

    static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    static ApiException overloaded(String what) {
        return new ApiException(503, "the workbench is busy with other " + what + "; try again in a moment");
    }
}
