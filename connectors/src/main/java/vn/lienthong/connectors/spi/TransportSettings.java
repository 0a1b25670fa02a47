package vn.lienthong.connectors.spi;

/**
 * A transport's own settings, bound from a connector file's {@code options:} and checked when the file is loaded,
 * so that a send never finds a setting missing.
 */
public interface TransportSettings {
}
