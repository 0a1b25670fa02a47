package vn.lienthong.gateway.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Treats a request that reached the separate management port ({@code management.server.port}) as coming from the
 * monitoring network: it may read health's details without logging in. That port is meant to be reachable only by
 * the monitoring team, and it must work with the database away, when no user can be checked.
 */
public class ManagementPortAccess extends OncePerRequestFilter
        implements ApplicationListener<ServletWebServerInitializedEvent> {

    /** The principal of such requests, as the actuator sees it. */
    static final String PRINCIPAL = "management-port";
    /** The server namespace Spring Boot gives the management port's own web server. */
    private static final String MANAGEMENT_NAMESPACE = "management";

    private volatile int managementPort = -1;

    @Override
    public void onApplicationEvent(ServletWebServerInitializedEvent event) {
        if (MANAGEMENT_NAMESPACE.equals(event.getApplicationContext().getServerNamespace())) {
            managementPort = event.getWebServer().getPort();
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (managementPort > 0 && request.getLocalPort() == managementPort
                && SecurityContextHolder.getContext().getAuthentication() == null) {
            var monitoring = UsernamePasswordAuthenticationToken.authenticated(PRINCIPAL, null,
                    List.of(new SimpleGrantedAuthority("ROLE_MONITORING")));
            SecurityContextHolder.getContext().setAuthentication(monitoring);
        }
        chain.doFilter(request, response);
    }
}
