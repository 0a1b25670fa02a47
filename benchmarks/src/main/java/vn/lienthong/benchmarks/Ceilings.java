package vn.lienthong.benchmarks;

import java.nio.file.Files;
import java.time.Clock;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;

import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import vn.lienthong.schemas.EdxmlValidator;
import vn.lienthong.signatures.MessageSigner;
import vn.lienthong.signatures.NativeCrypto;

/** The bare costs the gateway cannot beat: signing the same package, and durable broker sends. */
final class Ceilings {

    private static final int SECONDS = 5;

    private Ceilings() {
    }

    /**
     * The ceilings of one run, per second.
     *
     * @param signingSmall bare signing of package (a) on every core, with the provider the gateway uses
     * @param signingSmallJdk the same with the JDK's provider, when the native one is in use (else NaN)
     * @param signingAttached bare signing of package (b) on every core
     * @param durableSends bare persistent JMS sends, 16 producers, to an embedded broker with a journal on disk
     * @param parseAndSignAttached bare parse, XSD, rules and signing of package (b) on every core: the (b) ceiling
     */
    record Figures(double signingSmall, double signingSmallJdk, double signingAttached, double durableSends,
                   double parseAndSignAttached) {

        String describe(int cores) {
            return String.format("ceilings: bare Santuario signing on %d threads: package (a) %.1f /s%s, package (b)"
                            + " %.1f /s (with parse, XSD and rules %.1f /s); bare durable Artemis sends, 16 producers:"
                            + " %.1f /s", cores, signingSmall,
                    Double.isNaN(signingSmallJdk) ? "" : String.format(" (JDK provider: %.1f /s)", signingSmallJdk),
                    signingAttached, parseAndSignAttached, durableSends);
        }
    }

    /** Measures every ceiling, one after the other, with nothing else running. */
    static Figures measure(MessageSigner signer, PackageFactory small, PackageFactory attached, int cores,
                           boolean nativeInUse) throws Exception {
        byte[] smallPackage = small.numbered(1);
        double signingSmall = signingPerSecond(signer, smallPackage, cores, SECONDS);
        double signingSmallJdk = Double.NaN;
        if (nativeInUse) {
            NativeCrypto.install(false);
            signingSmallJdk = signingPerSecond(signer, smallPackage, cores, SECONDS);
            NativeCrypto.install(true);
        }
        byte[] attachedPackage = attached.numbered(1);
        EdxmlValidator validator = new EdxmlValidator(Clock.systemUTC());
        double parseAndSign = perSecond(cores, SECONDS, () -> {
            validator.validate(attachedPackage);
            signer.sign(attachedPackage);
        });
        return new Figures(signingSmall, signingSmallJdk, signingPerSecond(signer, attachedPackage, cores, SECONDS),
                durableSendsPerSecond(16, SECONDS), parseAndSign);
    }

    /** Signatures per second with Santuario alone, one signer per core, for {@code seconds}. */
    static double signingPerSecond(MessageSigner signer, byte[] unsigned, int threads, int seconds) throws Exception {
        return perSecond(threads, seconds, () -> signer.sign(unsigned));
    }

    /** Durable, persistent JMS sends per second to an embedded Artemis with a journal on disk. */
    static double durableSendsPerSecond(int producers, int seconds) throws Exception {
        Path dir = Files.createTempDirectory("ceiling-artemis");
        EmbeddedActiveMQ broker = new EmbeddedActiveMQ().setConfiguration(new ConfigurationImpl()
                .setPersistenceEnabled(true).setSecurityEnabled(false)
                .setJournalDirectory(dir.resolve("journal").toString())
                .setBindingsDirectory(dir.resolve("bindings").toString())
                .setLargeMessagesDirectory(dir.resolve("large").toString())
                .setPagingDirectory(dir.resolve("paging").toString())
                .addAcceptorConfiguration("in-vm", "vm://7"));
        broker.start();
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory("vm://7");
             Connection connection = factory.createConnection()) {
            ThreadLocal<Sender> senders = ThreadLocal.withInitial(() -> Sender.on(connection));
            return perSecond(producers, seconds, () -> senders.get().send());
        } finally {
            broker.stop();
        }
    }

    /** One producer thread's session and producer: JMS sessions are single-threaded. */
    private record Sender(Session session, MessageProducer producer) {

        static Sender on(Connection connection) {
            try {
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageProducer producer = session.createProducer(session.createQueue("ceiling"));
                producer.setDeliveryMode(DeliveryMode.PERSISTENT);
                return new Sender(session, producer);
            } catch (Exception e) {
                throw new IllegalStateException("cannot open a JMS session on the embedded broker", e);
            }
        }

        void send() throws Exception {
            producer.send(session.createTextMessage("delivery-id"));
        }
    }

    /** Runs {@code work} on {@code threads} threads for {@code seconds} and returns completions per second. */
    private static double perSecond(int threads, int seconds, Work work) throws Exception {
        AtomicInteger done = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    work.run();
                    done.incrementAndGet();
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        return done.get() / (double) seconds;
    }

    /** One unit of measured work. */
    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }
}
