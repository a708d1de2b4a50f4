/*
 * Latency from filing a serious case to the SMTP server accepting its escalation e-mail, and the
 * outbox worker's throughput. Runs its own minimal SMTP server (the server under test must send
 * to it: SAMVERKAN_SMTP_PORT), files serious cases from several clients, and times each
 * escalation from the moment its filing was sent to the moment the SMTP DATA was accepted.
 *   java tools/EscalationLatency.java <api-url> <token-url> <smtp-port> <clients> <cases> [warm-up cases] [filings a second]
 */
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class EscalationLatency {
    static final Pattern CASE_NUMBER = Pattern.compile("SAM-\\d{4}-\\d{5}");
    static final Map<String, Long> FILED = new ConcurrentHashMap<>();
    static final Map<String, Long> ESCALATED = new ConcurrentHashMap<>();
    /** Every e-mail received: its case number and when. */
    static final java.util.Queue<Object[]> RECEIVED = new java.util.concurrent.ConcurrentLinkedQueue<>();

    public static void main(String[] args) throws Exception {
        String api = args[0];
        int port = Integer.parseInt(args[2]);
        int clients = Integer.parseInt(args[3]);
        int cases = Integer.parseInt(args[4]);
        ServerSocket smtp = new ServerSocket(port, 200, InetAddress.getLoopbackAddress());
        ExecutorService sessions = Executors.newCachedThreadPool();
        Thread acceptor = new Thread(() -> {
            while (!smtp.isClosed()) {
                try {
                    Socket s = smtp.accept();
                    sessions.execute(() -> session(s));
                } catch (Exception e) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String token = token(http, args[1]);
        int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 0;
        RATE = args.length > 6 ? Double.parseDouble(args[6]) : 0;
        if (warmup > 0) {
            double rate = RATE;
            RATE = 0;
            run(http, api, token, clients, warmup); // the JIT's round, not reported
            FILED.clear();
            RATE = rate;
        }
        Result r = run(http, api, token, clients, cases);
        List<Long> latencies = new ArrayList<>();
        FILED.forEach((number, sent) -> {
            Long received = ESCALATED.get(number);
            if (received != null) {
                latencies.add(received - sent);
            }
        });
        Collections.sort(latencies);
        int n = latencies.size();
        System.out.printf("serious filings: %d from %d clients in %.1f s (%.0f/s); escalations received: %d%n",
                FILED.size(), clients, r.filingSeconds, FILED.size() / r.filingSeconds, n);
        System.out.printf("filing -> SMTP accepted escalation: p50=%.1fms p99=%.1fms max=%.1fms%n",
                latencies.get((int) Math.ceil(0.5 * n) - 1) / 1e6,
                latencies.get((int) Math.ceil(0.99 * n) - 1) / 1e6,
                latencies.get(n - 1) / 1e6);
        List<Long> mine = RECEIVED.stream().filter(m -> m[0] != null && FILED.containsKey((String) m[0]))
                .map(m -> (Long) m[1]).sorted().toList();
        double mailSeconds = (mine.get(mine.size() - 1) - mine.get(0)) / 1e9;
        System.out.printf("outbox worker: %d e-mails of these filings accepted in %.1f s = %.0f e-mails/s%n",
                mine.size(), mailSeconds, mine.size() / mailSeconds);
        long after = mine.stream().filter(t -> t > r.filingEnded).count();
        double drainSeconds = (mine.get(mine.size() - 1) - r.filingEnded) / 1e9;
        if (after > 0 && drainSeconds > 0.2) {
            System.out.printf("outbox worker alone (after the last filing): %d e-mails in %.1f s = %.0f e-mails/s%n",
                    after, drainSeconds, after / drainSeconds);
        }
        smtp.close();
        sessions.shutdownNow();
        System.exit(n == FILED.size() ? 0 : 1);
    }

    record Result(double filingSeconds, long filingEnded) {}

    /** Filings a second across all clients; 0 means as fast as the server answers. */
    static volatile double RATE;

    /** Files {@code cases} serious cases from {@code clients} threads; waits for their e-mails. */
    static Result run(HttpClient http, String api, String token, int clients, int cases) throws Exception {
        String body = """
                {"type":"DEVIATION","occurredAt":"2026-03-14T21:30:00+01:00",
                 "concernedPrincipalId":"region-jamtland-harjedalen","areaCode":"MEDICATION",
                 "summary":"Allvarlig","description":"Mätning","consequence":4,"likelihood":3,
                 "seriousEvent":true,"purchasedService":false}""";
        AtomicInteger left = new AtomicInteger(cases);
        CountDownLatch done = new CountDownLatch(clients);
        long started = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            new Thread(() -> {
                try {
                    int k;
                    while ((k = left.getAndDecrement()) > 0) {
                        if (RATE > 0) {
                            long due = started + (long) ((cases - k) * 1e9 / RATE);
                            long wait = due - System.nanoTime();
                            if (wait > 0) {
                                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                            }
                        }
                        long sent = System.nanoTime();
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(api + "/cases"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        Matcher m = CASE_NUMBER.matcher(r.body());
                        if (r.statusCode() != 201 || !m.find()) {
                            throw new IllegalStateException(r.statusCode() + " " + r.body());
                        }
                        FILED.put(m.group(), sent);
                    }
                } catch (Exception e) {
                    e.printStackTrace();
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        long ended = System.nanoTime();
        long deadline = ended + Duration.ofSeconds(120).toNanos();
        // Every filing makes three e-mails: the new case, the escalation and its information.
        while (RECEIVED.stream().filter(m -> m[0] != null && FILED.containsKey((String) m[0])).count() < 3L * FILED.size()
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return new Result((ended - started) / 1e9, ended);
    }

    /** Just enough SMTP: every command accepted, DATA read to the lone dot. */
    static void session(Socket socket) {
        try (socket;
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
             OutputStream out = socket.getOutputStream()) {
            reply(out, "220 bench ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 bench");
                    case "DATA" -> {
                        reply(out, "354 go on");
                        String key = null;
                        String caseNumber = null;
                        String data;
                        while ((data = in.readLine()) != null && !data.equals(".")) {
                            if (data.startsWith("X-Samverkan-Delivery-Key: ")) {
                                key = data.substring(26).strip();
                            } else if (data.startsWith("X-Samverkan-Case: ")) {
                                caseNumber = data.substring(18).strip();
                            }
                        }
                        long now = System.nanoTime();
                        RECEIVED.add(new Object[] {caseNumber, now});
                        // The escalation itself: "escalation.<id>", not ".informed" or a reminder.
                        if (key != null && caseNumber != null && key.matches("escalation\\.\\d+")) {
                            ESCALATED.putIfAbsent(caseNumber, now);
                        }
                        reply(out, "250 accepted");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 ok");
                }
            }
        } catch (Exception e) {
            // the client went away
        }
    }

    static void reply(OutputStream out, String line) throws Exception {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    static String token(HttpClient http, String tokenUrl) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
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
