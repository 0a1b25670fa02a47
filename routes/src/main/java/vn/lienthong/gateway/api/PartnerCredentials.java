package vn.lienthong.gateway.api;

import java.security.cert.X509Certificate;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a partner request presents to prove which connector it comes from: an API key, a TLS client certificate
 * verified by the mutual-TLS connector, or both.
 *
 * @param apiKey the {@code X-API-Key} header; {@code null} when absent
 * @param clientCertificate the leaf certificate of a verified TLS client; {@code null} on plain HTTP or without one
 */
public record PartnerCredentials(String apiKey, X509Certificate clientCertificate) {

    /** The servlet attribute under which the container puts the verified TLS client's certificate chain. */
    static final String CERTIFICATE_ATTRIBUTE = "jakarta.servlet.request.X509Certificate";

    /** Reads both credentials of {@code request}; the chain's first certificate is the client's own. */
    public static PartnerCredentials of(HttpServletRequest request) {
        Object chain = request.getAttribute(CERTIFICATE_ATTRIBUTE);
        X509Certificate certificate = chain instanceof X509Certificate[] certificates && certificates.length > 0
                ? certificates[0] : null;
        return new PartnerCredentials(request.getHeader(PartnerAuthenticator.API_KEY_HEADER), certificate);
    }

    boolean hasApiKey() {
        return apiKey != null && !apiKey.isBlank();
    }
}
