package org.asylon.bench;

/** What one load level measured: successes, failures, their latencies, over how long. */
record LevelResult(
        int clients,
        long ok,
        long errors,
        double seconds,
        double p50Millis,
        double p99Millis,
        double maxMillis) {

    double perSecond() {
        return seconds <= 0 ? Double.NaN : ok / seconds;
    }

    static LevelResult of(int clients, long errors, double seconds, Latencies latencies) {
        return new LevelResult(
                clients,
                latencies.count(),
                errors,
                seconds,
                latencies.percentileMillis(50),
                latencies.percentileMillis(99),
                latencies.percentileMillis(100));
    }
}
