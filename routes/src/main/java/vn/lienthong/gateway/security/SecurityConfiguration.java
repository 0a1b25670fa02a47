package vn.lienthong.gateway.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import vn.lienthong.gateway.platformapi.PlatformApiProperties;

/**
 * Three doors: the partner API keeps its own {@code X-API-Key} check (the platform-compatible API its HMAC), the
 * admin API takes HTTP Basic, a console session or (for the statistics only) a reporting key, the console a form
 * login; health's status and the metrics stay open for probes and scrapers.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /** Operator actions that change deliveries; the same paths under the console. */
    static final String[] OPERATOR_ACTIONS = {"/api/admin/messages/*/replay", "/api/admin/messages/replay",
        "/api/admin/messages/*/abandon", "/console/messages/*/replay", "/console/messages/*/abandon"};
    /** What the REPORTER role may read (GET): the statistics, and the console page that shows them. */
    static final String[] STATISTICS = {"/api/admin/statistics", "/console/statistics", "/console"};
    static final String[] CONNECTOR_ACTIONS = {"/api/admin/connectors/*/pause", "/api/admin/connectors/*/resume",
        "/api/admin/connectors/reload",
        "/console/connectors/*/pause", "/console/connectors/*/resume"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * Partners authenticate per request with their API key, checked by PartnerAuthenticator, or on the
     * platform-compatible API with their platform system id and HMAC, checked by PlatformApiAuthenticator.
     */
    @Bean
    @Order(1)
    SecurityFilterChain partnerApi(HttpSecurity http, PlatformApiProperties platformApi) throws Exception {
        // Path patterns over the whole path: /soap/** is served by CXF's own servlet, which Spring MVC matchers miss.
        var paths = PathPatternRequestMatcher.withDefaults();
        String platformPath = platformApi.basePath().replaceAll("/+$", "") + "/**";
        return http.securityMatcher(new OrRequestMatcher(paths.matcher("/api/v1/**"), paths.matcher("/soap/**"),
                        paths.matcher(platformPath)))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .build();
    }

    /** CSRF is off here: Basic requests carry no ambient cookie, and the session cookie is SameSite=Lax. */
    @Bean
    @Order(2)
    SecurityFilterChain adminApi(HttpSecurity http, ObjectMapper json, ReportingProperties reporting)
            throws Exception {
        var problems = new ProblemSecurityHandler(json);
        return http.securityMatcher("/api/admin/**")
                .addFilterBefore(new ReporterKeyFilter(reporting, problems), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/admin/users", "/api/admin/users/**").access(builtInAdmin())
                        .requestMatchers(GET, STATISTICS).hasAnyRole(Role.statisticsReaders())
                        .requestMatchers(POST, OPERATOR_ACTIONS).hasRole(Role.OPERATOR.name())
                        .requestMatchers(POST, CONNECTOR_ACTIONS)
                        .hasAnyRole(Role.OPERATOR.name(), Role.INTEGRATOR.name())
                        .anyRequest().hasAnyRole(Role.all()))
                .httpBasic(b -> b.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .build();
    }

    /** User management is the bootstrap account's job: roles describe operations work, not who hires whom. */
    private static AuthorizationManager<RequestAuthorizationContext> builtInAdmin() {
        return (authentication, context) -> new AuthorizationDecision(authentication.get().isAuthenticated()
                && AdminUserInitializer.ADMIN.equals(authentication.get().getName()));
    }

    @Bean
    ManagementPortAccess managementPortAccess() {
        return new ManagementPortAccess();
    }

    /** Used in the actuator's chain only, not as a servlet filter of every request. */
    @Bean
    FilterRegistrationBean<ManagementPortAccess> managementPortAccessRegistration(ManagementPortAccess access) {
        FilterRegistrationBean<ManagementPortAccess> registration = new FilterRegistrationBean<>(access);
        registration.setEnabled(false);
        return registration;
    }

    /**
     * Probes and scrapers need no login: health's status, liveness and readiness, and the metrics. Health's
     * components (connector ids, alerts, certificate subjects) are shown to a user who logs in (HTTP Basic or the
     * console's session) and on the separate management port; the build information to a user only.
     */
    @Bean
    @Order(3)
    SecurityFilterChain actuator(HttpSecurity http, ObjectMapper json, ManagementPortAccess managementPort)
            throws Exception {
        var problems = new ProblemSecurityHandler(json);
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                        .anyRequest().hasAnyRole(Role.all()))
                .addFilterBefore(managementPort, AnonymousAuthenticationFilter.class)
                .httpBasic(b -> b.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .build();
    }

    /** Everything else: the console with a form login. */
    @Bean
    @Order(4)
    SecurityFilterChain console(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/console/login", "/console/assets/**", "/error").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers(GET, STATISTICS).hasAnyRole(Role.statisticsReaders())
                        .requestMatchers(POST, OPERATOR_ACTIONS).hasRole(Role.OPERATOR.name())
                        .requestMatchers(POST, CONNECTOR_ACTIONS)
                        .hasAnyRole(Role.OPERATOR.name(), Role.INTEGRATOR.name())
                        .anyRequest().hasAnyRole(Role.all()))
                .formLogin(f -> f.loginPage("/console/login").defaultSuccessUrl("/console", false).permitAll())
                .logout(l -> l.logoutUrl("/console/logout").logoutSuccessUrl("/console/login?logout"))
                .build();
    }
}
