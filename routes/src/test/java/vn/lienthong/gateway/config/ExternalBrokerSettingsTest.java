package vn.lienthong.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import vn.lienthong.connectors.dispatch.DispatchHeaders;
import vn.lienthong.gateway.process.ProcessQueue;
import vn.lienthong.gateway.support.SamplePackages;

/**
 * The address settings documented for an external broker (and applied to it by the scale-out test) are those the
 * embedded broker gets, so that the delivery guarantees do not change with the topology.
 */
class ExternalBrokerSettingsTest {

    @Test
    void theDocumentedBrokerXmlSnippetMatchesTheEmbeddedBrokersSettings() throws Exception {
        ConfigurationImpl embedded = new ConfigurationImpl();
        new BrokerConfiguration().dispatchAddressSettings().customize(embedded);
        AddressSettings expected = embedded.getAddressSettings().get(DispatchHeaders.QUEUE_PREFIX + "#");

        Element snippet = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(SamplePackages.load("scaleout/dispatch-address-settings.xml")))
                .getDocumentElement();

        assertThat(snippet.getAttribute("match")).isEqualTo(DispatchHeaders.QUEUE_PREFIX + "#");
        assertThat(Integer.parseInt(text(snippet, "max-delivery-attempts"))).isEqualTo(expected.getMaxDeliveryAttempts());
        assertThat(Long.parseLong(text(snippet, "redelivery-delay"))).isEqualTo(expected.getRedeliveryDelay());
        assertThat(Double.parseDouble(text(snippet, "redelivery-delay-multiplier")))
                .isEqualTo(expected.getRedeliveryMultiplier());
        assertThat(Long.parseLong(text(snippet, "max-redelivery-delay"))).isEqualTo(expected.getMaxRedeliveryDelay());
    }

    /** deploy/artemis/broker.properties, read by Artemis' own broker-properties parser, sets the same. */
    @Test
    void theComposeBrokersPropertiesMatchTheEmbeddedBrokersSettings() throws Exception {
        ConfigurationImpl embedded = new ConfigurationImpl();
        new BrokerConfiguration().dispatchAddressSettings().customize(embedded);
        AddressSettings expected = embedded.getAddressSettings().get(DispatchHeaders.QUEUE_PREFIX + "#");

        ConfigurationImpl external = new ConfigurationImpl();
        external.parseProperties(Path.of("../deploy/artemis/broker.properties").toAbsolutePath().toString());
        AddressSettings configured = external.getAddressSettings().get(DispatchHeaders.QUEUE_PREFIX + "#");

        assertThat(external.getStatus()).doesNotContain("\"errors\":[{");
        assertThat(configured).isNotNull();
        assertThat(configured.getMaxDeliveryAttempts()).isEqualTo(expected.getMaxDeliveryAttempts());
        assertThat(configured.getRedeliveryDelay()).isEqualTo(expected.getRedeliveryDelay());
        assertThat(configured.getRedeliveryMultiplier()).isEqualTo(expected.getRedeliveryMultiplier());
        assertThat(configured.getMaxRedeliveryDelay()).isEqualTo(expected.getMaxRedeliveryDelay());
    }

    /** The process stage's queue gets the same settings on the compose broker as on the embedded one. */
    @Test
    void theComposeBrokersPropertiesMatchTheEmbeddedProcessQueueSettings() throws Exception {
        ConfigurationImpl embedded = new ConfigurationImpl();
        new BrokerConfiguration().processAddressSettings().customize(embedded);
        AddressSettings expected = embedded.getAddressSettings().get(ProcessQueue.QUEUE);

        ConfigurationImpl external = new ConfigurationImpl();
        external.parseProperties(Path.of("../deploy/artemis/broker.properties").toAbsolutePath().toString());
        AddressSettings configured = external.getAddressSettings().get(ProcessQueue.QUEUE);

        assertThat(configured).isNotNull();
        assertThat(expected.getMaxDeliveryAttempts()).isEqualTo(-1);
        assertThat(configured.getMaxDeliveryAttempts()).isEqualTo(expected.getMaxDeliveryAttempts());
        assertThat(configured.getRedeliveryDelay()).isEqualTo(expected.getRedeliveryDelay());
        assertThat(configured.getRedeliveryMultiplier()).isEqualTo(expected.getRedeliveryMultiplier());
        assertThat(configured.getMaxRedeliveryDelay()).isEqualTo(expected.getMaxRedeliveryDelay());
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagName(name).item(0).getTextContent().strip();
    }
}
