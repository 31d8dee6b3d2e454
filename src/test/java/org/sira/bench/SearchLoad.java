package org.sira.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small HTTP load client for person search (not a test: the name does not end in Test, so the
 * suite never runs it). See docs/BENCHMARKS.md and bench/search.sh.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.sira.bench.SearchLoad \
 *      http://localhost:8091 page|api 'password' [warmup=300] [measured=2000] [concurrency=1,4] [queries-file]
 * </pre>
 *
 * {@code page}: logs in once through the form (GET /login for the session and the _csrf token, POST
 * /login), then GET /persons?q=...&page=0 with {@code HX-Request: true} and the session cookie.
 * {@code api}: GET /api/v1/persons?q=... with HTTP Basic on every request (stateless, so every
 * request pays one Argon2 password check).
 */
public final class SearchLoad {

    /** Malian names with the spelling variants people type: common and rare, family and given names, both orders. */
    static final List<String> QUERIES = List.of(
            "traore moussa", "Trawore", "coulibaly", "kulibali fatoumata", "diarra seydou", "keita",
            "mahamadou toure", "cisse awa", "sidibe", "kone bakary", "Traoré Aminata", "diallo mariam",
            "sangare oumar", "konate adama", "kante", "dembele drissa", "doumbia hawa", "camara sekou",
            "sylla", "maiga issa", "haidara", "samake rokia", "sissoko modibo", "fofana", "dicko",
            "guindo", "dolo yacouba", "tounkara", "soumare cheick", "bathily", "kouyate salif",
            "diakite kadiatou", "ballo", "bagayoko tiemoko", "sacko", "kamissoko", "diawara fanta",
            "cissoko", "tangara korotoumou", "mamadou", "Mohamed Traoré", "brahima coulibaly",
            "djeneba keita", "Aïssata Koné", "ousmane diarra", "souleymane", "fatoumata", "nana",
            "Ibrahim Sidibé", "Keïta Maïmouna");

    private SearchLoad() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: SearchLoad BASE_URL page|api PASSWORD [warmup] [measured] [concurrencies] [queries-file]");
            System.exit(2);
        }
        String base = args[0].replaceAll("/$", "");
        String mode = args[1];
        String password = args[2];
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 300;
        int measured = args.length > 4 ? Integer.parseInt(args[4]) : 2000;
        int[] concurrencies = Arrays.stream((args.length > 5 ? args[5] : "1,4").split(",")).mapToInt(Integer::parseInt).toArray();
        List<String> queries = args.length > 6 ? Files.readAllLines(Path.of(args[6])).stream()
                .filter(l -> !l.isBlank()).toList() : QUERIES;

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        RequestFactory requests;
        if (mode.equals("page")) {
            login(client, base, password);
            requests = q -> HttpRequest.newBuilder(URI.create(base + "/persons?q=" + enc(q) + "&page=0"))
                    .header("HX-Request", "true").timeout(Duration.ofSeconds(60)).GET().build();
        } else if (mode.equals("api")) {
            String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
            requests = q -> HttpRequest.newBuilder(URI.create(base + "/api/v1/persons?q=" + enc(q)))
                    .header("Authorization", basic).header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(60)).GET().build();
        } else {
            throw new IllegalArgumentException("mode must be page or api: " + mode);
        }

        System.out.printf(Locale.ROOT, "mode=%s queries=%d distinct warmup=%d measured=%d%n", mode, queries.size(), warmup, measured);
        run(client, requests, queries, warmup, Math.max(1, concurrencies[concurrencies.length - 1]), false);
        for (int concurrency : concurrencies) {
            run(client, requests, queries, measured, concurrency, true);
        }
    }

    interface RequestFactory {
        HttpRequest of(String query);
    }

    record Sample(String query, long nanos) {
    }

    private static void run(HttpClient client, RequestFactory requests, List<String> queries, int count, int concurrency,
                            boolean report) throws Exception {
        AtomicInteger next = new AtomicInteger();
        Sample[] samples = new Sample[count];
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    String query = queries.get(i % queries.size());
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> response = client.send(requests.of(query), HttpResponse.BodyHandlers.ofByteArray());
                    long t1 = System.nanoTime();
                    if (response.statusCode() != 200) {
                        throw new IOException("HTTP " + response.statusCode() + " for " + query + " "
                                + response.headers().firstValue("Location").orElse(""));
                    }
                    samples[i] = new Sample(query, t1 - t0);
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        long wall = System.nanoTime() - started;
        pool.shutdown();
        if (!report) {
            System.out.printf(Locale.ROOT, "warm-up: %d requests in %.1f s%n", count, wall / 1e9);
            return;
        }
        long[] sorted = Arrays.stream(samples).mapToLong(Sample::nanos).sorted().toArray();
        System.out.printf(Locale.ROOT,
                "concurrency=%d requests=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms mean=%.1f ms throughput=%.1f req/s%n",
                concurrency, count, ms(pct(sorted, 50)), ms(pct(sorted, 95)), ms(pct(sorted, 99)),
                ms(sorted[sorted.length - 1]), ms((long) Arrays.stream(sorted).average().orElse(0)), count / (wall / 1e9));
        Map<String, List<Long>> byQuery = new TreeMap<>();
        for (Sample s : samples) {
            byQuery.computeIfAbsent(s.query(), k -> new ArrayList<>()).add(s.nanos());
        }
        System.out.print("  slowest queries (median ms):");
        byQuery.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue().stream().mapToLong(Long::longValue).sorted().toArray()))
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -pct(e.getValue(), 50)))
                .limit(5)
                .forEach(e -> System.out.printf(Locale.ROOT, " \"%s\"=%.0f", e.getKey(), ms(pct(e.getValue(), 50))));
        System.out.println();
    }

    /** Nearest-rank percentile. */
    static long pct(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void login(HttpClient client, String base, String password) throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"")
                .matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("no _csrf input on /login (HTTP " + page.statusCode() + ")");
        }
        String csrf = m.group(1) != null ? m.group(1) : m.group(2);
        String form = "username=admin&password=" + enc(password) + "&_csrf=" + enc(csrf);
        HttpResponse<String> posted = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = posted.headers().firstValue("Location").orElse("");
        if (posted.statusCode() != 302 || location.contains("error") || location.contains("locked")) {
            throw new IllegalStateException("login failed: HTTP " + posted.statusCode() + " -> " + location);
        }
        HttpResponse<String> check = client.send(HttpRequest.newBuilder(URI.create(base + "/persons"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (check.statusCode() != 200) {
            throw new IllegalStateException("after login GET /persons answered " + check.statusCode());
        }
        System.out.println("logged in (session cookie kept)");
    }
}
