package vn.lienthong.gateway.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import vn.lienthong.connectors.dispatch.DispatchHeaders;
import vn.lienthong.gateway.store.DeliveryIdentity;
import vn.lienthong.gateway.store.DeliveryStore;

/** The dispatch log context names the delivery while the exchange runs and is gone once it is done. */
class DispatchLogContextTest {

    private final DeliveryStore store = mock(DeliveryStore.class);
    private final DispatchLogContext logContext = new DispatchLogContext(store);

    @AfterEach
    void clean() {
        MDC.clear();
    }

    @Test
    void namesTheDeliveryUntilTheExchangeIsDone() {
        when(store.identify("d-1")).thenReturn(Optional.of(
                new DeliveryIdentity("d-1", "m-1", "phong-gddt-thach-ha", "123/QĐ-SGDĐT")));
        Exchange exchange = exchangeFor("d-1");

        logContext.open(exchange);

        assertThat(MDC.get("messageId")).isEqualTo("m-1");
        assertThat(MDC.get("deliveryId")).isEqualTo("d-1");
        assertThat(MDC.get("connector")).isEqualTo("phong-gddt-thach-ha");
        assertThat(MDC.get("documentNumber")).isEqualTo("123/QĐ-SGDĐT");
        exchange.getExchangeExtension().handoverCompletions().forEach(done -> done.onFailure(exchange));
        assertThat(MDC.getCopyOfContextMap()).doesNotContainKeys("messageId", "deliveryId", "connector",
                "documentNumber");
    }

    @Test
    void aLeftoverFromEarlierWorkOnTheThreadIsNotCarriedIntoTheNextDelivery() {
        MDC.put("messageId", "m-old");
        MDC.put("documentNumber", "9/QĐ-SGDĐT");
        when(store.identify("d-2")).thenReturn(Optional.empty());

        logContext.open(exchangeFor("d-2"));

        assertThat(MDC.get("deliveryId")).isEqualTo("d-2");
        assertThat(MDC.get("messageId")).isNull();
        assertThat(MDC.get("documentNumber")).isNull();
    }

    private static Exchange exchangeFor(String deliveryId) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setHeader(DispatchHeaders.DELIVERY_ID, deliveryId);
        return exchange;
    }
}
