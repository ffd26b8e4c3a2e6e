package com.hirefit.job;

/** The job file is unreadable or invalid; the message names the file and the field at fault. */
public class JobFileException extends Exception {
    public JobFileException(String message) {
        super(message);
    }
}
