/*
 * Latency of one GET of the API, repeated: p50 and p99 over the requests after a warm-up.
 *   java tools/PageBenchmark.java <url> <token-url> <warmup-requests> <requests> <label>
 */
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class PageBenchmark {
    public static void main(String[] args) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> t = http.send(HttpRequest.newBuilder(URI.create(args[1]))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=samverkan-cli&username=handler.region&password=demo"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(t.body());
        m.find();
        HttpRequest get = HttpRequest.newBuilder(URI.create(args[0]))
                .header("Authorization", "Bearer " + m.group(1)).header("Accept", "application/json").build();
        int warmup = Integer.parseInt(args[2]);
        int n = Integer.parseInt(args[3]);
        long[] latencies = new long[n];
        int items = -1;
        for (int i = 0; i < warmup + n; i++) {
            long before = System.nanoTime();
            HttpResponse<String> r = http.send(get, HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - before;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(r.statusCode() + " " + r.body());
            }
            if (i >= warmup) {
                latencies[i - warmup] = took;
            }
            items = r.body().split("\"caseNumber\"", -1).length - 1;
        }
        Arrays.sort(latencies);
        System.out.printf("rest %s: items=%d p50=%.2fms p99=%.2fms%n", args[4], items,
                latencies[(int) Math.ceil(0.5 * n) - 1] / 1e6, latencies[(int) Math.ceil(0.99 * n) - 1] / 1e6);
    }
}
