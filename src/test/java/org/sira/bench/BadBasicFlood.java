package org.sira.bench;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * A bounded stream of API requests with wrong HTTP Basic credentials (a new made-up account name
 * each time, so no lock-out of one name stops it), sent from another loopback address than the
 * legitimate client's (not a test: see docs/bench-raw/2026-12-06/basic-auth-flood.md).
 *
 * <pre>
 * java -cp target/test-classes org.sira.bench.BadBasicFlood PORT [per-second=10] [seconds=120] [from=127.0.0.2]
 * </pre>
 * Only ever connects to 127.0.0.1. Runs until the time is up or the process is killed.
 */
public final class BadBasicFlood {

    private BadBasicFlood() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int perSecond = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int seconds = args.length > 2 ? Math.min(600, Integer.parseInt(args[2])) : 120;
        InetAddress from = InetAddress.getByName(args.length > 3 ? args[3] : "127.0.0.2");
        InetAddress to = InetAddress.getByName("127.0.0.1");
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        AtomicInteger sent = new AtomicInteger();
        // Requests are started on schedule whatever the server's speed, as an attacker would.
        ExecutorService workers = Executors.newFixedThreadPool(64);
        var ticker = Executors.newSingleThreadScheduledExecutor();
        ticker.scheduleAtFixedRate(() -> {
            int n = sent.incrementAndGet();
            workers.submit(() -> {
                int status = send(from, to, port, "flood-" + n, "wrong password " + n);
                statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
            });
        }, 0, 1_000_000 / perSecond, TimeUnit.MICROSECONDS);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> report(sent.get(), statuses)));
        Thread.sleep(seconds * 1000L);
        ticker.shutdownNow();
        workers.shutdown();
        workers.awaitTermination(30, TimeUnit.SECONDS);
        System.exit(0);
    }

    private static void report(int sent, Map<Integer, LongAdder> statuses) {
        Map<Integer, Long> sorted = new TreeMap<>();
        statuses.forEach((k, v) -> sorted.put(k, v.sum()));
        System.out.printf(Locale.ROOT, "flood: %d bad Basic requests sent, statuses %s%n", sent, sorted);
    }

    private static int send(InetAddress from, InetAddress to, int port, String user, String password) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress(to, port), 5000);
            socket.setSoTimeout(60_000);
            String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            String request = "GET /api/v1/persons?q=traore HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: Basic "
                    + basic + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            for (int read; (read = in.read(buffer)) > 0; ) {
                head.write(buffer, 0, read);
            }
            String status = head.toString(StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        } catch (Exception e) {
            return -1;
        }
    }
}
