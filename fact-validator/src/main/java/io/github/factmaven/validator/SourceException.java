package io.github.factmaven.validator;

/** Why a source file cannot be used; fails every claim that cites it. */
final class SourceException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Status status;

    SourceException(Status status, String message) {
        super(message);
        this.status = status;
    }

    Status status() {
        return status;
    }
}
