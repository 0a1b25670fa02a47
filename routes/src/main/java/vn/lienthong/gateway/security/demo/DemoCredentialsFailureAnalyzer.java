package vn.lienthong.gateway.security.demo;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints the refusal as Spring Boot's "APPLICATION FAILED TO START" block instead of a stack trace. */
public class DemoCredentialsFailureAnalyzer extends AbstractFailureAnalyzer<DemoCredentialsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DemoCredentialsException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Replace each credential above with one of your own (new API keys and their SHA-256 in the connector "
                        + "files, keystores from your CA with their own passwords, trust anchors of real CAs). "
                        + "To run the demo on purpose, start it with ./lienthong demo, which activates the Spring "
                        + "profile 'demo' (--spring.profiles.active=demo).",
                cause);
    }
}
