package vn.lienthong.connectors.spi;

/** What a transport expects in a connector file's {@code endpoint:}, so the reader checks it before any send. */
public enum EndpointKind {
    /** Required absolute {@code http://} or {@code https://} URL, without credentials. */
    HTTP_URL,
    /** Optional URL of the same form; the transport needs none. */
    OPTIONAL_HTTP_URL,
    /** Required folder: a {@code file:} URI or a path taken from the connector file's own directory. */
    FOLDER
}
