package vn.lienthong.connectors.spi;

import java.util.function.UnaryOperator;

/** Looks up the secret held by an environment variable that a connector's settings name. */
public final class EnvironmentSecrets {

    private EnvironmentSecrets() {
    }

    /**
     * The value of {@code variable}; the loader already refused a file whose variable was unset, so only an
     * environment changed since then makes this throw.
     */
    public static String require(UnaryOperator<String> environment, String variable) {
        String secret = environment.apply(variable);
        if (secret == null || secret.isEmpty()) {
            throw new IllegalStateException("environment variable " + variable + " is not set");
        }
        return secret;
    }
}
