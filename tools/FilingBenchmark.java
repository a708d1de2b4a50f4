/*
 * Filing over REST with a bearer token at a given concurrency: warm up, then measure throughput
 * and latency percentiles. Run by `./samverkan benchmark` (see README); the JDK alone:
 *   java tools/FilingBenchmark.java <api-url> <token-url> <clients> <warmup-seconds> <seconds>
 * Prints one line: clients, requests, throughput, p50, p99 (ms).
 */
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class FilingBenchmark {

    static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        String api = args[0];
        String token = token(args[1]);
        int clients = Integer.parseInt(args[2]);
        long warmup = Long.parseLong(args[3]) * 1_000_000_000L;
        long measure = Long.parseLong(args[4]) * 1_000_000_000L;
        String body = """
                {"type":"DEVIATION","occurredAt":"2026-03-14T21:30:00+01:00",
                 "concernedPrincipalId":"region-jamtland-harjedalen","areaCode":"MEDICATION",
                 "summary":"Benchmark","description":"Fel dos i dosett","consequence":1,"likelihood":2}
                """;
        long start = System.nanoTime();
        long measureFrom = start + warmup;
        long end = measureFrom + measure;
        AtomicLong failures = new AtomicLong();
        List<long[]> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long[] latencies = new long[2_000_000];
            perClient.add(latencies);
            int slot = c;
            Thread t = new Thread(() -> {
                int n = 0;
                HttpRequest request = HttpRequest.newBuilder(URI.create(api + "/cases"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json").header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                while (true) {
                    long before = System.nanoTime();
                    if (before >= end) {
                        break;
                    }
                    try {
                        int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status != 201) {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    long after = System.nanoTime();
                    if (before >= measureFrom && after <= end && n < latencies.length) {
                        latencies[n++] = after - before;
                    }
                }
                perClient.set(slot, Arrays.copyOf(latencies, n));
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double seconds = measure / 1e9;
        System.out.printf("rest clients=%d requests=%d throughput=%.0f/s p50=%.2fms p99=%.2fms failures=%d%n",
                clients, all.length, all.length / seconds, pct(all, 50), pct(all, 99), failures.get());
    }

    static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    static String token(String tokenUrl) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=samverkan-cli&username=reporter.ostersund&password=demo"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("no token: " + r.body());
        }
        return m.group(1);
    }
}
