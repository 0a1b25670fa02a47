package vn.lienthong.gateway.signature;

import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.lienthong.signatures.DocumentSigner;
import vn.lienthong.signatures.MessageSigner;
import vn.lienthong.signatures.SigningKey;
import vn.lienthong.signatures.SigningKeys;

/** The signers of the organisations the gateway holds keys for, loaded once at start-up. */
public class OrganisationSigners {

    private static final Logger log = LoggerFactory.getLogger(OrganisationSigners.class);

    private final Map<String, MessageSigner> signers = new LinkedHashMap<>();
    private final Map<String, X509Certificate> certificates = new LinkedHashMap<>();

    /** A key that cannot be loaded (missing file, wrong password, expired) stops the start with its reason. */
    public OrganisationSigners(SigningProperties properties) {
        for (SigningProperties.Key key : properties.keys()) {
            SigningKey loaded = SigningKeys.load(key.agency(), key.keystore(),
                    key.password() == null ? new char[0] : key.password().toCharArray(),
                    key.alias() == null || key.alias().isBlank() ? null : key.alias());
            signers.put(key.agency(), new DocumentSigner(loaded, true));
            certificates.put(key.agency(), loaded.certificate());
            log.info("Signing as agency {} with {} (valid until {})", key.agency(),
                    loaded.certificate().getSubjectX500Principal().getName(), loaded.certificate().getNotAfter());
        }
    }

    public Optional<MessageSigner> forAgency(String agency) {
        return Optional.ofNullable(signers.get(agency));
    }

    public List<X509Certificate> certificates() {
        return List.copyOf(certificates.values());
    }
}
