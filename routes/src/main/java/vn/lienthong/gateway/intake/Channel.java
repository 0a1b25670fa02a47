package vn.lienthong.gateway.intake;

/** The ways a package can come in; every one ends in the same intake pipeline. */
public enum Channel {
    REST, SOAP, VDXP, LGSP, FOLDER,
    /** Pushed by an e-office system through the platform-compatible API, with the national platform's SDK. */
    PLATFORM_API
}
