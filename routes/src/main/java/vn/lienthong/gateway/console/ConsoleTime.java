package vn.lienthong.gateway.console;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import vn.lienthong.gateway.config.OperationsProperties;

/** Shows instants as the department reads them, in its own zone; templates call it as {@code @consoleTime}. */
@Component("consoleTime")
public class ConsoleTime {

    private final DateTimeFormatter format;

    public ConsoleTime(OperationsProperties properties) {
        this.format = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(properties.timeZone());
    }

    public String format(Instant instant) {
        return instant == null ? "" : format.format(instant);
    }
}
