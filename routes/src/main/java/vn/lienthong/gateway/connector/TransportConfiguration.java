package vn.lienthong.gateway.connector;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lienthong.connectors.folder.FolderTransport;
import vn.lienthong.connectors.rest.RestTransport;

/** Registers one bean per transport implementation; connectors of that type share it. */
@Configuration(proxyBeanMethods = false)
public class TransportConfiguration {

    @Bean
    RestTransport restTransport() {
        return new RestTransport();
    }

    @Bean
    FolderTransport folderTransport() {
        return new FolderTransport();
    }
}
