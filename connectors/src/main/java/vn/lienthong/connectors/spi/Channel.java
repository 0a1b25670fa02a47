package vn.lienthong.connectors.spi;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The way a package came in, recorded with the message (column {@code messages.channel}) and shown in the console,
 * for example {@code REST}; a transport provider declares its own, the gateway's APIs theirs.
 *
 * @param name the stored upper-case name
 */
public record Channel(String name) {

    // The column holding it is varchar(16).
    private static final Pattern NAME = Pattern.compile("^[A-Z][A-Z0-9_]{0,15}$");

    public Channel {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a channel name is at most 16 upper-case letters, digits and _, was "
                    + name);
        }
    }

    public static Channel of(String name) {
        return new Channel(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
