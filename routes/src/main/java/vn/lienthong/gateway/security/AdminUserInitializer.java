package vn.lienthong.gateway.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates or updates the built-in {@code admin} user at start-up: from {@code LIENTHONG_ADMIN_PASSWORD} when it is
 * set, otherwise with a random password that is printed once, when the user is first created.
 */
@Component
public class AdminUserInitializer implements SmartInitializingSingleton {

    public static final String ADMIN = "admin";

    private static final Logger log = LoggerFactory.getLogger(AdminUserInitializer.class);

    private final UserStore users;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final String configuredPassword;

    public AdminUserInitializer(UserStore users, PasswordEncoder encoder, Clock clock,
                                @Value("${LIENTHONG_ADMIN_PASSWORD:}") String configuredPassword) {
        this.users = users;
        this.encoder = encoder;
        this.clock = clock;
        this.configuredPassword = configuredPassword;
    }

    /** Runs before the web server takes requests, so nobody can log in with a stale admin password. */
    @Override
    @Transactional
    public void afterSingletonsInstantiated() {
        var existing = users.passwordHashOf(ADMIN);
        boolean configured = !configuredPassword.isBlank();
        if (existing.isEmpty()) {
            String password = configured ? configuredPassword : randomPassword();
            users.create(ADMIN, encoder.encode(password), EnumSet.allOf(Role.class), clock.instant());
            if (configured) {
                log.info("Created the built-in user '{}' with the password from LIENTHONG_ADMIN_PASSWORD", ADMIN);
            } else {
                printOnce(password);
            }
        } else if (configured && !encoder.matches(configuredPassword, existing.get())) {
            users.update(ADMIN, encoder.encode(configuredPassword), EnumSet.allOf(Role.class), clock.instant());
            log.info("Updated the password of the built-in user '{}' from LIENTHONG_ADMIN_PASSWORD", ADMIN);
        }
    }

    private static void printOnce(String password) {
        log.warn("""

                ================================================================
                 Built-in user 'admin' created with a random password:
                     {}
                 It is shown only this once. Set LIENTHONG_ADMIN_PASSWORD to
                 choose it; the console is at /console.
                ================================================================""", password);
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
