package vn.lienthong.gateway.security;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lienthong.gateway.audit.AuditLog;
import vn.lienthong.gateway.operations.InvalidRequestException;
import vn.lienthong.gateway.operations.NotFoundException;
import vn.lienthong.gateway.operations.Reasons;

/**
 * Creates, changes and disables console users, so no one needs SQL to give a colleague access; every change is
 * audited (without the password). The built-in admin is managed by LIENTHONG_ADMIN_PASSWORD only.
 */
@Service
public class UserAdministration {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    static final int MIN_PASSWORD = 12;

    private final UserStore users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;

    public UserAdministration(UserStore users, PasswordEncoder encoder, AuditLog audit, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    public List<UserAccount> all() {
        return users.all();
    }

    /** Creates the user, or sets a new password and roles for an existing one (enabling it again). */
    @Transactional
    public UserAccount save(String username, String password, List<String> roles, String actor, String reason) {
        String why = Reasons.require(reason);
        requireManageable(username);
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new InvalidRequestException("password", "at least " + MIN_PASSWORD + " characters", null);
        }
        Set<Role> granted = roles(roles);
        boolean exists = users.passwordHashOf(username).isPresent();
        if (exists) {
            users.update(username, encoder.encode(password), granted, clock.instant());
        } else {
            users.create(username, encoder.encode(password), granted, clock.instant());
        }
        audit.append(actor, exists ? "USER_UPDATE" : "USER_CREATE", "user:" + username, why, "roles " + granted);
        return new UserAccount(username, granted.stream().map(Role::name).sorted().toList(), true);
    }

    @Transactional
    public void disable(String username, String actor, String reason) {
        String why = Reasons.require(reason);
        requireManageable(username);
        users.passwordHashOf(username).orElseThrow(() -> new NotFoundException("user", username));
        users.disable(username, clock.instant());
        audit.append(actor, "USER_DISABLE", "user:" + username, why, null);
    }

    private static void requireManageable(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidRequestException("username", "2-64 of a-z 0-9 . _ - starting with a letter or digit",
                    username);
        }
        if (AdminUserInitializer.ADMIN.equals(username)) {
            throw new InvalidRequestException("username", "the built-in admin is set by LIENTHONG_ADMIN_PASSWORD",
                    username);
        }
    }

    private static Set<Role> roles(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new InvalidRequestException("roles", "at least one of OPERATOR, INTEGRATOR, AUDITOR", null);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            try {
                roles.add(Role.valueOf(name.strip().toUpperCase()));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("roles", "each one of OPERATOR, INTEGRATOR, AUDITOR", name);
            }
        }
        return roles;
    }
}
