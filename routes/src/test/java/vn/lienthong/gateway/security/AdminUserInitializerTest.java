package vn.lienthong.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The built-in admin user: from LIENTHONG_ADMIN_PASSWORD, or a random password printed once at creation. */
@ExtendWith(OutputCaptureExtension.class)
class AdminUserInitializerTest {

    private final UserStore users = mock(UserStore.class);
    private final PasswordEncoder encoder = new BCryptPasswordEncoder(4);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T01:00:00Z"), ZoneOffset.UTC);

    @Test
    void createsTheAdminWithTheConfiguredPasswordAndAllRoles() {
        when(users.passwordHashOf("admin")).thenReturn(Optional.empty());

        new AdminUserInitializer(users, encoder, clock, "mật-khẩu-cấu-hình").afterSingletonsInstantiated();

        ArgumentCaptor<String> hash = ArgumentCaptor.forClass(String.class);
        verify(users).create(eq("admin"), hash.capture(), eq(EnumSet.allOf(Role.class)), any());
        assertThat(encoder.matches("mật-khẩu-cấu-hình", hash.getValue())).isTrue();
    }

    @Test
    void printsARandomPasswordOnceWhenNoneIsConfigured(CapturedOutput output) {
        when(users.passwordHashOf("admin")).thenReturn(Optional.empty());

        new AdminUserInitializer(users, encoder, clock, "").afterSingletonsInstantiated();

        ArgumentCaptor<String> hash = ArgumentCaptor.forClass(String.class);
        verify(users).create(eq("admin"), hash.capture(), any(), any());
        Matcher printed = Pattern.compile("random password:\\s+(\\S+)").matcher(output.getAll());
        assertThat(printed.find()).isTrue();
        assertThat(printed.group(1)).hasSizeGreaterThanOrEqualTo(20);
        assertThat(encoder.matches(printed.group(1), hash.getValue())).isTrue();
    }

    @Test
    void leavesAnExistingAdminAloneAndPrintsNothingWhenNoneIsConfigured(CapturedOutput output) {
        when(users.passwordHashOf("admin")).thenReturn(Optional.of(encoder.encode("chosen-earlier")));

        new AdminUserInitializer(users, encoder, clock, "").afterSingletonsInstantiated();

        verify(users, never()).create(anyString(), anyString(), any(), any());
        verify(users, never()).update(anyString(), anyString(), any(), any());
        assertThat(output.getAll()).doesNotContain("random password");
    }

    @Test
    void updatesAnExistingAdminWhenTheConfiguredPasswordChanged() {
        when(users.passwordHashOf("admin")).thenReturn(Optional.of(encoder.encode("old-password")));

        new AdminUserInitializer(users, encoder, clock, "new-password").afterSingletonsInstantiated();

        ArgumentCaptor<String> hash = ArgumentCaptor.forClass(String.class);
        verify(users).update(eq("admin"), hash.capture(), eq(EnumSet.allOf(Role.class)), any());
        assertThat(encoder.matches("new-password", hash.getValue())).isTrue();
    }
}
