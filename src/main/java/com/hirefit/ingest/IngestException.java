package com.hirefit.ingest;

/** The file as a whole cannot be read (unknown format, no header, no ID column, not a spreadsheet...). */
public class IngestException extends Exception {
    public IngestException(String message) {
        super(message);
    }

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
