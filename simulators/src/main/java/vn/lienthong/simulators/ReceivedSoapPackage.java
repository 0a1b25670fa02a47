package vn.lienthong.simulators;

import java.time.Instant;

/**
 * One SendDocument call as the SOAP simulator received it.
 *
 * @param soapMessageId the {@code MessageId} SOAP header
 * @param httpMessageId the {@code X-Lienthong-Message-Id} HTTP header
 * @param packageBytes the base64-decoded package, byte for byte
 */
public record ReceivedSoapPackage(String soapMessageId, String httpMessageId, byte[] packageBytes, Instant receivedAt) {
}
