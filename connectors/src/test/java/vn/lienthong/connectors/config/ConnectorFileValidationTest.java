package vn.lienthong.connectors.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.lienthong.connectors.config.ConnectorFixtures.errorsOf;
import static vn.lienthong.connectors.config.ConnectorFixtures.singleErrorOf;

import org.junit.jupiter.api.Test;

/** Every rule broken by a connector file is reported with the file name, the field path and the offending value. */
class ConnectorFileValidationTest {

    @Test
    void reportsAMissingId() {
        assertThat(errorsOf("invalid-missing-id.yaml"))
                .containsExactly(new ConnectorError("invalid-missing-id.yaml", "id", "is required"));
    }

    @Test
    void rejectsAnIdThatIsNotKebabCase() {
        ConnectorError error = singleErrorOf("invalid-bad-id.yaml");

        assertThat(error.file()).isEqualTo("invalid-bad-id.yaml");
        assertThat(error.field()).isEqualTo("id");
        assertThat(error.message()).startsWith("must be kebab-case").endsWith("was \"Phong_GDDT\"");
    }

    @Test
    void collectsEveryRetryErrorOfTheFileWithItsValue() {
        assertThat(errorsOf("invalid-bad-retry.yaml"))
                .extracting(ConnectorError::file, ConnectorError::field, ConnectorError::message)
                .containsExactly(
                        tuple("invalid-bad-retry.yaml", "retry.max-attempts",
                                "must be a whole number from 1 to 100, was \"zero\""),
                        tuple("invalid-bad-retry.yaml", "retry.initial-delay",
                                "must be a positive duration like 500ms, 2s, 5m, 1h, 1d or PT2S, was \"2 weeks\""),
                        tuple("invalid-bad-retry.yaml", "retry.multiplier",
                                "must be a number from 1.0 to 10.0, was 0.5"),
                        tuple("invalid-bad-retry.yaml", "retry.max-delay",
                                "must be a positive duration like 500ms, 2s, 5m, 1h, 1d or PT2S, was \"0s\""));
    }

    @Test
    void rejectsAnInitialDelayLongerThanTheDefaultMaximum() {
        ConnectorError error = singleErrorOf("invalid-retry-initial-above-default-max.yaml");

        assertThat(error.field()).isEqualTo("retry.initial-delay");
        assertThat(error.message()).isEqualTo("must not be longer than retry.max-delay (5m, the default), was 10m");
    }

    @Test
    void namesUnknownFieldsAndTheKnownOnes() {
        assertThat(errorsOf("invalid-unknown-field.yaml"))
                .extracting(ConnectorError::field, ConnectorError::message)
                .containsExactly(
                        tuple("endpiont", "unknown field \"endpiont\" (known: id, name, agencies, transport, "
                                + "endpoint, inbound, retry, signature, timeouts, concurrency, options, limits, attachments)"),
                        tuple("retry.max-attempt", "unknown field \"max-attempt\" "
                                + "(known: max-attempts, initial-delay, multiplier, max-delay)"));
    }

    @Test
    void reportsBadAndDuplicateAgencyCodesByIndex() {
        assertThat(errorsOf("invalid-bad-agency.yaml"))
                .extracting(ConnectorError::field, ConnectorError::message)
                .containsExactly(
                        tuple("agencies[1]",
                                "must be an agency code like 000.00.13.H53 (AAA.BB.CC.DDD), was \"H53.31.20\""),
                        tuple("agencies[2]", "duplicates agencies[0] (000.20.31.H53)"),
                        tuple("agencies[3]", "must be text (put it in quotes), was 12"));
    }

    @Test
    void rejectsAnEmptyAgencyList() {
        ConnectorError error = singleErrorOf("invalid-empty-agencies.yaml");

        assertThat(error.field()).isEqualTo("agencies");
        assertThat(error.message()).startsWith("must be a non-empty list of agency codes")
                .endsWith("was an empty list");
    }

    @Test
    void listsTheAllowedTransports() {
        assertThat(errorsOf("invalid-bad-transport.yaml")).containsExactly(new ConnectorError(
                "invalid-bad-transport.yaml", "transport",
                "must be one of rest, soap, vdxp, lgsp, folder, inbox, was \"ftp\""));
    }

    @Test
    void requiresAnEndpointForSoap() {
        assertThat(errorsOf("invalid-missing-endpoint.yaml"))
                .containsExactly(new ConnectorError("invalid-missing-endpoint.yaml", "endpoint", "is required"));
    }

    @Test
    void requiresAnHttpEndpointForRest() {
        assertThat(errorsOf("invalid-bad-endpoint.yaml")).containsExactly(new ConnectorError(
                "invalid-bad-endpoint.yaml", "endpoint",
                "must be an absolute http:// or https:// URL, was \"ftp://127.0.0.1/edoc\""));
    }

    @Test
    void rejectsCredentialsInTheEndpointWithoutRepeatingThem() {
        ConnectorError error = singleErrorOf("invalid-endpoint-credentials.yaml");

        assertThat(error.field()).isEqualTo("endpoint");
        assertThat(error.message()).contains("must not contain a user name or password").doesNotContain("s3cret");
    }

    @Test
    void rejectsAnApiKeyHashWithoutRepeatingIt() {
        ConnectorError error = singleErrorOf("invalid-bad-api-key.yaml");

        assertThat(error.field()).isEqualTo("inbound.api-key-sha256");
        assertThat(error.message()).startsWith("must be 64 hexadecimal characters")
                .endsWith("was 17 characters")
                .doesNotContain("demo-thach-ha-key");
    }

    @Test
    void listsTheAllowedSignatureModes() {
        assertThat(errorsOf("invalid-bad-signature.yaml")).containsExactly(new ConnectorError(
                "invalid-bad-signature.yaml", "signature.verify",
                "must be one of required, optional, off, was \"always\""));
    }

    @Test
    void checksTimeoutsAndConcurrency() {
        assertThat(errorsOf("invalid-bad-timeouts-and-concurrency.yaml"))
                .extracting(ConnectorError::field, ConnectorError::message)
                .containsExactly(
                        tuple("timeouts.connect",
                                "must be a positive duration like 500ms, 2s, 5m, 1h, 1d or PT2S, was 30"),
                        tuple("timeouts.read",
                                "must be a positive duration like 500ms, 2s, 5m, 1h, 1d or PT2S, was \"-5s\""),
                        tuple("concurrency", "must be a whole number from 1 to 64, was 65"));
    }

    @Test
    void acceptsAnyOptionKeyButOnlySingleValues() {
        assertThat(errorsOf("invalid-nested-option.yaml")).containsExactly(new ConnectorError(
                "invalid-nested-option.yaml", "options.tls",
                "must be a single value (text, a number or true/false), was a mapping"));
    }

    @Test
    void reportsAllErrorsOfAFileAtOnce() {
        assertThat(errorsOf("invalid-many-errors.yaml"))
                .extracting(ConnectorError::field)
                .containsExactly("id", "name", "agencies", "endpoint", "retry");
    }
}
