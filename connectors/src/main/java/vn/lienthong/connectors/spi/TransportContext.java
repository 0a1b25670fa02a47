package vn.lienthong.connectors.spi;

import java.time.Clock;
import java.util.function.UnaryOperator;

/** What the gateway running a transport lends it when its provider builds it. */
public interface TransportContext {

    /** Where the secrets that connector files name are looked up (the gateway's environment). */
    UnaryOperator<String> environment();

    Clock clock();

    /**
     * The gateway's service of {@code type}, for transports whose partner is the gateway itself (the {@code inbox}
     * transport writes to its store); fails when the gateway has none.
     */
    <T> T service(Class<T> type);
}
