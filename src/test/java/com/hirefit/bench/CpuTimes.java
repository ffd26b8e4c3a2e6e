package com.hirefit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time used so far, from Linux's /proc: by one process (user + system, {@code /proc/PID/stat}) and by the
 * whole machine (every core's non-idle time, {@code /proc/stat}), in clock ticks. Two samples give the share of
 * one core used in between (100% = one core busy all along). Not a test.
 */
record CpuTimes(long process, long machineBusy) {

    static CpuTimes sample(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        // Fields after the command name, which is in parentheses and may hold spaces: state is field 3, utime 14, stime 15.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long process = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long busy = 0;
        for (int i = 1; i < cpu.length && i <= 7; i++) {
            if (i != 4 && i != 5) {  // user, nice, system, irq, softirq: not idle, iowait or steal
                busy += Long.parseLong(cpu[i]);
            }
        }
        return new CpuTimes(process, busy);
    }

    /** Percent of one core used by the process between {@code before} and this sample. */
    double processPercent(CpuTimes before, double seconds, long ticksPerSecond) {
        return 100.0 * (process - before.process) / ticksPerSecond / seconds;
    }

    /** Percent of one core used by everything on the machine between {@code before} and this sample. */
    double machinePercent(CpuTimes before, double seconds, long ticksPerSecond) {
        return 100.0 * (machineBusy - before.machineBusy) / ticksPerSecond / seconds;
    }
}
