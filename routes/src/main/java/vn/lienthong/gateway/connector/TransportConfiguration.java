package vn.lienthong.gateway.connector;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lienthong.connectors.folder.FolderTransport;
import vn.lienthong.connectors.rest.RestTransport;
import vn.lienthong.connectors.soap.SoapTransport;
import vn.lienthong.gateway.inbox.InboxTransport;
import vn.lienthong.gateway.store.InboxStore;

/** Registers one bean per transport implementation; connectors of that type share it. */
@Configuration(proxyBeanMethods = false)
public class TransportConfiguration {

    @Bean
    RestTransport restTransport() {
        return new RestTransport();
    }

    @Bean
    InboxTransport inboxTransport(InboxStore inbox, Clock clock) {
        return new InboxTransport(inbox, clock);
    }

    @Bean
    SoapTransport soapTransport() {
        return new SoapTransport();
    }

    @Bean
    FolderTransport folderTransport() {
        return new FolderTransport();
    }
}
