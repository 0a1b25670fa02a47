package vn.lienthong.gateway.connector;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.lienthong.connectors.spi.Channel;
import vn.lienthong.connectors.spi.PolledInbox;
import vn.lienthong.connectors.spi.Transport;
import vn.lienthong.connectors.spi.TransportContext;
import vn.lienthong.connectors.spi.TransportProvider;
import vn.lienthong.connectors.spi.TransportProviders;
import vn.lienthong.connectors.spi.TransportType;

/**
 * Every installed transport provider's {@link Transport} and polled inbox, built once at start-up; dispatch, the
 * platform polls and intake find a connector's transport here by its {@code transport:} key.
 */
@Component
public class InstalledTransports {

    private record Installed(TransportProvider provider, Transport transport, Optional<PolledInbox> inbox) {
    }

    private final Map<TransportType, Installed> installed = new LinkedHashMap<>();

    public InstalledTransports(TransportProviders providers, Environment environment, Clock clock,
                               BeanFactory beans) {
        TransportContext context = new SpringTransportContext(environment::getProperty, clock, beans);
        for (TransportProvider provider : providers.all()) {
            Transport transport = provider.transport(context);
            installed.put(provider.type(), new Installed(provider, transport, provider.polledInbox(transport)));
        }
    }

    /** The transport of {@code type}; a loaded connector names only installed ones. */
    public Transport transport(TransportType type) {
        return of(type).transport();
    }

    /** The inbox the gateway polls for connectors of {@code type}; empty when their partners push. */
    public Optional<PolledInbox> polledInbox(TransportType type) {
        return of(type).inbox();
    }

    /** The channel recorded for packages coming in over {@code type}. */
    public Optional<Channel> intakeChannel(TransportType type) {
        return of(type).provider().intakeChannel();
    }

    private Installed of(TransportType type) {
        Installed found = installed.get(type);
        if (found == null) {
            throw new IllegalStateException("transport " + type.key() + " is not installed (installed: "
                    + installed.keySet() + ")");
        }
        return found;
    }

    /** Secrets from Spring's environment, which includes the process environment variables. */
    private record SpringTransportContext(UnaryOperator<String> environment, Clock clock, BeanFactory beans)
            implements TransportContext {

        @Override
        public <T> T service(Class<T> type) {
            return beans.getBean(type);
        }
    }
}
