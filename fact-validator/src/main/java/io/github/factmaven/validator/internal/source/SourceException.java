package io.github.factmaven.validator.internal.source;

import io.github.factmaven.validator.api.Status;

/** Why a source file cannot be used; fails every claim that cites it. */
public final class SourceException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Status status;

    public SourceException(Status status, String message) {
        super(message);
        this.status = status;
    }

    public Status status() {
        return status;
    }
}
