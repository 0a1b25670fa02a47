package vn.lienthong.gateway.scaleout;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.jayway.jsonpath.JsonPath;

import vn.lienthong.gateway.support.ConnectorFiles;
import vn.lienthong.gateway.support.SamplePackages;

/**
 * The department's e-office posting numbered documents at a steady rate through a round-robin load balancer: each
 * document goes to the next instance in service, and one that does not answer is taken out of service and the
 * document posted again to the next, as a load balancer does (intake answers a re-post with the first id).
 */
final class RoundRobinLoad implements AutoCloseable {

    /** An instance in service: its name, for the figures, and its base URL. */
    record Instance(String name, String baseUrl) {
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Instance> inService = new CopyOnWriteArrayList<>();
    private final AtomicLong turn = new AtomicLong();
    private final AtomicInteger nextNumber;
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private final Set<String> accepted = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> acceptedBy = new ConcurrentHashMap<>();
    private final ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService posters = Executors.newFixedThreadPool(4);

    private RoundRobinLoad(int firstNumber) {
        this.nextNumber = new AtomicInteger(firstNumber);
    }

    /** Starts posting documents numbered from {@code firstNumber}, one every {@code interval}, until stopped. */
    static RoundRobinLoad start(int firstNumber, Duration interval, Instance first) {
        RoundRobinLoad load = new RoundRobinLoad(firstNumber);
        load.inService.add(first);
        load.pacer.scheduleAtFixedRate(load::postNext, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return load;
    }

    void addToService(Instance instance) {
        inService.add(instance);
    }

    void takeOutOfService(Instance instance) {
        inService.remove(instance);
    }

    int sent() {
        return sent.get();
    }

    /** Posts no more documents; those already posted still get their answer. */
    void stop() {
        pacer.shutdown();
    }

    /** Stopped, and every document posted has been answered, accepted or not. */
    boolean done() {
        return pacer.isTerminated() && finished.get() == sent.get();
    }

    Set<String> accepted() {
        return Set.copyOf(accepted);
    }

    int acceptedBy(String instanceName) {
        return acceptedBy.getOrDefault(instanceName, new AtomicInteger()).get();
    }

    private void postNext() {
        int number = nextNumber.getAndIncrement();
        sent.incrementAndGet();
        posters.submit(() -> {
            try {
                postToNextInService(number);
            } finally {
                finished.incrementAndGet();
            }
        });
    }

    private void postToNextInService(int number) {
        for (int tries = 0; tries < 2 && !inService.isEmpty(); tries++) {
            Instance instance = inService.get((int) (turn.getAndIncrement() % inService.size()));
            try {
                HttpResponse<String> response = client.send(request(instance, number),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() / 100 == 2) {
                    accepted.add(JsonPath.read(response.body(), "$.id"));
                    acceptedBy.computeIfAbsent(instance.name(), name -> new AtomicInteger()).incrementAndGet();
                }
                return;
            } catch (IOException e) {
                takeOutOfService(instance);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static HttpRequest request(Instance instance, int number) {
        return HttpRequest.newBuilder(URI.create(instance.baseUrl() + "/api/v1/documents"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/xml")
                .header("X-API-Key", ConnectorFiles.DEPARTMENT_KEY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(SamplePackages.validDocumentNumbered(number)))
                .build();
    }

    @Override
    public void close() {
        pacer.shutdownNow();
        posters.shutdownNow();
    }
}
