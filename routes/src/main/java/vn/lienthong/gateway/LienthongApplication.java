package vn.lienthong.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Starts the gateway: intake, store, broker, dispatch and the APIs in one process. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class LienthongApplication {

    public static void main(String[] args) {
        SpringApplication.run(LienthongApplication.class, args);
    }
}
