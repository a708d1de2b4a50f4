/*
 * The crash test of the filing path: cases are filed at load, the server is killed with
 * SIGKILL in the middle, restarted, and every request that got no answer is retried with its
 * Idempotency-Key. Then every case that was acknowledged with 201 (or 200) must be there, and
 * every request must have made exactly one case.
 *
 * Run by `./samverkan crash-test` (see README); a single-file program on the JDK alone:
 *   java tools/CrashTest.java <api-url> <token-url> <seconds-before-kill> <clients> <kill-cmd> <restart-cmd> <psql-count-cmd>
 */
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class CrashTest {

    record Outcome(int status, Long id) {}

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    static final String RUN = "crash-" + UUID.randomUUID().toString().substring(0, 8);

    public static void main(String[] args) throws Exception {
        String api = args[0];
        String tokenUrl = args[1];
        int secondsBeforeKill = Integer.parseInt(args[2]);
        int clients = Integer.parseInt(args[3]);
        String killCmd = args[4];
        String restartCmd = args[5];
        String countCmd = args[6];

        String token = token(tokenUrl);
        Map<String, Outcome> answered = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> unanswered = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                while (!stop.get()) {
                    String key = RUN + "-" + UUID.randomUUID();
                    Outcome o = file(api, token, key);
                    if (o == null) {
                        unanswered.add(key); // in flight when the server died
                        return;
                    } else {
                        answered.put(key, o);
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        Thread.sleep(secondsBeforeKill * 1000L);
        long killedAt = System.nanoTime();
        run(killCmd);
        System.out.printf("killed the server with SIGKILL after %d s of load%n", secondsBeforeKill);
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        run(restartCmd);
        System.out.printf("server back after %.1f s%n", (System.nanoTime() - killedAt) / 1e9);

        long acknowledgedBeforeCrash =
                answered.values().stream().filter(o -> o.status() == 201).count();
        double perSecond = acknowledgedBeforeCrash / (double) secondsBeforeKill;
        int retried = unanswered.size();
        int retriedThatWereAlreadyFiled = 0;
        for (String key : unanswered) {
            Outcome o = null;
            for (int attempt = 0; o == null && attempt < 30; attempt++) {
                o = file(api, token, key);
                if (o == null) {
                    Thread.sleep(1000);
                }
            }
            if (o == null) {
                throw new IllegalStateException("no answer for " + key + " after the restart");
            }
            if (o.status() == 200) {
                retriedThatWereAlreadyFiled++;
            }
            answered.put(key, o);
        }

        int missing = 0;
        for (Map.Entry<String, Outcome> e : answered.entrySet()) {
            if (e.getValue().status() != 201 && e.getValue().status() != 200) {
                throw new IllegalStateException("unexpected status " + e.getValue() + " for " + e.getKey());
            }
            HttpResponse<String> read = HTTP.send(HttpRequest.newBuilder(URI.create(api + "/cases/" + e.getValue().id()))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            if (read.statusCode() != 200 || !read.body().contains(e.getKey())) {
                missing++;
            }
        }
        String[] counts = run(countCmd.replace("RUN", RUN)).trim().split("\\|");
        long cases = Long.parseLong(counts[0].trim());
        long distinct = Long.parseLong(counts[1].trim());

        System.out.println();
        System.out.printf("requests sent (distinct Idempotency-Keys): %d%n", answered.size());
        System.out.printf("answered 201 before the crash:             %d (%.0f/s, %d clients)%n",
                acknowledgedBeforeCrash, perSecond, clients);
        System.out.printf("unanswered at the crash, retried:          %d (of which %d had been filed: 200)%n",
                retried, retriedThatWereAlreadyFiled);
        System.out.printf("cases in the database for this run:        %d (distinct requests among them: %d)%n", cases, distinct);
        System.out.printf("acknowledged cases missing on read:        %d%n", missing);
        boolean exactlyOnce = cases == answered.size() && distinct == cases && missing == 0;
        System.out.println(exactlyOnce
                ? "RESULT: every acknowledged case is there, every request made exactly one case"
                : "RESULT: FAILED");
        System.exit(exactlyOnce ? 0 : 1);
    }

    static Outcome file(String api, String token, String key) {
        String body = """
                {"type":"DEVIATION","occurredAt":"2026-03-14T21:30:00+01:00",
                 "concernedPrincipalId":"region-jamtland-harjedalen","areaCode":"MEDICATION",
                 "summary":"%s","description":"Krocktest","consequence":1,"likelihood":1}
                """.formatted(key);
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(api + "/cases"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() >= 500) {
                return null; // e.g. while deploying after the restart: not an answer
            }
            Matcher m = ID.matcher(r.body());
            return new Outcome(r.statusCode(), m.find() ? Long.parseLong(m.group(1)) : null);
        } catch (java.io.IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static String token(String tokenUrl) throws Exception {
        String form = "grant_type=password&client_id=samverkan-cli&username=reporter.ostersund&password="
                + URLEncoder.encode("demo", StandardCharsets.UTF_8);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("no token: " + r.body());
        }
        return m.group(1);
    }

    static String run(String command) throws Exception {
        Process p = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(command + " failed: " + out);
        }
        return out;
    }
}
