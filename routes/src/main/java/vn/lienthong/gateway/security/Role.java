package vn.lienthong.gateway.security;

import java.util.Arrays;

/** What a console or admin API user may do; the built-in {@code admin} holds every role. */
public enum Role {
    /** Watches deliveries, replays and abandons them, pauses connectors. */
    OPERATOR,
    /** Looks after connector files and partner systems: may pause and resume connectors. */
    INTEGRATOR,
    /** Reads everything, changes nothing. */
    AUDITOR,
    /** Reads the exchange statistics and nothing else: the province's IOC, a reporting clerk. */
    REPORTER;

    /** The roles that read everything, as the names Spring Security's {@code hasAnyRole} takes. */
    public static String[] all() {
        return Arrays.stream(values()).filter(r -> r != REPORTER).map(Role::name).toArray(String[]::new);
    }

    /** The roles that may read the statistics: every reader, and REPORTER. */
    public static String[] statisticsReaders() {
        return Arrays.stream(values()).map(Role::name).toArray(String[]::new);
    }
}
