package org.rhetorica.ingest;

/**
 * An input, or a part of one, that could not be read. The rest of the input and every other input
 * are still processed.
 *
 * @param path the file as given (with a record's position where the file holds several)
 * @param reason what is wrong, in words a user can act on
 */
public record InputFailure(String path, String reason) {
    @Override
    public String toString() {
        return path + ": " + reason;
    }
}
