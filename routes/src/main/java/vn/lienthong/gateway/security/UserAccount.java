package vn.lienthong.gateway.security;

import java.util.List;

/** A console and admin API user as the user list shows it; never the password hash. */
public record UserAccount(String username, List<String> roles, boolean enabled) {
}
