package vn.lienthong.gateway.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.lienthong.gateway.store.PackageDigest;

/**
 * Lets a reporting system read the statistics with its own {@code X-API-Key} (lienthong.reporting.api-keys): the
 * request is authenticated as {@code reporter:<name>} with role REPORTER only, for this request; a key that is not
 * one of them is refused with 401.
 */
public class ReporterKeyFilter extends OncePerRequestFilter {

    /** The principal prefix of a reporting key, so the audit log tells keys from console users. */
    public static final String PRINCIPAL_PREFIX = "reporter:";
    static final String HEADER = "X-API-Key";

    private final List<ReportingProperties.ApiKey> keys;
    private final AuthenticationEntryPoint refusal;

    public ReporterKeyFilter(ReportingProperties properties, AuthenticationEntryPoint refusal) {
        this.keys = properties.apiKeys();
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ReportingProperties.ApiKey> holder = holderOf(key);
        if (holder.isEmpty()) {
            refusal.commence(request, response, new BadCredentialsException("unknown reporting key"));
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                PRINCIPAL_PREFIX + holder.get().name(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Role.REPORTER.name()))));
        chain.doFilter(request, response);
    }

    /** Compared hash to hash in constant time, so the time taken tells nothing about a near miss. */
    private Optional<ReportingProperties.ApiKey> holderOf(String key) {
        byte[] hash = HexFormat.of().parseHex(PackageDigest.sha256Hex(key.strip().getBytes(StandardCharsets.UTF_8)));
        return keys.stream()
                .filter(k -> MessageDigest.isEqual(hash, HexFormat.of().parseHex(k.sha256())))
                .findFirst();
    }
}
