package vn.lienthong.gateway.security;

import static vn.lienthong.gateway.store.Timestamps.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Repository;

/** Console and admin API users in the database: name, bcrypt hash and roles. */
@Repository
public class UserStore implements UserDetailsService {

    private final JdbcClient jdbc;

    public UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("select username, password_hash, roles, enabled from users where username = ?")
                .param(username)
                .query((rs, n) -> User.withUsername(rs.getString("username"))
                        .password(rs.getString("password_hash"))
                        .roles(rs.getString("roles").split(","))
                        .disabled(!rs.getBoolean("enabled"))
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("no user " + username));
    }

    public List<UserAccount> all() {
        return jdbc.sql("select username, roles, enabled from users order by username")
                .query((rs, n) -> new UserAccount(rs.getString("username"), List.of(rs.getString("roles").split(",")),
                        rs.getBoolean("enabled")))
                .list();
    }

    public void disable(String username, Instant now) {
        jdbc.sql("update users set enabled = false, updated_at = ? where username = ?").params(utc(now), username)
                .update();
    }

    public Optional<String> passwordHashOf(String username) {
        return jdbc.sql("select password_hash from users where username = ?").param(username)
                .query(String.class).optional();
    }

    public void create(String username, String passwordHash, Set<Role> roles, Instant now) {
        jdbc.sql("""
                        insert into users (username, password_hash, roles, enabled, created_at, updated_at)
                        values (?, ?, ?, true, ?, ?)""")
                .params(username, passwordHash, names(roles), utc(now), utc(now))
                .update();
    }

    public void update(String username, String passwordHash, Set<Role> roles, Instant now) {
        jdbc.sql("update users set password_hash = ?, roles = ?, enabled = true, updated_at = ? where username = ?")
                .params(passwordHash, names(roles), utc(now), username)
                .update();
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}
