package vn.lienthong.gateway.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import vn.lienthong.connectors.spi.ConnectorDefinition;
import vn.lienthong.gateway.config.LienthongProperties;
import vn.lienthong.gateway.store.PackageContent;

/**
 * What one partner may send on intake: its connector's {@code limits}, falling back to the gateway-wide
 * {@code lienthong.intake.max-package-size} and no rate limit. Shared by the REST and SOAP adapters.
 */
@Component
public class PartnerLimits {

    private final long defaultMaxPackageSize;
    private final PartnerRateLimiter rates;
    private final BoundedBodyReader bodyReader;

    public PartnerLimits(LienthongProperties properties, PartnerRateLimiter rates, BoundedBodyReader bodyReader) {
        this.defaultMaxPackageSize = properties.intake().maxPackageSize().toBytes();
        this.rates = rates;
        this.bodyReader = bodyReader;
    }

    /** Counts one intake request against the partner's rate, refusing it when the rate is spent. */
    public void admit(ConnectorDefinition partner) {
        rates.acquire(partner);
    }

    /** Reads the request body up to the partner's size limit, spooled when large; the caller closes it. */
    public PackageContent readBody(ConnectorDefinition partner, HttpServletRequest request) throws IOException {
        return bodyReader.read(request, maxPackageSize(partner), setting(partner));
    }

    /** Refuses a package already read (SOAP) that is over the partner's size limit. */
    public byte[] checkSize(ConnectorDefinition partner, byte[] body) {
        long limit = maxPackageSize(partner);
        if (body.length > limit) {
            throw new PackageTooLargeException(limit, setting(partner));
        }
        return body;
    }

    /** The connector's own size limit, or the gateway-wide one. */
    public long maxPackageSize(ConnectorDefinition partner) {
        return partner.limits().packageSizeLimit().orElse(defaultMaxPackageSize);
    }

    private static String setting(ConnectorDefinition partner) {
        return partner.limits().maxPackageSize() == null ? "lienthong.intake.max-package-size"
                : "limits.max-package-size of connector " + partner.id();
    }
}
