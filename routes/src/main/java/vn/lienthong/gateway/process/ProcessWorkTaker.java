package vn.lienthong.gateway.process;

import org.apache.camel.Body;
import org.springframework.stereotype.Component;

import vn.lienthong.gateway.store.ProcessWork;
import vn.lienthong.gateway.store.ProcessWorkStore;

/** Loads the work a process message names; null when it is done or failed already, so a redelivery does nothing. */
@Component
public class ProcessWorkTaker {

    private final ProcessWorkStore store;

    public ProcessWorkTaker(ProcessWorkStore store) {
        this.store = store;
    }

    public ProcessWork take(@Body String messageId) {
        return store.find(messageId).orElse(null);
    }
}
