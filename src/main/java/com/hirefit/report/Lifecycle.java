package com.hirefit.report;

/** Enforces a sink's call order: begin, rows, end, close (close allowed any time, more than once). */
final class Lifecycle {
    private enum Phase { NEW, BEGUN, ENDED, CLOSED }

    private final String sink;
    private Phase phase = Phase.NEW;

    Lifecycle(String sink) {
        this.sink = sink;
    }

    void begin() {
        expect(Phase.NEW, "begin");
        phase = Phase.BEGUN;
    }

    void row(String call) {
        expect(Phase.BEGUN, call);
    }

    void end() {
        expect(Phase.BEGUN, "end");
        phase = Phase.ENDED;
    }

    boolean ended() {
        return phase == Phase.ENDED;
    }

    /** Marks the sink closed; false when it already was (the caller then does nothing). */
    boolean close() {
        if (phase == Phase.CLOSED) {
            return false;
        }
        phase = Phase.CLOSED;
        return true;
    }

    private void expect(Phase wanted, String call) {
        if (phase != wanted) {
            throw new IllegalStateException(sink + "." + call + "() called when the report is " + describe());
        }
    }

    private String describe() {
        return switch (phase) {
            case NEW -> "not begun";
            case BEGUN -> "already begun";
            case ENDED -> "already ended";
            case CLOSED -> "closed";
        };
    }
}
