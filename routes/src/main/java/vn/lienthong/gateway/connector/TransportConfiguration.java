package vn.lienthong.gateway.connector;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import vn.lienthong.connectors.folder.FolderTransport;
import vn.lienthong.connectors.lgsp.LgspClient;
import vn.lienthong.connectors.lgsp.LgspTransport;
import vn.lienthong.connectors.rest.RestTransport;
import vn.lienthong.connectors.vdxp.VdxpClient;
import vn.lienthong.connectors.vdxp.VdxpTransport;
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

    /** Secrets are looked up in Spring's environment, which includes the process environment variables. */
    @Bean
    VdxpTransport vdxpTransport(Environment environment, Clock clock) {
        return new VdxpTransport(new VdxpClient(environment::getProperty, clock));
    }

    @Bean
    LgspTransport lgspTransport(Environment environment, Clock clock) {
        return new LgspTransport(new LgspClient(environment::getProperty, clock));
    }
}
