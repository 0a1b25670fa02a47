package vn.lienthong.gateway.security;

import java.util.Arrays;

/** What a console or admin API user may do; the built-in {@code admin} holds all three. */
public enum Role {
    /** Watches deliveries, replays and abandons them, pauses connectors. */
    OPERATOR,
    /** Looks after connector files and partner systems: may pause and resume connectors. */
    INTEGRATOR,
    /** Reads everything, changes nothing. */
    AUDITOR;

    /** The names Spring Security's {@code hasAnyRole} takes. */
    public static String[] all() {
        return Arrays.stream(values()).map(Role::name).toArray(String[]::new);
    }
}
